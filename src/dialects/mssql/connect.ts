/**
 * node-mssql over tedious: one pool of one connection per DialectConnection. URL query options
 * (`encrypt`, `trustServerCertificate`, `instanceName`, `connectTimeout`) become tedious options.
 */
import type { config as MssqlConfig, ConnectionPool } from 'mssql';
import type { CatalogOptions, DialectConnection } from '../dialect.js';
import type { CatalogSnapshot } from '../../model/catalog.js';
import type { ConnectionSpec } from '../../model/connection.js';
import { mapMssqlError } from './connect-errors.js';
import { readMssqlCatalog, type MssqlQueryRunner } from './introspect.js';
import type { DictionaryRow } from './row-values.js';

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

function makeRunner(pool: ConnectionPool, nvarchar: (length: number) => unknown): MssqlQueryRunner {
  return {
    async query(sql, binds) {
      const request = pool.request();
      for (const [name, value] of Object.entries(binds)) request.input(name, nvarchar(128) as never, value);
      const result = await request.query(sql);
      return result.recordset as unknown as DictionaryRow[];
    },
  };
}

export async function connectMssql(spec: ConnectionSpec): Promise<DialectConnection> {
  let pool: ConnectionPool;
  let nvarchar: (length: number) => unknown;
  try {
    const mssql = (await import('mssql')).default;
    nvarchar = (length) => mssql.NVarChar(length);
    pool = new mssql.ConnectionPool(makeMssqlConfig(spec));
    await pool.connect();
  } catch (error) {
    throw mapMssqlError(error, spec);
  }
  const runner = makeRunner(pool, nvarchar);
  return {
    dialect: 'mssql',
    async readCatalog(options: CatalogOptions): Promise<CatalogSnapshot> {
      try {
        return await readMssqlCatalog(runner, options);
      } catch (error) {
        throw mapMssqlError(error, spec);
      }
    },
    async close(): Promise<void> {
      await pool.close().catch(() => undefined);
    },
  };
}
