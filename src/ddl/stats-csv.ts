/**
 * `--stats <csv>`: row counts and sizes to go with a DDL import (a DDL export has none). The file
 * has a header naming `schema,table,rows,bytes` (any order, case-insensitive; `bytes` may be empty).
 * Parsing is pure; applying fills rowCount/bytes (never exact) and notes tables the DDL does not have.
 */
import { UsageError } from '../errors.js';
import type { CatalogNote, CatalogSchema } from '../model/catalog.js';

export interface TableStats {
  readonly schema: string;
  readonly table: string;
  readonly rows: number;
  readonly bytes: number | null;
  readonly line: number;
}

const COLUMNS = ['schema', 'table', 'rows', 'bytes'] as const;

function badLine(file: string, line: number, why: string): UsageError {
  return new UsageError('E_DDL_STATS', `${file}:${line}: ${why}`, {
    hint: 'the stats file is CSV with a header line "schema,table,rows,bytes"; rows and bytes are whole numbers',
  });
}

/** Splits one CSV line; `"…"` fields may hold commas and `""` quotes. Returns null on an unclosed quote. */
export function splitCsvLine(line: string): string[] | null {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (line[i] === '"') {
      let value = '';
      let j = i + 1;
      for (;;) {
        const close = line.indexOf('"', j);
        if (close < 0) return null;
        value += line.slice(j, close);
        if (line[close + 1] === '"') {
          value += '"';
          j = close + 2;
          continue;
        }
        i = close + 1;
        break;
      }
      fields.push(value);
      const rest = line.indexOf(',', i);
      if (rest < 0) return fields;
      i = rest + 1;
    } else {
      const comma = line.indexOf(',', i);
      fields.push(line.slice(i, comma < 0 ? line.length : comma).trim());
      if (comma < 0) return fields;
      i = comma + 1;
    }
  }
}

function wholeNumber(text: string): number | null {
  return /^\d+$/.test(text) ? Number(text) : null;
}

export function parseStatsCsv(text: string, file: string): TableStats[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = splitCsvLine(lines[0] ?? '')?.map((field) => field.trim().toLowerCase()) ?? [];
  const at = COLUMNS.map((name) => header.indexOf(name));
  if (at.some((index, k) => index < 0 && COLUMNS[k] !== 'bytes')) {
    throw badLine(file, 1, `header must name the columns schema,table,rows,bytes (found "${lines[0] ?? ''}")`);
  }
  const [schemaAt, tableAt, rowsAt, bytesAt] = at as [number, number, number, number];
  const out: TableStats[] = [];
  for (let k = 1; k < lines.length; k += 1) {
    const raw = lines[k] ?? '';
    if (raw.trim() === '') continue;
    const fields = splitCsvLine(raw);
    if (fields === null) throw badLine(file, k + 1, 'unclosed quote');
    const schema = fields[schemaAt] ?? '';
    const table = fields[tableAt] ?? '';
    const rows = wholeNumber(fields[rowsAt] ?? '');
    const bytesText = bytesAt < 0 ? '' : (fields[bytesAt] ?? '');
    const bytes = bytesText === '' ? null : wholeNumber(bytesText);
    if (schema === '' || table === '') throw badLine(file, k + 1, 'schema and table must not be empty');
    if (rows === null) throw badLine(file, k + 1, `rows "${fields[rowsAt] ?? ''}" is not a whole number`);
    if (bytesText !== '' && bytes === null) throw badLine(file, k + 1, `bytes "${bytesText}" is not a whole number`);
    out.push({ schema, table, rows, bytes, line: k + 1 });
  }
  return out;
}

/** Exact name match first, then case-insensitive (stats tools often print names in another case). */
export function applyTableStats(schemas: readonly CatalogSchema[], stats: readonly TableStats[], file: string): { schemas: CatalogSchema[]; notes: CatalogNote[] } {
  const found = new Map<string, TableStats>();
  const notes: CatalogNote[] = [];
  const exact = new Set(schemas.flatMap((s) => s.tables.map((t) => `${s.name}\u0000${t.name}`)));
  const folded = new Map(schemas.flatMap((s) => s.tables.map((t) => [`${s.name}\u0000${t.name}`.toLowerCase(), `${s.name}\u0000${t.name}`] as const)));
  for (const row of stats) {
    const key = `${row.schema}\u0000${row.table}`;
    const target = exact.has(key) ? key : folded.get(key.toLowerCase());
    if (target === undefined) {
      notes.push({
        rule: 'ddl-stats-unknown-table', severity: 'info', object: `${file}:${row.line}`,
        message: `stats for ${row.schema}.${row.table}, which the DDL does not create`, hint: 'check the schema and table names in the stats file',
      });
    } else found.set(target, row);
  }
  const withStats = schemas.map((schema) => ({
    ...schema,
    tables: schema.tables.map((table) => {
      const row = found.get(`${schema.name}\u0000${table.name}`);
      return row === undefined ? table : { ...table, rowCount: row.rows, rowCountExact: false, bytes: row.bytes };
    }),
  }));
  return { schemas: withStats, notes };
}
