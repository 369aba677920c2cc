import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeDirAtomically } from '../../../src/util/atomic-dir.js';
import { checkOutDir } from '../../../src/util/check-out-dir.js';
import { runInterruptCleanups } from '../../../src/util/interrupt-cleanup.js';

const options = { errorCode: 'E_TEST_WRITE', hint: 'h' } as const;

describe('writeDirAtomically', () => {
  it('update keeps other files and replaces namesakes; replace makes the folder exactly the files', async () => {
    const root = await mkdtemp(join(tmpdir(), 'erpm-atomic-'));
    const dir = join(root, 'out');
    await mkdir(dir);
    await writeFile(join(dir, 'notes.txt'), 'mine');
    await writeFile(join(dir, 'a.json'), 'old');
    const written = await writeDirAtomically(dir, { 'b/c.txt': 'cc', 'a.json': 'new' }, { ...options, mode: 'update' });
    expect(written).toEqual({ dir, files: ['a.json', 'b/c.txt'], bytes: 5 });
    expect((await readdir(dir)).sort()).toEqual(['a.json', 'b', 'notes.txt']);
    expect(await readFile(join(dir, 'a.json'), 'utf8')).toBe('new');
    await writeDirAtomically(dir, new Map([['x.txt', 'x']]), { ...options, mode: 'replace' });
    expect(await readdir(dir)).toEqual(['x.txt']);
    expect(await readdir(root)).toEqual(['out']);
  });

  it('an aborted signal stops before anything moves into place, and the temporary files go', async () => {
    const root = await mkdtemp(join(tmpdir(), 'erpm-atomic-'));
    const controller = new AbortController();
    controller.abort('SIGINT');
    for (const mode of ['update', 'replace'] as const) {
      const dir = join(root, mode);
      await mkdir(dir);
      await writeFile(join(dir, 'keep.txt'), 'k');
      await expect(writeDirAtomically(dir, { 'a.txt': 'a' }, { ...options, mode, signal: controller.signal }))
        .rejects.toMatchObject({ code: 'E_INTERRUPTED', exitCode: 5 });
      expect(await readdir(dir)).toEqual(['keep.txt']);
    }
    expect((await readdir(root)).sort()).toEqual(['replace', 'update']);
    expect(await runInterruptCleanups()).toBe(0); // nothing left registered
  });

  it('a write failure is a UsageError with the given code; a temporary folder left by a killed run is ignored', async () => {
    const root = await mkdtemp(join(tmpdir(), 'erpm-atomic-'));
    await writeFile(join(root, 'file'), 'x');
    await expect(writeDirAtomically(join(root, 'file', 'sub'), { 'a.txt': 'a' }, { ...options, mode: 'update' }))
      .rejects.toMatchObject({ code: 'E_TEST_WRITE', exitCode: 2, hint: 'h' });
    const dir = join(root, 'fresh');
    await mkdir(join(dir, '.erp-migrate-tmp-123-abcd'), { recursive: true });
    await expect(checkOutDir(dir, { code: 'E_OUT_DIR', what: 'an assessment folder', marker: 'inventory.json' })).resolves.toBeUndefined();
  });
});
