/**
 * node-mssql over tedious: one pool of one connection per DialectConnection. URL query options
 * (`encrypt`, `trustServerCertificate`, `instanceName`, `connectTimeout`) become tedious options.
 */
import { mssqlChecksum } from './checksum.js';
import type { config as MssqlConfig, ConnectionPool } from 'mssql';
import type { CatalogOptions, DialectCapabilities, DialectConnection } from '../dialect.js';
import type { CatalogSnapshot } from '../../model/catalog.js';
import type { ConnectionSpec } from '../../model/connection.js';
import { mapMssqlError } from './connect-errors.js';
import { readMssqlCatalog } from './introspect.js';
import { readMssqlRows } from './read.js';
import { executeMssqlScript } from './script.js';
import { makeMssqlSession, type MssqlSession } from './connect-session.js';
import { writeMssqlRows } from './write.js';

function optionFlag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  return /^(true|yes|1|strict|mandatory)$/i.test(value.trim());
}

/** The node-mssql config for a spec; pure, so the option mapping is tested without a server. */
export function makeMssqlConfig(spec: ConnectionSpec): MssqlConfig {
  const instanceName = spec.options.instanceName;
  const seconds = Number(spec.options.connectTimeout ?? 20);
  return {
    server: spec.host,
    ...(instanceName === undefined ? { port: spec.port } : {}),
    user: spec.user,
    password: spec.password,
    database: spec.database,
    connectionTimeout: seconds * 1000,
    requestTimeout: Number(spec.options.requestTimeout ?? 600) * 1000,
    pool: { min: 0, max: 1 },
    options: {
      encrypt: optionFlag(spec.options.encrypt, true),
      trustServerCertificate: optionFlag(spec.options.trustServerCertificate, false),
      appName: 'erp-migrate',
      ...(instanceName === undefined ? {} : { instanceName }),
    },
  };
}

/** SQL Server DDL is transactional; a consistent read needs ALLOW_SNAPSHOT_ISOLATION, which we cannot assume. */
export const MSSQL_CAPABILITIES: DialectCapabilities = {
  liveIntrospection: true, ddlImport: true, consistentSnapshot: false, transactionalDdl: true,
};

export async function connectMssql(spec: ConnectionSpec): Promise<DialectConnection> {
  let pool: ConnectionPool;
  let session: MssqlSession;
  try {
    const mssql = (await import('mssql')).default;
    pool = new mssql.ConnectionPool(makeMssqlConfig(spec));
    await pool.connect();
    session = makeMssqlSession(mssql, pool);
  } catch (error) {
    throw mapMssqlError(error, spec);
  }
  return {
    dialect: 'mssql',
    async readCatalog(options: CatalogOptions): Promise<CatalogSnapshot> {
      try {
        return await readMssqlCatalog(session, options);
      } catch (error) {
        throw mapMssqlError(error, spec);
      }
    },
    readRows: (table, options) => readMssqlRows(session, table, options),
    writeRows: (table, batches) => writeMssqlRows(session, table, batches),
    executeScript: (units, file) => executeMssqlScript(session, units, file, MSSQL_CAPABILITIES.transactionalDdl),
    checksum: (table, options) => mssqlChecksum(session, table, options),
    async close(): Promise<void> {
      await pool.close().catch(() => undefined);
    },
  };
}
