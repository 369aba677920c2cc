/**
 * node-mssql (tedious) as erp-migrate uses it: dictionary queries with typed binds, row streams with
 * backpressure (`toReadableStream`: the request pauses while the stream's buffer is full), raw batches,
 * transactions and bulk loads. One pool of one connection per DialectConnection, so a transaction
 * and the requests in it share that connection. Written against mssql 12 / tedious 19; not run here.
 */
import type { ConnectionPool, ISqlType, Request, Transaction } from 'mssql';
import type { DictionaryRow } from './parse-values.js';

export type MssqlBindValue = string | number | boolean | Buffer | null;

/** A SQL Server parameter or bulk column type, as data (the session maps it to mssql's factories). */
export type MssqlType =
  | { readonly kind: 'bit' | 'smallint' | 'int' | 'bigint' | 'real' | 'float' | 'uniqueidentifier' }
  | { readonly kind: 'nvarchar' | 'varchar' | 'varbinary'; readonly length: number | 'max' };

export interface MssqlQueryRunner {
  query(sql: string, binds: Readonly<Record<string, MssqlBindValue>>): Promise<DictionaryRow[]>;
}

export interface MssqlBulkColumn {
  readonly name: string;
  readonly type: MssqlType;
}

export interface MssqlSession extends MssqlQueryRunner {
  /** Rows as arrays, grouped by `batchRows`; the query is cancelled when the consumer stops early. */
  stream(sql: string, batchRows: number): AsyncGenerator<unknown[][]>;
  /** A raw batch (no parameters), inside the open transaction if any. */
  batch(sql: string): Promise<void>;
  begin(): Promise<void>;
  commit(): Promise<void>;
  rollback(): Promise<void>;
  /** Bulk load into an existing table (inside the open transaction if any); returns rows inserted. */
  bulk(table: string, columns: readonly MssqlBulkColumn[], rows: readonly (readonly unknown[])[]): Promise<number>;
}

const INT32_MIN = -2_147_483_648;
const INT32_MAX = 2_147_483_647;

/** The parameter type for a bind value: text as nvarchar (4000 keeps one cached plan), integers by range. */
export function bindTypeFor(value: MssqlBindValue): MssqlType {
  if (value === null) return { kind: 'nvarchar', length: 1 };
  if (typeof value === 'boolean') return { kind: 'bit' };
  if (Buffer.isBuffer(value)) return { kind: 'varbinary', length: 'max' };
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) return { kind: 'float' };
    return value >= INT32_MIN && value <= INT32_MAX ? { kind: 'int' } : { kind: 'bigint' };
  }
  return { kind: 'nvarchar', length: value.length <= 4000 ? 4000 : 'max' };
}

type MssqlModule = typeof import('mssql');

export function driverType(mssql: MssqlModule, type: MssqlType): ISqlType {
  switch (type.kind) {
    case 'bit': return mssql.Bit();
    case 'smallint': return mssql.SmallInt();
    case 'int': return mssql.Int();
    case 'bigint': return mssql.BigInt();
    case 'real': return mssql.Real();
    case 'float': return mssql.Float();
    case 'uniqueidentifier': return mssql.UniqueIdentifier();
    case 'nvarchar': return mssql.NVarChar(type.length === 'max' ? mssql.MAX : type.length);
    case 'varchar': return mssql.VarChar(type.length === 'max' ? mssql.MAX : type.length);
    case 'varbinary': return mssql.VarBinary(type.length === 'max' ? mssql.MAX : type.length);
  }
}

export function makeMssqlSession(mssql: MssqlModule, pool: ConnectionPool): MssqlSession {
  let transaction: Transaction | undefined;
  const request = (): Request => new mssql.Request((transaction ?? pool) as ConnectionPool);
  return {
    async query(sql, binds) {
      const req = request();
      for (const [name, value] of Object.entries(binds)) req.input(name, driverType(mssql, bindTypeFor(value)), value);
      const result = await req.query(sql);
      return result.recordset as unknown as DictionaryRow[];
    },
    async *stream(sql, batchRows) {
      const size = Math.max(1, Math.floor(batchRows));
      const req = request();
      req.arrayRowMode = true;
      let done = false;
      req.on('done', () => { done = true; });
      const rows = req.toReadableStream({ highWaterMark: size });
      void req.query(sql, () => undefined); // errors arrive on the stream
      let batch: unknown[][] = [];
      try {
        for await (const row of rows) {
          batch.push(row as unknown[]);
          if (batch.length >= size) {
            yield batch;
            batch = [];
          }
        }
        if (batch.length > 0) yield batch;
      } finally {
        // Destroying the stream does not stop the query (it would run on, rows dropped): cancel it.
        if (!done) req.cancel();
        rows.destroy();
      }
    },
    async batch(sql) {
      await request().batch(sql);
    },
    async begin() {
      transaction = new mssql.Transaction(pool);
      await transaction.begin();
    },
    async commit() {
      const open = transaction;
      transaction = undefined;
      await open?.commit();
    },
    async rollback() {
      const open = transaction;
      transaction = undefined;
      await open?.rollback();
    },
    async bulk(table, columns, rows) {
      const target = new mssql.Table(table);
      target.create = false;
      for (const column of columns) target.columns.add(column.name, driverType(mssql, column.type), { nullable: true });
      for (const row of rows) target.rows.add(...(row as unknown[] as (string | number | boolean | Date | Buffer | null)[]));
      // checkConstraints keeps FK/CHECK trusted; keepNulls stores NULL rather than a column default.
      const result = await request().bulk(target, { checkConstraints: true, keepNulls: true });
      return result.rowsAffected;
    },
  };
}
