/** The MySQL dialect; MariaDB (`mariadb://`) is the same dialect, told apart by its version text. */
import type { Dialect, DialectConnection } from '../dialect.js';
import type { ConnectionSpec } from '../../model/connection.js';
import { mysqlChecksum } from './checksum.js';
import { mapMysqlError } from './connect-errors.js';
import { openMysqlConnection } from './connect.js';
import { readMysqlCatalog } from './introspect.js';
import { foldIdentifier } from './quote.js';
import { readMysqlRows } from './read.js';
import { executeMysqlScript } from './script.js';
import { writeMysqlRows } from './write.js';

const capabilities = { liveIntrospection: true, ddlImport: true, consistentSnapshot: true, transactionalDdl: false } as const;

async function connect(spec: ConnectionSpec): Promise<DialectConnection> {
  const connection = await openMysqlConnection(spec);
  return {
    dialect: 'mysql',
    async readCatalog(options) {
      try {
        return await readMysqlCatalog(connection, spec.database, spec.redacted, options);
      } catch (error) {
        throw mapMysqlError(error, spec);
      }
    },
    readRows: (table, options) => readMysqlRows(connection, table, options),
    writeRows: (table, batches) => writeMysqlRows(connection, table, batches),
    executeScript: (units, file) => executeMysqlScript(connection, units, file, capabilities.transactionalDdl),
    checksum: (table, options) => mysqlChecksum(connection, table, options),
    async close() {
      await connection.end().catch(() => undefined);
    },
  };
}

export const mysqlDialect: Dialect = {
  name: 'mysql',
  schemes: ['mysql', 'mariadb'],
  defaultPort: 3306,
  capabilities,
  foldIdentifier,
  connect,
};
