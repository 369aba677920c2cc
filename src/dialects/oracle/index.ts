/** The Oracle dialect: live introspection through node-oracledb thin mode. */
import type { Dialect } from '../dialect.js';
import { connectOracle, ORACLE_CAPABILITIES } from './connect.js';
import { foldIdentifier } from './quote.js';

export const oracleDialect: Dialect = {
  name: 'oracle',
  schemes: ['oracle'],
  defaultPort: 1521,
  capabilities: ORACLE_CAPABILITIES,
  foldIdentifier,
  connect: connectOracle,
};
