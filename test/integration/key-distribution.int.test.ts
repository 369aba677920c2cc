/**
 * Parallel-load ranges from the real key distribution: PostgreSQL's ANALYZE histogram of a clustered
 * key reaches the inventory (attributes.keyQuantiles) and the planner cuts equal-row segments from it.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSourceTypeMapper } from '../../src/config/source-type-rules.js';
import { postgresDialect } from '../../src/dialects/postgres/index.js';
import { buildInventory } from '../../src/inventory/build-inventory.js';
import { readModuleCatalogs } from '../../src/inventory/classify.js';
import { makeParallelLoad } from '../../src/plan/ranges.js';
import { parseConnectionUrl } from '../../src/config/connection-url.js';
import { LIVE_POSTGRES, liveAvailable, postgresUrl } from '../support/databases.js';

const DATABASE = 'erpm_keydist';

describe('key distribution from PostgreSQL statistics', () => {
  let up = false;
  beforeAll(async () => {
    up = await liveAvailable('postgres');
    if (!up) return;
    const admin = new pg.Client({ ...LIVE_POSTGRES, database: 'postgres' });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${DATABASE}`);
    await admin.query(`CREATE DATABASE ${DATABASE}`);
    await admin.end();
    const client = new pg.Client({ ...LIVE_POSTGRES, database: DATABASE });
    await client.connect();
    // 90,000 rows with keys 1..90,000 and 10,000 rows spread over 1,000,000..10,000,000: clustered keys.
    await client.query('CREATE TABLE gl_je_lines (je_line_id bigint PRIMARY KEY, amount numeric(12,2))');
    await client.query('INSERT INTO gl_je_lines SELECT g, g FROM generate_series(1, 90000) g');
    await client.query('INSERT INTO gl_je_lines SELECT 1000000 + g * 900, g FROM generate_series(1, 10000) g');
    await client.query('ANALYZE gl_je_lines');
    await client.end();
  }, 120_000);

  afterAll(async () => {
    if (!up) return;
    const admin = new pg.Client({ ...LIVE_POSTGRES, database: 'postgres' });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${DATABASE}`);
    await admin.end();
  });

  it('reads the histogram into keyQuantiles and plans equal-row segments, not equal-width ones', async (context) => {
    if (!up) context.skip();
    const connection = await postgresDialect.connect(parseConnectionUrl(postgresUrl(DATABASE)));
    const snapshot = await connection.readCatalog({ schemas: [], include: [], exclude: [], exactCounts: true }).finally(() => connection.close());
    const inventory = buildInventory(snapshot, { origin: 'live', typeMapper: readSourceTypeMapper('postgres'), modules: readModuleCatalogs() });
    const table = inventory.schemas[0]!.tables[0]!;
    expect(table.attributes.keyMin).toBe('1');
    expect(table.attributes.keyMax).toBe('10000000');
    const quantiles = String(table.attributes.keyQuantiles).split(',').map(Number);
    expect(quantiles.length).toBeGreaterThan(50);
    expect(quantiles[0]).toBeLessThan(100); // ANALYZE samples rows, so the first bound is near, not at, the minimum
    const plan = makeParallelLoad({ ...table, bytes: 8 * 1024 ** 3 }, 'postgres', { segmentBytes: 2 * 1024 ** 3 });
    const bounds = plan.parallelLoad.boundaries.map((b) => Number(b.values[0]));
    expect(bounds).toHaveLength(3);
    // Quartiles of the rows: the first three cuts fall inside the dense 1..90,000 block (equal width would
    // cut at 2.5M, 5M and 7.5M and leave 90 % of the rows in the first segment).
    expect(bounds.every((b) => b > 1 && b <= 90_000)).toBe(true);
    expect(bounds[0]! / 25_000).toBeCloseTo(1, 0);
  });
});
