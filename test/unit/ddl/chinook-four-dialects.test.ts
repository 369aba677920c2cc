/**
 * Chinook (shared/testdata/chinook, the same model exported for Oracle, SQL Server, PostgreSQL and MySQL)
 * read from each dialect's DDL must describe the same database: the same 11 tables and 64 columns, the
 * same keys and foreign keys, the same nullability and the same canonical types — modulo each export's
 * own native choices, which we state here rather than hide:
 *   - the PostgreSQL export spells names in snake_case (album_id) where the others write AlbumId: names are
 *     compared lower case without underscores;
 *   - the Oracle export declares integer columns as bare NUMBER (canonical `number`), the others as INT
 *     (`int32`): both are the integer family;
 *   - SQL Server `datetime` keeps milliseconds (`timestamp(3)`) where Oracle DATE and MySQL DATETIME have
 *     whole seconds (`timestamp(0)`), and PostgreSQL `timestamp` has microseconds: all are `timestamp`.
 */
import { describe, expect, it } from 'vitest';
import { readSourceTypeMapper } from '../../../src/config/source-type-rules.js';
import { readDdlSnapshot } from '../../../src/ddl/read-ddl.js';
import { buildInventory } from '../../../src/inventory/build-inventory.js';
import { readModuleCatalogs } from '../../../src/inventory/classify.js';
import type { DialectName } from '../../../src/model/catalog.js';
import type { Inventory } from '../../../src/model/inventory.js';

const DIR = new URL('../../../../shared/testdata/chinook/', import.meta.url).pathname;
const FILES: Readonly<Record<DialectName, string>> = {
  oracle: 'Chinook_Oracle.sql',
  mssql: 'Chinook_SqlServer.sql',
  postgres: 'Chinook_PostgreSql.sql',
  mysql: 'Chinook_MySql.sql',
};

const key = (name: string): string => name.toLowerCase().replace(/_/g, '');

function typeFamily(canonical: string): string {
  if (/^(int16|int32|int64|number|decimal\(\d+,0\))$/.test(canonical)) return 'integer';
  if (canonical.startsWith('timestamp(')) return 'timestamp';
  return canonical;
}

/** A dialect-neutral description of the inventory, sorted. */
function describeModel(inventory: Inventory) {
  const tables = inventory.schemas.flatMap((s) => s.tables);
  return tables
    .map((table) => ({
      table: key(table.name),
      columns: table.columns.map((c) => `${key(c.name)} ${typeFamily(c.canonicalType)}${c.nullable ? '' : ' not null'}`).sort(),
      primaryKey: (table.primaryKey?.columns ?? []).map(key),
      foreignKeys: table.foreignKeys.map((fk) => `${fk.columns.map(key).join(',')} -> ${key(fk.refTable)}(${fk.refColumns.map(key).join(',')})`).sort(),
    }))
    .sort((a, b) => (a.table < b.table ? -1 : 1));
}

async function readChinook(dialect: DialectName): Promise<Inventory> {
  const snapshot = await readDdlSnapshot([`${DIR}${FILES[dialect]}`], { dialect });
  return buildInventory(snapshot, { origin: 'ddl', typeMapper: readSourceTypeMapper(dialect), modules: readModuleCatalogs() });
}

describe('Chinook in four dialects', () => {
  it('reads 11 tables, 64 columns, 11 primary keys and 11 foreign keys from every export', async () => {
    for (const dialect of Object.keys(FILES) as DialectName[]) {
      const tables = (await readChinook(dialect)).schemas.flatMap((s) => s.tables);
      expect(tables, dialect).toHaveLength(11);
      expect(tables.reduce((n, t) => n + t.columns.length, 0), dialect).toBe(64);
      expect(tables.filter((t) => t.primaryKey !== null), dialect).toHaveLength(11);
      expect(tables.reduce((n, t) => n + t.foreignKeys.length, 0), dialect).toBe(11);
    }
  });

  it('gives the same tables, columns, keys, nullability and canonical types', async () => {
    const reference = describeModel(await readChinook('mssql'));
    for (const dialect of ['oracle', 'postgres', 'mysql'] as const) {
      expect(describeModel(await readChinook(dialect)), dialect).toEqual(reference);
    }
  });

  it('maps the money and text columns to the very same canonical types', async () => {
    for (const dialect of Object.keys(FILES) as DialectName[]) {
      const track = (await readChinook(dialect)).schemas.flatMap((s) => s.tables).find((t) => key(t.name) === 'track');
      const types = Object.fromEntries((track?.columns ?? []).map((c) => [key(c.name), c.canonicalType]));
      expect(types.unitprice, dialect).toBe('decimal(10,2)');
      expect(types.name, dialect).toBe('varchar(200)');
      expect(types.composer, dialect).toBe('varchar(220)');
    }
  });
});
