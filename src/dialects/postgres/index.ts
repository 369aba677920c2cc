/** The PostgreSQL dialect: live introspection over pg_catalog (pg_dump import lives in src/ddl/). */
import type { Dialect, DialectConnection } from '../dialect.js';
import type { ConnectionSpec } from '../../model/connection.js';
import { postgresChecksum } from './checksum.js';
import { mapPostgresError } from './connect-errors.js';
import { openPostgresClient } from './connect.js';
import { readPostgresCatalog } from './introspect.js';
import { foldIdentifier } from './quote.js';
import { readPostgresRows } from './read.js';
import { executePostgresScript } from './script.js';
import { writePostgresRows } from './write.js';

const capabilities = { liveIntrospection: true, ddlImport: true, consistentSnapshot: true, transactionalDdl: true } as const;

async function connect(spec: ConnectionSpec): Promise<DialectConnection> {
  const client = await openPostgresClient(spec);
  return {
    dialect: 'postgres',
    async readCatalog(options) {
      try {
        return await readPostgresCatalog(client, spec.redacted, options);
      } catch (error) {
        throw mapPostgresError(error, spec);
      }
    },
    readRows: (table, options) => readPostgresRows(client, table, options),
    writeRows: (table, batches) => writePostgresRows(client, table, batches),
    executeScript: (units, file) => executePostgresScript(client, units, file, capabilities.transactionalDdl),
    checksum: (table, options) => postgresChecksum(client, table, options),
    async close() {
      await client.end().catch(() => undefined);
    },
  };
}

export const postgresDialect: Dialect = {
  name: 'postgres',
  schemes: ['postgres', 'postgresql'],
  defaultPort: 5432,
  capabilities,
  foldIdentifier,
  connect,
};
