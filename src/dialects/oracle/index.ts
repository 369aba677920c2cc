/** The Oracle dialect: live introspection through node-oracledb thin mode. */
import type { Dialect } from '../dialect.js';
import { connectOracle } from './connect.js';
import { foldIdentifier } from './identifiers.js';

export const oracleDialect: Dialect = {
  name: 'oracle',
  schemes: ['oracle'],
  defaultPort: 1521,
  capabilities: { liveIntrospection: true, ddlImport: true },
  foldIdentifier,
  connect: connectOracle,
};
