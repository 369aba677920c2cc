/**
 * node-oracledb thin, seen through the few calls we make (the package ships no type declarations).
 * One OracleSession per DialectConnection: dictionary queries (objects), row streams (arrays through
 * a ResultSet, closed in `finally`), array DML (executeMany) and plain statements. Binds are typed:
 * strings, numbers, Buffers and null. Written against node-oracledb 6+/26 documentation; not run here.
 */
import type { DictionaryRow } from './parse-values.js';

export type OracleBindValue = string | number | Buffer | null;
export type OracleBinds = Readonly<Record<string, OracleBindValue>> | readonly OracleBindValue[];

/** What executeMany needs per column; the session maps it to the driver's constants. */
export interface OracleBindDef {
  readonly type: 'string' | 'number' | 'buffer' | 'clob' | 'blob';
  /** Bytes, for string and buffer binds (node-oracledb requires it for them). */
  readonly maxSize?: number;
}

export interface OracleQueryRunner {
  /** Whole result as objects keyed by upper-case column name; NUMBER columns in NUMBER_AS_STRING as text. */
  query(sql: string, binds: OracleBinds): Promise<DictionaryRow[]>;
}

export interface OracleSession extends OracleQueryRunner {
  /** Rows as arrays, `batchRows` per round trip: NUMBER → string, CLOB → string, BLOB → Buffer (each LOB < 1 GB, held whole). */
  stream(sql: string, binds: OracleBinds, batchRows: number): AsyncGenerator<unknown[][]>;
  execute(sql: string, binds?: OracleBinds): Promise<void>;
  /** Array DML in one round trip; returns rows affected. */
  executeMany(sql: string, rows: readonly (readonly OracleBindValue[])[], bindDefs: readonly OracleBindDef[]): Promise<number>;
  commit(): Promise<void>;
  rollback(): Promise<void>;
}

interface FetchMetadata {
  readonly name: string;
  readonly dbType?: unknown;
}

type FetchTypeHandler = (metadata: FetchMetadata) => { type: unknown } | undefined;

interface OracleResultSet {
  getRows(count: number): Promise<unknown[][]>;
  close(): Promise<void>;
}

export interface OracleDriverConnection {
  execute(sql: string, binds: OracleBinds, options: Readonly<Record<string, unknown>>): Promise<{ rows?: unknown[]; resultSet?: OracleResultSet }>;
  executeMany(sql: string, rows: readonly (readonly OracleBindValue[])[], options: Readonly<Record<string, unknown>>): Promise<{ rowsAffected?: number }>;
  commit(): Promise<void>;
  rollback(): Promise<void>;
  close(): Promise<void>;
}

export interface OracleDriver {
  readonly OUT_FORMAT_OBJECT: unknown;
  readonly OUT_FORMAT_ARRAY: unknown;
  readonly DB_TYPE_NUMBER: unknown;
  readonly DB_TYPE_CLOB: unknown;
  readonly DB_TYPE_NCLOB: unknown;
  readonly DB_TYPE_BLOB: unknown;
  readonly DB_TYPE_VARCHAR: unknown;
  readonly DB_TYPE_LONG_RAW: unknown;
  readonly STRING: unknown;
  readonly NUMBER: unknown;
  readonly BUFFER: unknown;
  getConnection(attributes: Readonly<Record<string, string | number>>): Promise<OracleDriverConnection>;
}

export async function loadOracleDriver(): Promise<OracleDriver> {
  const specifier = 'oracledb';
  const module = (await import(specifier)) as { default?: OracleDriver } & OracleDriver;
  return module.default ?? module;
}

/** Row streams: every NUMBER as its exact text, LOBs fetched inline (strings/Buffers) instead of Lob streams. */
export function rowFetchTypeHandler(driver: OracleDriver): FetchTypeHandler {
  return (metadata) => {
    if (metadata.dbType === driver.DB_TYPE_NUMBER) return { type: driver.STRING };
    if (metadata.dbType === driver.DB_TYPE_CLOB || metadata.dbType === driver.DB_TYPE_NCLOB) return { type: driver.DB_TYPE_VARCHAR };
    if (metadata.dbType === driver.DB_TYPE_BLOB) return { type: driver.DB_TYPE_LONG_RAW };
    return undefined;
  };
}

export function driverBindType(driver: OracleDriver, def: OracleBindDef): Record<string, unknown> {
  const type = { string: driver.STRING, number: driver.NUMBER, buffer: driver.BUFFER, clob: driver.DB_TYPE_CLOB, blob: driver.DB_TYPE_BLOB }[def.type];
  return def.maxSize === undefined ? { type } : { type, maxSize: def.maxSize };
}

export function makeOracleSession(driver: OracleDriver, connection: OracleDriverConnection, numberAsString: readonly string[]): OracleSession {
  const asString = new Set<string>(numberAsString);
  const dictionaryOptions = {
    outFormat: driver.OUT_FORMAT_OBJECT,
    // Digits matter for row counts, bytes and 28-digit sequence bounds: those NUMBERs come as strings.
    fetchTypeHandler: ((metadata) =>
      asString.has(metadata.name) && metadata.dbType === driver.DB_TYPE_NUMBER ? { type: driver.STRING } : undefined) as FetchTypeHandler,
  };
  const rowHandler = rowFetchTypeHandler(driver);
  return {
    async query(sql, binds) {
      const result = await connection.execute(sql, binds, dictionaryOptions);
      return (result.rows ?? []) as DictionaryRow[];
    },
    async *stream(sql, binds, batchRows) {
      const size = Math.max(1, Math.floor(batchRows));
      const result = await connection.execute(sql, binds, {
        resultSet: true, outFormat: driver.OUT_FORMAT_ARRAY, fetchArraySize: size, prefetchRows: size + 1, fetchTypeHandler: rowHandler,
      });
      const resultSet = result.resultSet;
      if (resultSet === undefined) return;
      try {
        for (;;) {
          const rows = await resultSet.getRows(size);
          if (rows.length === 0) break;
          yield rows;
        }
      } finally {
        await resultSet.close().catch(() => undefined);
      }
    },
    async execute(sql, binds = {}) {
      await connection.execute(sql, binds, {});
    },
    async executeMany(sql, rows, bindDefs) {
      const result = await connection.executeMany(sql, rows, { autoCommit: false, bindDefs: bindDefs.map((def) => driverBindType(driver, def)) });
      return result.rowsAffected ?? 0;
    },
    commit: () => connection.commit(),
    rollback: () => connection.rollback(),
  };
}
