/** The SQL Server dialect: live introspection through node-mssql (tedious). */
import type { Dialect } from '../dialect.js';
import { connectMssql, MSSQL_CAPABILITIES } from './connect.js';
import { foldIdentifier } from './quote.js';

export const mssqlDialect: Dialect = {
  name: 'mssql',
  schemes: ['mssql', 'sqlserver'],
  defaultPort: 1433,
  capabilities: MSSQL_CAPABILITIES,
  foldIdentifier,
  connect: connectMssql,
};
