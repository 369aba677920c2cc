/**
 * What a plan says a target should hold, and what the target holds, in one comparable shape per
 * table: columns in order with normalised types and NOT NULL, primary key, unique keys, foreign keys
 * (columns → referenced table and columns) and secondary indexes (columns; FULLTEXT/SPATIAL kind on
 * MySQL). The live side is read with catalog queries of its own (information_schema, pg_catalog),
 * not with the project's introspection, so a reader defect cannot hide a DDL defect.
 */
import mysql from 'mysql2/promise';
import pg from 'pg';
import type { Plan, PlannedTable } from '../../../src/model/plan.js';
import { LIVE_MYSQL, LIVE_POSTGRES } from '../databases.js';

export interface TableShape {
  readonly columns: readonly string[];
  readonly primaryKey: string | null;
  readonly unique: readonly string[];
  readonly foreignKeys: readonly string[];
  readonly indexes: readonly string[];
  /** MySQL only: indexes named after a foreign key, which InnoDB may have added by itself. */
  readonly fkIndexes?: readonly string[];
}

export type Shapes = Record<string, TableShape>;
export type LiveTarget = 'postgres' | 'mysql';

const sorted = (list: readonly string[]): string[] => [...list].sort();

// ---------------------------------------------------------------------------------------------
// Type spelling: both sides go through the same normaliser, so `varchar(30)` planned equals the
// `character varying(30)` PostgreSQL reports, and `int` equals MariaDB's `int(11)`.

/** Lower-cases outside quotes ('…' labels and "…" identifiers keep their case) and collapses spaces. */
function lowerOutsideQuotes(text: string): string {
  let out = '';
  let quote: string | null = null;
  for (const ch of text.trim().replace(/\s+/g, ' ')) {
    if (quote !== null) {
      out += ch;
      if (ch === quote) quote = null;
    } else {
      if (ch === "'" || ch === '"') quote = ch;
      out += ch.toLowerCase();
    }
  }
  return out;
}

const PG_ALIASES: readonly [RegExp, string][] = [
  [/^(int|int4)$/, 'integer'], [/^int2$/, 'smallint'], [/^int8$/, 'bigint'], [/^bool$/, 'boolean'],
  [/^(float8|double)$/, 'double precision'], [/^float4$/, 'real'], [/^decimal\b/, 'numeric'],
  [/^varchar\b/, 'character varying'], [/^(char|bpchar)\((\d+)\)$/, 'character($2)'], [/^(char|bpchar|character)$/, 'character(1)'],
  [/^varbit\b/, 'bit varying'], [/^bit$/, 'bit(1)'],
  [/^timestamptz(\(\d+\))?$/, 'timestamp$1 with time zone'], [/^timestamp(\(\d+\))?$/, 'timestamp$1 without time zone'],
  [/^timetz(\(\d+\))?$/, 'time$1 with time zone'], [/^time(\(\d+\))?$/, 'time$1 without time zone'],
];

export function normalisePostgresType(type: string): string {
  let base = lowerOutsideQuotes(type);
  let dims = '';
  while (base.endsWith('[]')) {
    dims += '[]';
    base = base.slice(0, -2).trim();
  }
  base = base.replace(/^(?:"[^"]+"|[a-z_][a-z0-9_$]*)\.(?=["a-z_])/, '').replace(/^"([^"]+)"$/, '$1');
  base = base.replace(/\(\s*(\d+)\s*,\s*(\d+)\s*\)/, '($1,$2)');
  for (const [pattern, replacement] of PG_ALIASES) base = base.replace(pattern, replacement);
  return base + dims;
}

const MY_ALIASES: readonly [RegExp, string][] = [
  [/^(bool|boolean)$/, 'tinyint(1)'], [/^integer\b/, 'int'], [/^numeric\b/, 'decimal'], [/^decimal$/, 'decimal(10,0)'],
  [/^decimal\((\d+)\)/, 'decimal($1,0)'], [/^(double precision|real)\b/, 'double'], [/^json$/, 'longtext'],
  [/^(datetime|time|timestamp)\(0\)/, '$1'], [/^bit$/, 'bit(1)'], [/^char$/, 'char(1)'], [/^binary$/, 'binary(1)'], [/^year\(4\)$/, 'year'],
  [/^character varying\b/, 'varchar'], [/^character\b/, 'char'],
];

export function normaliseMysqlType(type: string): string {
  let base = lowerOutsideQuotes(type).replace(/ (character set|charset|collate) [a-z0-9_]+/g, '');
  base = base.replace(/,\s+(?=')/g, ',').replace(/\(\s*(\d+)\s*,\s*(\d+)\s*\)/, '($1,$2)');
  // Display widths mean nothing, except tinyint(1), which is how MySQL spells boolean.
  base = base.replace(/^(tinyint|smallint|mediumint|int|integer|bigint)\((\d+)\)/, (_, name: string, width: string) =>
    name === 'tinyint' && width === '1' ? 'tinyint(1)' : name);
  for (const [pattern, replacement] of MY_ALIASES) base = base.replace(pattern, replacement);
  return base;
}

const normaliser = (target: LiveTarget) => (target === 'postgres' ? normalisePostgresType : normaliseMysqlType);

// ---------------------------------------------------------------------------------------------
// Expected: the plan, minus what the DDL itself announces it skips (`-- schema.table: index X skipped: …`).

export interface Skipped {
  readonly kinds: ReadonlySet<string>;
  readonly lines: readonly string[];
}

/** The skip comments of a post-load file: `index|unique key|foreign key` + source table + name. */
export function announcedSkips(postLoad: string): Skipped {
  const lines = postLoad.split('\n').filter((line) => /^-- .+?: (index|unique key|foreign key) .+? skipped: /.test(line));
  const kinds = new Set(lines.map((line) => {
    const match = /^-- (.+?): (index|unique key|foreign key) (.+?) skipped: /.exec(line);
    return match === null ? line : `${match[2]}|${match[1]}|${match[3]}`;
  }));
  return { kinds, lines };
}

function resolveColumn(table: PlannedTable, name: string): string | null {
  const column = table.columns.find((c) => c.target === name) ?? table.columns.find((c) => c.source === name);
  return column === undefined || column.excluded ? null : column.target;
}

const columnsOf = (table: PlannedTable, names: readonly string[]): string =>
  names.map((name) => resolveColumn(table, name) ?? `?${name}`).join(',');

function referencedTable(tables: readonly PlannedTable[], schema: string, name: string): PlannedTable | undefined {
  return tables.find((t) => t.targetSchema === schema && t.targetTable === name)
    ?? tables.find((t) => t.sourceSchema === schema && t.sourceTable === name);
}

const SPECIAL_KINDS = new Set(['fulltext', 'spatial']);

export function planTables(plan: Plan): PlannedTable[] {
  const seen = new Map<string, PlannedTable>();
  for (const table of plan.waves.flatMap((w) => w.tasks.flatMap((t) => t.tables))) seen.set(`${table.targetSchema}.${table.targetTable}`, table);
  return [...seen.values()];
}

export function expectedShapes(plan: Plan, target: LiveTarget, skipped: Skipped): Shapes {
  const tables = planTables(plan);
  const norm = normaliser(target);
  const shapes: Shapes = {};
  for (const table of tables) {
    const where = `${table.sourceSchema}.${table.sourceTable}`;
    const skip = (kind: string, name: string | null, position: number) => skipped.kinds.has(`${kind}|${where}|${name ?? position + 1}`);
    const pk = table.primaryKey === null ? null : columnsOf(table, table.primaryKey.columns);
    const pkColumns = new Set(pk === null ? [] : pk.split(','));
    const columns = [
      ...table.columns.filter((c) => !c.excluded).map((c) => `${c.target} ${norm(c.targetType)}${c.nullable && !pkColumns.has(c.target) ? '' : ' NOT NULL'}`),
      ...(table.addedColumns ?? []).map((c) => `${c.target} ${norm(c.targetType)}`),
    ];
    const indexColumns = (names: readonly { name: string; expression?: boolean }[]) =>
      names.map((c) => (c.expression ? 'expr' : resolveColumn(table, c.name) ?? `?${c.name}`)).join(',');
    const indexes = table.indexes.filter((index) => !skip('index', index.name, 0));
    const kindOf = (kind: string) => (target === 'mysql' && SPECIAL_KINDS.has(kind.toLowerCase()) ? `${kind.toLowerCase()}:` : '');
    shapes[`${table.targetSchema}.${table.targetTable}`] = {
      columns,
      primaryKey: pk,
      unique: sorted([
        ...table.uniqueKeys.filter((key, i) => !skip('unique key', key.name, i)).map((key) => columnsOf(table, key.columns)),
        ...indexes.filter((index) => index.unique).map((index) => indexColumns(index.columns)),
      ]),
      foreignKeys: sorted(table.foreignKeys.filter((fk, i) => !skip('foreign key', fk.name, i)).map((fk) => {
        const ref = referencedTable(tables, fk.refSchema, fk.refTable);
        const refColumns = ref === undefined ? fk.refColumns.join(',') : columnsOf(ref, fk.refColumns);
        return `${columnsOf(table, fk.columns)} -> ${ref === undefined ? `?${fk.refSchema}.${fk.refTable}` : `${ref.targetSchema}.${ref.targetTable}`}(${refColumns})`;
      })),
      indexes: sorted(indexes.filter((index) => !index.unique).map((index) => `${kindOf(index.kind)}${indexColumns(index.columns)}`)),
    };
  }
  return shapes;
}

// ---------------------------------------------------------------------------------------------
// Actual: read back from the live target.

interface Row { readonly [key: string]: unknown }

/**
 * How to read a source so it compares with its homogeneous target: schemas renamed as the mapping
 * did, names folded to lower case as the default identifier policy does, defaults included (a
 * homogeneous move keeps them as they are).
 */
export interface ReadOptions {
  readonly schemaMap?: Readonly<Record<string, string>>;
  readonly lowerNames?: boolean;
  readonly defaults?: boolean;
}

interface Naming {
  readonly schema: (name: string) => string;
  readonly name: (name: string) => string;
  readonly list: (names: string) => string;
  readonly defaults: boolean;
}

function namingOf(options: ReadOptions): Naming {
  const name = (text: string) => (options.lowerNames === true ? text.toLowerCase() : text);
  return {
    schema: (text) => options.schemaMap?.[text] ?? text,
    name,
    list: (names) => names.split(',').map(name).join(','),
    defaults: options.defaults === true,
  };
}

const columnEntry = (naming: Naming, row: Row, type: string): string =>
  `${naming.name(String(row.name))} ${type}${row.nullable === 'NO' ? ' NOT NULL' : ''}${naming.defaults && row.dflt !== null && row.dflt !== undefined ? ` DEFAULT ${String(row.dflt)}` : ''}`;

function group<T extends Row>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(key(row), [...(map.get(key(row)) ?? []), row]);
  return map;
}

export async function postgresShapes(database: string, schemas: readonly string[], options: ReadOptions = {}): Promise<Shapes> {
  const naming = namingOf(options);
  const client = new pg.Client({ ...LIVE_POSTGRES, database });
  await client.connect();
  try {
    const q = async (sql: string) => (await client.query(sql, [schemas])).rows as Row[];
    const tables = await q(`SELECT table_schema AS s, table_name AS t FROM information_schema.tables WHERE table_schema = ANY($1) AND table_type = 'BASE TABLE'`);
    // information_schema for names, order and NOT NULL; format_type for the type as DDL spells it.
    const columns = await q(`SELECT c.table_schema AS s, c.table_name AS t, c.column_name AS name, c.is_nullable AS nullable, c.column_default AS dflt,
        format_type(a.atttypid, a.atttypmod) AS type
      FROM information_schema.columns c
      JOIN pg_attribute a ON a.attrelid = format('%I.%I', c.table_schema, c.table_name)::regclass AND a.attname = c.column_name
      JOIN information_schema.tables x ON x.table_schema = c.table_schema AND x.table_name = c.table_name AND x.table_type = 'BASE TABLE'
      WHERE c.table_schema = ANY($1) ORDER BY c.table_schema, c.table_name, c.ordinal_position`);
    const constraints = await q(`SELECT n.nspname AS s, r.relname AS t, k.contype AS kind,
        (SELECT string_agg(a.attname, ',' ORDER BY u.i) FROM unnest(k.conkey) WITH ORDINALITY u(n, i) JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.n) AS cols,
        fn.nspname || '.' || fr.relname AS ref,
        (SELECT string_agg(a.attname, ',' ORDER BY u.i) FROM unnest(k.confkey) WITH ORDINALITY u(n, i) JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.n) AS refcols
      FROM pg_constraint k JOIN pg_class r ON r.oid = k.conrelid JOIN pg_namespace n ON n.oid = r.relnamespace
      LEFT JOIN pg_class fr ON fr.oid = k.confrelid LEFT JOIN pg_namespace fn ON fn.oid = fr.relnamespace
      WHERE n.nspname = ANY($1) AND k.contype IN ('p', 'u', 'f')`);
    const indexes = await q(`SELECT n.nspname AS s, r.relname AS t, x.indisunique AS uniq,
        (SELECT string_agg(CASE WHEN u.n = 0 THEN 'expr' ELSE a.attname END, ',' ORDER BY u.i)
           FROM unnest(x.indkey::int2[]) WITH ORDINALITY u(n, i) LEFT JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = u.n
          WHERE u.i <= x.indnkeyatts) AS cols
      FROM pg_index x JOIN pg_class r ON r.oid = x.indrelid JOIN pg_namespace n ON n.oid = r.relnamespace
      WHERE n.nspname = ANY($1) AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid AND k.contype IN ('p', 'u', 'x'))`);
    return assemble(naming, tables, columns, (row) => columnEntry(naming, row, normalisePostgresType(String(row.type))),
      constraints.map((row) => ({ ...row, kind: ({ p: 'pk', u: 'unique', f: 'fk' } as Record<string, string>)[String(row.kind)] ?? '' })),
      indexes.map((row) => ({ ...row, kind: row.uniq === true ? 'unique' : 'index' })));
  } finally {
    await client.end();
  }
}

export async function mysqlShapes(schemas: readonly string[], options: ReadOptions = {}): Promise<Shapes> {
  const naming = namingOf(options);
  const conn = await mysql.createConnection({ ...LIVE_MYSQL });
  try {
    const q = async (sql: string) => (await conn.query(sql, [schemas]))[0] as Row[];
    const tables = await q(`SELECT TABLE_SCHEMA AS s, TABLE_NAME AS t FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (?) AND TABLE_TYPE = 'BASE TABLE'`);
    const columns = await q(`SELECT c.TABLE_SCHEMA AS s, c.TABLE_NAME AS t, c.COLUMN_NAME AS name, c.IS_NULLABLE AS nullable, c.COLUMN_TYPE AS type, c.COLUMN_DEFAULT AS dflt
      FROM information_schema.COLUMNS c JOIN information_schema.TABLES x ON x.TABLE_SCHEMA = c.TABLE_SCHEMA AND x.TABLE_NAME = c.TABLE_NAME AND x.TABLE_TYPE = 'BASE TABLE'
      WHERE c.TABLE_SCHEMA IN (?) ORDER BY c.TABLE_SCHEMA, c.TABLE_NAME, c.ORDINAL_POSITION`);
    const statistics = await q(`SELECT TABLE_SCHEMA AS s, TABLE_NAME AS t, INDEX_NAME AS name, NON_UNIQUE AS non_unique, INDEX_TYPE AS type,
        GROUP_CONCAT(COLUMN_NAME ORDER BY SEQ_IN_INDEX SEPARATOR ',') AS cols
      FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (?) GROUP BY TABLE_SCHEMA, TABLE_NAME, INDEX_NAME, NON_UNIQUE, INDEX_TYPE`);
    const fks = await q(`SELECT TABLE_SCHEMA AS s, TABLE_NAME AS t, CONSTRAINT_NAME AS name,
        GROUP_CONCAT(COLUMN_NAME ORDER BY ORDINAL_POSITION SEPARATOR ',') AS cols,
        CONCAT(MAX(REFERENCED_TABLE_SCHEMA), '.', MAX(REFERENCED_TABLE_NAME)) AS ref,
        GROUP_CONCAT(REFERENCED_COLUMN_NAME ORDER BY ORDINAL_POSITION SEPARATOR ',') AS refcols
      FROM information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA IN (?) AND REFERENCED_TABLE_NAME IS NOT NULL
      GROUP BY TABLE_SCHEMA, TABLE_NAME, CONSTRAINT_NAME`);
    // InnoDB adds an index named after a foreign key when no index starts with its columns: marked, so
    // the comparison can drop it unless the plan asked for that index itself.
    const fkNames = new Set(fks.map((row) => `${String(row.s)}.${String(row.t)}.${String(row.name)}`));
    const indexes = statistics
      .map((row) => {
        const type = String(row.type).toLowerCase();
        const implicit = Number(row.non_unique) === 1 && fkNames.has(`${String(row.s)}.${String(row.t)}.${String(row.name)}`);
        const kind = row.name === 'PRIMARY' ? 'pk' : Number(row.non_unique) === 0 ? 'unique' : implicit ? 'fk-index' : 'index';
        return { ...row, kind, cols: `${SPECIAL_KINDS.has(type) ? `${type}:` : ''}${String(row.cols)}` };
      });
    return assemble(naming, tables, columns, (row) => columnEntry(naming, row, normaliseMysqlType(String(row.type))),
      fks.map((row) => ({ ...row, kind: 'fk' })), indexes);
  } finally {
    await conn.end();
  }
}

function assemble(naming: Naming, tables: readonly Row[], columns: readonly Row[], columnText: (row: Row) => string, constraints: readonly Row[], indexes: readonly Row[]): Shapes {
  const key = (row: Row) => `${naming.schema(String(row.s))}.${naming.name(String(row.t))}`;
  const cols = (row: Row) => naming.list(String(row.cols));
  const ref = (row: Row) => {
    const [schema = '', ...table] = String(row.ref).split('.');
    return `${naming.schema(schema)}.${naming.name(table.join('.'))}`;
  };
  const keys = [...constraints, ...indexes];
  const byTable = group(keys, key);
  const shapes: Shapes = {};
  const columnsOf = group(columns, key);
  for (const table of tables.map(key)) {
    const rows = columnsOf.get(table) ?? [];
    const own = byTable.get(table) ?? [];
    const of = (kind: string) => own.filter((row) => row.kind === kind);
    shapes[table] = {
      columns: rows.map(columnText),
      primaryKey: of('pk').map(cols)[0] ?? null,
      unique: sorted(of('unique').map(cols)),
      foreignKeys: sorted(of('fk').map((row) => `${cols(row)} -> ${ref(row)}(${naming.list(String(row.refcols))})`)),
      indexes: sorted(of('index').map(cols)),
      ...(of('fk-index').length === 0 ? {} : { fkIndexes: sorted(of('fk-index').map(cols)) }),
    };
  }
  return shapes;
}

/**
 * Drops the indexes InnoDB added for foreign keys, keeping those the plan itself lists (a MySQL source
 * has them too, under the FK's name, and the plan carries them over).
 */
export function withoutImplicitIndexes(actual: Shapes, expected: Shapes): Shapes {
  const result: Shapes = {};
  for (const [name, shape] of Object.entries(actual)) {
    const { fkIndexes = [], ...rest } = shape;
    const wanted = [...(expected[name]?.indexes ?? [])];
    const kept = fkIndexes.filter((cols) => {
      const own = rest.indexes.filter((c) => c === cols).length;
      const asked = wanted.filter((c) => c === cols).length;
      return asked > own;
    });
    result[name] = { ...rest, indexes: sorted([...rest.indexes, ...kept]) };
  }
  return result;
}

/** The type a live shape gives `column` of `table` (undefined when either is missing). */
export function columnType(shapes: Shapes, table: string, column: string): string | undefined {
  const entry = shapes[table]?.columns.find((c) => c.startsWith(`${column} `));
  return entry?.slice(column.length + 1).replace(/ DEFAULT .*$/, '').replace(/ NOT NULL$/, '');
}
