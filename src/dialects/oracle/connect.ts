/**
 * node-oracledb in thin mode (never initOracleClient): one connection per DialectConnection.
 * The driver is seen through the few calls we make; its errors become ConnectionError.
 */
import { oracleChecksum } from './checksum.js';
import type { CatalogOptions, DialectCapabilities, DialectConnection } from '../dialect.js';
import type { CatalogSnapshot } from '../../model/catalog.js';
import type { ConnectionSpec } from '../../model/connection.js';
import { NUMBER_AS_STRING } from './catalog-queries.js';
import { mapOracleError } from './connect-errors.js';
import { readOracleCatalog } from './introspect.js';
import { readOracleRows } from './read.js';
import { executeOracleScript } from './script.js';
import { loadOracleDriver, makeOracleSession, type OracleDriver, type OracleDriverConnection } from './connect-session.js';
import { writeOracleRows } from './write.js';

/** `host:port/service`, the Easy Connect string thin mode understands without tnsnames.ora. */
export function makeConnectString(spec: ConnectionSpec): string {
  return `${spec.host}:${spec.port}/${spec.database}`;
}

/** One query is read-consistent (undo permitting); DDL commits implicitly. */
export const ORACLE_CAPABILITIES: DialectCapabilities = {
  liveIntrospection: true, ddlImport: true, consistentSnapshot: true, transactionalDdl: false,
};

export async function connectOracle(spec: ConnectionSpec): Promise<DialectConnection> {
  let driver: OracleDriver;
  let connection: OracleDriverConnection;
  try {
    driver = await loadOracleDriver();
    connection = await driver.getConnection({
      user: spec.user,
      password: spec.password,
      connectString: makeConnectString(spec),
      connectTimeout: Number(spec.options.connectTimeout ?? 20),
    });
  } catch (error) {
    throw mapOracleError(error, spec);
  }
  const session = makeOracleSession(driver, connection, NUMBER_AS_STRING);
  return {
    dialect: 'oracle',
    async readCatalog(options: CatalogOptions): Promise<CatalogSnapshot> {
      try {
        return await readOracleCatalog(session, options);
      } catch (error) {
        throw mapOracleError(error, spec);
      }
    },
    readRows: (table, options) => readOracleRows(session, table, options),
    writeRows: (table, batches) => writeOracleRows(session, table, batches),
    executeScript: (units, file) => executeOracleScript(session, units, file, ORACLE_CAPABILITIES.transactionalDdl),
    checksum: (table, options) => oracleChecksum(session, table, options),
    async close(): Promise<void> {
      await connection.close().catch(() => undefined);
    },
  };
}
