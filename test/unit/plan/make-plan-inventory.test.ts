import { stableStringify } from '../../../src/util/stable-json.js';
/** readInventory: validation with file + JSON path, format and version refusal, directory input, digest. */
import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeInventoryDigest } from '../../../src/inventory/build-inventory.js';
import { readInventory } from '../../../src/plan/load-inventory.js';

const TEXT = readFileSync('test/golden/inputs/oracle-hr.inventory.json', 'utf8');

async function write(value: unknown): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'erpm-inv-'));
  await writeFile(join(dir, 'inventory.json'), typeof value === 'string' ? value : JSON.stringify(value));
  return dir;
}

describe('readInventory', () => {
  it('reads a directory or a file and digests the file as written (= the stable JSON of what assess wrote)', async () => {
    const dir = await write(stableStringify(JSON.parse(TEXT)));
    const a = await readInventory(dir);
    const b = await readInventory(join(dir, 'inventory.json'));
    expect(a.inventory.schemas[0]!.tables.length).toBe(7);
    expect(a.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(a.digest).toBe(b.digest);
    expect(a.digest).toBe(makeInventoryDigest(JSON.parse(TEXT)));
    const edited = await write(stableStringify({ ...JSON.parse(TEXT), modules: {} }));
    expect((await readInventory(edited)).digest).not.toBe(a.digest);
  });

  it('refuses a newer major version naming both', async () => {
    const dir = await write({ ...JSON.parse(TEXT), format: 'erp-migrate/inventory@2' });
    await expect(readInventory(dir)).rejects.toMatchObject({
      code: 'E_INVENTORY_VERSION', exitCode: 2,
      message: `${join(dir, 'inventory.json')}: $.format is "erp-migrate/inventory@2", made by a newer erp-migrate; this version reads "erp-migrate/inventory@1"`,
    });
  });

  it('refuses another document kind', async () => {
    const dir = await write({ format: 'erp-migrate/plan@1' });
    await expect(readInventory(dir)).rejects.toMatchObject({ code: 'E_INVENTORY_FORMAT', exitCode: 2 });
  });

  it('names the file and the JSON path of each problem', async () => {
    const value = JSON.parse(TEXT);
    value.schemas[0].tables[2].columns[1].nullable = 'yes';
    delete value.schemas[0].tables[4].rowCount;
    const dir = await write(value);
    const error = (await readInventory(dir).then(() => null, (e: unknown) => e)) as Error & { code: string };
    expect(error.code).toBe('E_INVENTORY_INVALID');
    expect(error.message).toContain(`${join(dir, 'inventory.json')}: 2 problem(s): `);
    expect(error.message).toContain('$.schemas[0].tables[2].columns[1].nullable: ');
    expect(error.message).toContain('$.schemas[0].tables[4].rowCount: ');
  });

  it('reports bad JSON and a missing file as usage errors', async () => {
    await expect(readInventory(await write('{ nope'))).rejects.toMatchObject({ code: 'E_INVENTORY_JSON', exitCode: 2 });
    await expect(readInventory('/nonexistent/erpm')).rejects.toMatchObject({ code: 'E_INVENTORY_FILE', exitCode: 2 });
  });
});
