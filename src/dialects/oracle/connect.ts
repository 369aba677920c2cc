/**
 * node-oracledb in thin mode (never initOracleClient): one connection per DialectConnection.
 * The driver is seen through the few calls we make; its errors become ConnectionError.
 */
import type { CatalogOptions, DialectConnection } from '../dialect.js';
import type { CatalogSnapshot } from '../../model/catalog.js';
import type { ConnectionSpec } from '../../model/connection.js';
import { NUMBER_AS_STRING } from './catalog-queries.js';
import { mapOracleError } from './connect-errors.js';
import { readOracleCatalog, type OracleQueryRunner } from './introspect.js';
import type { DictionaryRow } from './row-values.js';

interface FetchMetadata {
  readonly name: string;
  readonly dbType?: unknown;
}

interface ExecuteOptions {
  readonly outFormat: unknown;
  readonly fetchTypeHandler: (metadata: FetchMetadata) => { type: unknown } | undefined;
}

interface OracleDriverConnection {
  execute(sql: string, binds: Readonly<Record<string, string>>, options: ExecuteOptions): Promise<{ rows?: unknown[] }>;
  close(): Promise<void>;
}

interface OracleDriver {
  readonly OUT_FORMAT_OBJECT: unknown;
  readonly DB_TYPE_NUMBER: unknown;
  readonly STRING: unknown;
  getConnection(attributes: Readonly<Record<string, string | number>>): Promise<OracleDriverConnection>;
}

async function loadDriver(): Promise<OracleDriver> {
  const specifier = 'oracledb';
  const module = (await import(specifier)) as { default?: OracleDriver } & OracleDriver;
  return module.default ?? module;
}

/** `host:port/service`, the Easy Connect string thin mode understands without tnsnames.ora. */
export function makeConnectString(spec: ConnectionSpec): string {
  return `${spec.host}:${spec.port}/${spec.database}`;
}

function makeRunner(driver: OracleDriver, connection: OracleDriverConnection): OracleQueryRunner {
  const asString = new Set<string>(NUMBER_AS_STRING);
  const options: ExecuteOptions = {
    outFormat: driver.OUT_FORMAT_OBJECT,
    // Digits matter for row counts, bytes and 28-digit sequence bounds: those NUMBERs come as strings.
    fetchTypeHandler: (metadata) =>
      asString.has(metadata.name) && metadata.dbType === driver.DB_TYPE_NUMBER ? { type: driver.STRING } : undefined,
  };
  return {
    async query(sql, binds) {
      const result = await connection.execute(sql, binds, options);
      return (result.rows ?? []) as DictionaryRow[];
    },
  };
}

export async function connectOracle(spec: ConnectionSpec): Promise<DialectConnection> {
  let driver: OracleDriver;
  let connection: OracleDriverConnection;
  try {
    driver = await loadDriver();
    connection = await driver.getConnection({
      user: spec.user,
      password: spec.password,
      connectString: makeConnectString(spec),
      connectTimeout: Number(spec.options.connectTimeout ?? 20),
    });
  } catch (error) {
    throw mapOracleError(error, spec);
  }
  const runner = makeRunner(driver, connection);
  return {
    dialect: 'oracle',
    async readCatalog(options: CatalogOptions): Promise<CatalogSnapshot> {
      try {
        return await readOracleCatalog(runner, options);
      } catch (error) {
        throw mapOracleError(error, spec);
      }
    },
    async close(): Promise<void> {
      await connection.close().catch(() => undefined);
    },
  };
}
