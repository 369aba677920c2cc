/**
 * `assess --ddl`: DDL export files → CatalogSnapshot, the same shape live introspection produces.
 * Inputs are files or directories (a directory means its *.sql files, sorted by name). Every file is
 * decoded and checked against the dialect first, so a bad input fails before any parsing. Every
 * dialect reads all files as one script, in order, so a later file's ALTER TABLE or CREATE INDEX
 * (pg_dump's post-data section, an SSMS script per object) finds the table an earlier file created.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../errors.js';
import type { CatalogNote, CatalogSchema, CatalogSnapshot, DialectName } from '../model/catalog.js';
import type { DdlSourceFile } from './catalog-builder.js';
import { decodeDdlBytes } from './decode.js';
import type { DdlReadResult } from './ddl-reader.js';
import { checkDialectMatches } from './detect-dialect.js';
import { applyTableStats, parseStatsCsv } from './stats-csv.js';

export interface ReadDdlOptions {
  readonly dialect: DialectName;
  /** Schema for unqualified objects; defaults per dialect (see DEFAULT_SCHEMA). */
  readonly defaultSchema?: string;
  /** CSV `schema,table,rows,bytes` with statistics to attach. */
  readonly statsFile?: string;
}

/** Oracle has no way to know the owner from a script that does not name it: the user passes --schema. */
const DEFAULT_SCHEMA: Readonly<Record<DialectName, string>> = { oracle: 'DDL', mssql: 'dbo', postgres: 'public', mysql: 'ddl' };

function missing(input: string): UsageError {
  return new UsageError('E_DDL_FILE', `DDL input not found or not readable: ${input}`, {
    hint: 'pass existing .sql files or directories holding them to --ddl',
  });
}

async function expandInputs(inputs: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (info === null) throw missing(input);
    if (!info.isDirectory()) {
      files.push(input);
      continue;
    }
    const names = (await readdir(input)).filter((name) => name.toLowerCase().endsWith('.sql')).sort();
    if (names.length === 0) {
      throw new UsageError('E_DDL_FILE', `no .sql files in directory ${input}`, { hint: 'point --ddl at the export files or their directory' });
    }
    files.push(...names.map((name) => path.join(input, name)));
  }
  return files;
}

function foldDefaultSchema(dialect: DialectName, schema: string | undefined): string {
  if (schema === undefined || schema === '') return DEFAULT_SCHEMA[dialect];
  if (dialect === 'oracle') return /^".*"$/.test(schema) ? schema.slice(1, -1) : schema.toUpperCase();
  if (dialect === 'postgres') return /^".*"$/.test(schema) ? schema.slice(1, -1) : schema.toLowerCase();
  return schema;
}

async function readFiles(dialect: DialectName, sources: readonly DdlSourceFile[], defaultSchema: string): Promise<DdlReadResult> {
  switch (dialect) {
    case 'oracle':
      return (await import('./oracle/index.js')).readOracleFiles(sources, defaultSchema);
    case 'mssql':
      return (await import('./mssql/index.js')).readMssqlFiles(sources, defaultSchema);
    case 'postgres':
      return (await import('./postgres/index.js')).readPostgresFiles(sources, defaultSchema);
    case 'mysql':
      return (await import('./mysql/index.js')).readMysqlFiles(sources, defaultSchema);
  }
}

export async function readDdlSnapshot(inputs: readonly string[], options: ReadDdlOptions): Promise<CatalogSnapshot> {
  if (inputs.length === 0) throw new UsageError('E_DDL_FILE', 'no DDL files given', { hint: 'pass one or more .sql files or directories to --ddl' });
  const files = await expandInputs(inputs);
  const sources: DdlSourceFile[] = [];
  const notes: CatalogNote[] = [];
  for (const file of files) {
    const bytes = await readFile(file).catch(() => {
      throw missing(file);
    });
    const decoded = decodeDdlBytes(bytes, file);
    if (decoded.note !== null) notes.push(decoded.note);
    checkDialectMatches(decoded.text, options.dialect, file);
    sources.push({ file, text: decoded.text });
  }
  const result = await readFiles(options.dialect, sources, foldDefaultSchema(options.dialect, options.defaultSchema));
  if (result.tables === 0) {
    throw new UsageError('E_DDL_NO_TABLES', `no CREATE TABLE found in ${files.join(', ')} (${result.statements} statements read)`, {
      hint: 'pass the export that creates the tables (schema DDL), not only data, grants or code',
    });
  }
  let schemas: readonly CatalogSchema[] = result.schemas;
  notes.push(...result.notes);
  if (options.statsFile !== undefined) {
    const statsText = await readFile(options.statsFile, 'utf8').catch(() => {
      throw new UsageError('E_DDL_FILE', `stats file not found or not readable: ${options.statsFile}`, { hint: 'pass a CSV with schema,table,rows,bytes to --stats' });
    });
    const applied = applyTableStats(schemas, parseStatsCsv(statsText, options.statsFile), options.statsFile);
    schemas = applied.schemas;
    notes.push(...applied.notes);
  }
  const facts = result.sourceFacts ?? {};
  return {
    source: { dialect: options.dialect, version: facts.version ?? null, charset: facts.charset ?? null, options: {} },
    schemas,
    notes,
    ...(result.userTypes ? { userTypes: result.userTypes } : {}),
    ...(result.extensions ? { extensions: result.extensions } : {}),
  };
}
