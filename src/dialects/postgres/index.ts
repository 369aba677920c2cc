/** The PostgreSQL dialect: live introspection over pg_catalog (pg_dump import lives in src/ddl/). */
import type { Dialect, DialectConnection } from '../dialect.js';
import type { ConnectionSpec } from '../../model/connection.js';
import { mapPostgresError, openPostgresClient } from './connect.js';
import { readPostgresCatalog } from './introspect.js';
import { foldPostgresIdentifier } from './quote.js';

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
    async close() {
      await client.end().catch(() => undefined);
    },
  };
}

export const postgresDialect: Dialect = {
  name: 'postgres',
  schemes: ['postgres', 'postgresql'],
  defaultPort: 5432,
  capabilities: { liveIntrospection: true, ddlImport: true },
  foldIdentifier: foldPostgresIdentifier,
  connect,
};
