/**
 * Regenerates test/golden/inputs/fixture-erp.inventory.json from live PostgreSQL: loads the fixture
 * ERP (scale 1) into `erpm_plan_fixture`, reads the catalog with the postgres dialect and builds the
 * inventory exactly as `assess` does (buildInventory), keeps it, drops the database.
 * Run: REGEN_FIXTURE_INVENTORY=1 npx vitest run test/golden/make-fixture-inventory.test.ts
 */
import { writeFile } from 'node:fs/promises';
import { it } from 'vitest';
import { dropFixtureDatabase, loadFixtureErp } from '../../fixtures/erp/index.js';
import { parseConnectionUrl } from '../../src/config/connection-url.js';
import { readSourceTypeMapper } from '../../src/config/source-type-rules.js';
import { loadDialect } from '../../src/dialects/registry.js';
import { buildInventory } from '../../src/inventory/build-inventory.js';
import { readModuleCatalogs } from '../../src/inventory/read-module-catalogs.js';
import { stableStringify } from '../../src/util/stable-json.js';
import { LIVE_POSTGRES, postgresUrl } from '../support/databases.js';

const DATABASE = 'erpm_plan_fixture';

it.skipIf(process.env.REGEN_FIXTURE_INVENTORY !== '1')('regenerates the fixture ERP inventory', async () => {
  const connection = { ...LIVE_POSTGRES, database: DATABASE };
  await dropFixtureDatabase({ dialect: 'postgres', connection });
  await loadFixtureErp({ dialect: 'postgres', connection, scale: 1 });
  try {
    const dialect = await loadDialect('postgres');
    const session = await dialect.connect(parseConnectionUrl(postgresUrl(DATABASE)));
    const snapshot = await session.readCatalog({ schemas: [], include: [], exclude: [], exactCounts: true }).finally(() => session.close());
    const inventory = buildInventory(snapshot, { origin: 'live', typeMapper: readSourceTypeMapper('postgres'), modules: readModuleCatalogs() });
    await writeFile('test/golden/inputs/fixture-erp.inventory.json', stableStringify(inventory));
  } finally {
    await dropFixtureDatabase({ dialect: 'postgres', connection });
  }
}, 300_000);
