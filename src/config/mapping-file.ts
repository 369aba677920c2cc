/**
 * `mapping.yaml` (`format: erp-migrate/mapping@1`): the user's decisions for `plan` — which tables,
 * renames, identifier case, type overrides, row filters, missing primary keys, wave overrides, task
 * sizing and what to do with unsupported types. Parsed keeping line numbers; every problem in every
 * file (checked against the inventory) is reported at once in one UsageError E_MAPPING_INVALID.
 * Names are the SOURCE names as the inventory shows them; several files merge, later ones winning.
 *
 *   format: erp-migrate/mapping@1
 *   identifierCase: lower                 # lower | preserve | upper (default: lower for PostgreSQL/MySQL)
 *   tables:
 *     include: ["HR.*", { module: finance }]      # exact SCHEMA.TABLE, glob (* ?) or ERP module
 *     exclude: [HR.JOB_HISTORY]
 *   rename:
 *     schemas: { HR: people }
 *     tables:  { HR.EMPLOYEES: staff }
 *     columns: { HR.EMPLOYEES.EMAIL: email_address }
 *   types:                                # most specific wins: table+column > table > canonical/native
 *     - { canonical: number, target: "numeric(38,10)", conversion: custom }
 *     - { table: HR.EMPLOYEES, column: SALARY, target: "numeric(10,2)", conversion: widen }
 *   filters:                              # DMS source filters (ANDed); eq ste gte noteq need value, between start+end
 *     HR.JOB_HISTORY: [{ column: START_DATE, operator: gte, value: "2000-01-01" }]
 *   primaryKeys: { HR.AUDIT_LOG: [LOG_TIME, USER_ID] }   # only for tables without one
 *   waves: { HR.JOBS: 1 }                 # force a table into a wave
 *   tasks: { maxTaskBytes: 53687091200, largeTableBytes: 10737418240, maxTablesPerTask: 100, maxWaves: 8, waveBytes: 107374182400 }
 *   unsupported: { HR.DOCS.FILE_REF: exclude }           # text | exclude | a target type such as "varchar(512)"
 *   addColumns:                           # new nullable target columns, filled by a DMS add-column rule
 *     GL.GL_JE_LINES:                     # name: folded like other names; type: a TARGET type; expression: SQLite, $COLUMN = source column
 *       - { name: SOURCE_SYSTEM, type: "varchar(20)", expression: "'EBS-PROD'" }
 *       - { name: MIGRATED_AT, type: "timestamp(0)", expression: "datetime('now')" }
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { UsageError } from '../errors.js';
import type { Inventory } from '../model/inventory.js';
import type { RowFilter, TargetName } from '../model/plan.js';
import type { IdentifierCase } from '../util/identifier-case.js';
import { checkMapping } from './mapping-file-checks.js';
import { loadYamlDocument, zodPathProblems } from '../util/yaml-document.js';

export const MAPPING_FORMAT = 'erp-migrate/mapping@1';

const tableSelector = z.union([z.string().min(1), z.strictObject({ module: z.string().min(1) })]);
const filterSchema = z.strictObject({
  column: z.string().min(1),
  operator: z.enum(['eq', 'ste', 'gte', 'between', 'noteq', 'null', 'notnull']),
  value: z.union([z.string(), z.number()]).optional(),
  start: z.union([z.string(), z.number()]).optional(),
  end: z.union([z.string(), z.number()]).optional(),
});
const typeOverrideSchema = z.strictObject({
  canonical: z.string().min(1).optional(),
  native: z.string().min(1).optional(),
  table: z.string().min(1).optional(),
  column: z.string().min(1).optional(),
  target: z.string().min(1),
  conversion: z.enum(['none', 'widen', 'round-fraction', 'truncate-text', 'to-uuid', 'to-json', 'to-bool', 'to-bits', 'to-text', 'zero-date-null', 'custom']).optional(),
});
const positive = z.number().int().positive();
const addColumnSchema = z.strictObject({ name: z.string().min(1), type: z.string().min(1), expression: z.string() });

export const mappingFileSchema = z.strictObject({
  format: z.literal(MAPPING_FORMAT),
  identifierCase: z.enum(['lower', 'preserve', 'upper']).optional(),
  tables: z.strictObject({ include: z.array(tableSelector).optional(), exclude: z.array(tableSelector).optional() }).optional(),
  rename: z.strictObject({
    schemas: z.record(z.string(), z.string().min(1)).optional(),
    tables: z.record(z.string(), z.string().min(1)).optional(),
    columns: z.record(z.string(), z.string().min(1)).optional(),
  }).optional(),
  types: z.array(typeOverrideSchema).optional(),
  filters: z.record(z.string(), z.array(filterSchema)).optional(),
  primaryKeys: z.record(z.string(), z.array(z.string().min(1)).min(1)).optional(),
  waves: z.record(z.string(), positive).optional(),
  tasks: z.strictObject({ maxTaskBytes: positive.optional(), largeTableBytes: positive.optional(), maxTablesPerTask: positive.optional(), maxWaves: positive.optional(), waveBytes: z.number().int().min(0).optional() }).optional(),
  unsupported: z.record(z.string(), z.string().min(1)).optional(),
  addColumns: z.record(z.string(), z.array(addColumnSchema)).optional(),
});

export type MappingFileDocument = z.infer<typeof mappingFileSchema>;

/** A table chosen by exact `SCHEMA.TABLE`, a glob (`*`, `?`) over `SCHEMA.TABLE`, or an ERP module. */
export type TableSelector = { readonly name: string } | { readonly pattern: string } | { readonly module: string };

export interface TypeOverride {
  readonly canonical?: string;
  readonly native?: string;
  /** `SCHEMA.TABLE` (source names). */
  readonly table?: string;
  readonly column?: string;
  readonly targetType: string;
  readonly conversion: string;
}

/** `text` (load as text), `exclude` (drop the column) or a target type text. */
export type UnsupportedDecision = { readonly action: 'text' } | { readonly action: 'exclude' } | { readonly action: 'type'; readonly targetType: string };

/** A column to add on the target: `name` in source naming, `targetType` a target type text, `expression` SQLite for DMS. */
export interface AddColumnDecision {
  readonly name: string;
  readonly targetType: string;
  readonly expression: string;
}

/** The merged decisions of all mapping files; keys are source names `SCHEMA.TABLE[.COLUMN]`. */
export interface MappingConfig {
  readonly files: readonly string[];
  readonly identifierCase: IdentifierCase | null;
  readonly include: readonly TableSelector[];
  readonly exclude: readonly TableSelector[];
  readonly schemaRenames: Readonly<Record<string, string>>;
  readonly tableRenames: Readonly<Record<string, string>>;
  readonly columnRenames: Readonly<Record<string, string>>;
  readonly typeOverrides: readonly TypeOverride[];
  readonly filters: Readonly<Record<string, readonly RowFilter[]>>;
  readonly primaryKeys: Readonly<Record<string, readonly string[]>>;
  readonly waves: Readonly<Record<string, number>>;
  readonly sizing: { readonly maxTaskBytes?: number; readonly largeTableBytes?: number; readonly maxTablesPerTask?: number; readonly maxWaves?: number; readonly waveBytes?: number };
  readonly unsupported: Readonly<Record<string, UnsupportedDecision>>;
  /** By source table key `SCHEMA.TABLE`, in file order; a later file replaces a table's whole list. */
  readonly addColumns: Readonly<Record<string, readonly AddColumnDecision[]>>;
}

export const EMPTY_MAPPING: MappingConfig = {
  files: [], identifierCase: null, include: [], exclude: [], schemaRenames: {}, tableRenames: {}, columnRenames: {},
  typeOverrides: [], filters: {}, primaryKeys: {}, waves: {}, sizing: {}, unsupported: {}, addColumns: {},
};

export { formatYamlPath } from '../util/yaml-document.js';

function toSelector(value: string | { module: string }): TableSelector {
  if (typeof value !== 'string') return { module: value.module };
  return /[*?]/.test(value) ? { pattern: value } : { name: value };
}

function toFilter(f: z.infer<typeof filterSchema>): RowFilter {
  const text = (v: string | number | undefined): string | undefined => (v === undefined ? undefined : String(v));
  return { column: f.column, operator: f.operator, value: text(f.value), start: text(f.start), end: text(f.end) };
}

function toUnsupported(value: string): UnsupportedDecision {
  return value === 'text' || value === 'exclude' ? { action: value } : { action: 'type', targetType: value };
}

/** Converts a validated document into the decisions it states (one file). */
export function makeMappingConfig(file: string, doc: MappingFileDocument): MappingConfig {
  return {
    files: [file],
    identifierCase: doc.identifierCase ?? null,
    include: (doc.tables?.include ?? []).map(toSelector),
    exclude: (doc.tables?.exclude ?? []).map(toSelector),
    schemaRenames: doc.rename?.schemas ?? {},
    tableRenames: doc.rename?.tables ?? {},
    columnRenames: doc.rename?.columns ?? {},
    typeOverrides: (doc.types ?? []).map((t) => ({ ...t, targetType: t.target, conversion: t.conversion ?? 'custom' })),
    filters: Object.fromEntries(Object.entries(doc.filters ?? {}).map(([k, v]) => [k, v.map(toFilter)])),
    primaryKeys: doc.primaryKeys ?? {},
    waves: doc.waves ?? {},
    sizing: doc.tasks ?? {},
    unsupported: Object.fromEntries(Object.entries(doc.unsupported ?? {}).map(([k, v]) => [k, toUnsupported(v)])),
    addColumns: Object.fromEntries(Object.entries(doc.addColumns ?? {}).map(([k, v]) => [k, v.map((a) => ({ name: a.name, targetType: a.type, expression: a.expression }))])),
  };
}

/** Later files win for keyed decisions; lists (selectors, type overrides) are concatenated, later first for overrides. */
export function mergeMappingConfigs(configs: readonly MappingConfig[]): MappingConfig {
  return configs.reduce<MappingConfig>((acc, next) => ({
    files: [...acc.files, ...next.files],
    identifierCase: next.identifierCase ?? acc.identifierCase,
    include: [...acc.include, ...next.include],
    exclude: [...acc.exclude, ...next.exclude],
    schemaRenames: { ...acc.schemaRenames, ...next.schemaRenames },
    tableRenames: { ...acc.tableRenames, ...next.tableRenames },
    columnRenames: { ...acc.columnRenames, ...next.columnRenames },
    typeOverrides: [...next.typeOverrides, ...acc.typeOverrides],
    filters: { ...acc.filters, ...next.filters },
    primaryKeys: { ...acc.primaryKeys, ...next.primaryKeys },
    waves: { ...acc.waves, ...next.waves },
    sizing: { ...acc.sizing, ...next.sizing },
    unsupported: { ...acc.unsupported, ...next.unsupported },
    addColumns: { ...acc.addColumns, ...next.addColumns },
  }), EMPTY_MAPPING);
}

export interface ParsedMappingFile {
  readonly config: MappingConfig | null;
  /** `file:line: path: message`, in file order. */
  readonly problems: readonly string[];
  /**
   * The decisions of the sections that are valid, also when others are not (null only for a YAML
   * syntax error): what `plan` uses to list the column-type problems in the same run.
   */
  readonly salvaged: MappingConfig | null;
}

/** The top-level sections that pass the schema on their own; a broken section does not hide the others' decisions. */
function salvageSections(file: string, value: unknown): MappingConfig | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const kept: Record<string, unknown> = { format: MAPPING_FORMAT };
  for (const [key, schema] of Object.entries(mappingFileSchema.shape)) {
    if (key === 'format' || !(key in value)) continue;
    const section = (schema as z.ZodType).safeParse((value as Record<string, unknown>)[key]);
    if (section.success) kept[key] = section.data;
  }
  return makeMappingConfig(file, kept as MappingFileDocument);
}

/** Pure: parses one mapping file's text and checks it against the inventory. */
export function parseMappingFile(text: string, file: string, inventory: Inventory, target: TargetName): ParsedMappingFile {
  const loaded = loadYamlDocument(text, file, mappingFileSchema);
  if (loaded.ok) {
    const config = makeMappingConfig(file, loaded.value);
    return { config, problems: loaded.source.locate(checkMapping(config, inventory, target)), salvaged: config };
  }
  if (loaded.source === null) return { config: null, problems: loaded.problems, salvaged: null };
  // Also check what the valid sections decide, so one run lists every problem of the file.
  const salvaged = salvageSections(file, loaded.source.value);
  const result = mappingFileSchema.safeParse(loaded.source.value);
  const schemaProblems = result.success ? [] : zodPathProblems(result.error);
  const checked = salvaged === null ? [] : checkMapping(salvaged, inventory, target);
  return { config: null, problems: loaded.source.locate([...schemaProblems, ...checked]), salvaged };
}

export function makeMappingError(problems: readonly string[]): UsageError {
  const error = new UsageError('E_MAPPING_INVALID', `${problems.length} problem(s) in mapping file(s):\n${problems.map((p) => `  ${p}`).join('\n')}`, {
    hint: 'fix each listed line (names are source names, SCHEMA.TABLE[.COLUMN]) and run plan again',
  });
  return Object.assign(error, { problems: [...problems] });
}

export interface CheckedMappingFiles {
  /** The merged decisions of every file (of their valid sections where a file has problems). */
  readonly config: MappingConfig;
  /** Every problem of every file, `file:line: path: message`; empty = the files can be used. */
  readonly problems: readonly string[];
}

/** Reads and checks every mapping file; never throws for a problem in the files. */
export async function checkMappingFiles(paths: readonly string[], inventory: Inventory, target: TargetName): Promise<CheckedMappingFiles> {
  const configs: MappingConfig[] = [];
  const problems: string[] = [];
  for (const path of paths) {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      problems.push(`${path}:1: (file): cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
      continue;
    }
    const parsed = parseMappingFile(text, path, inventory, target);
    problems.push(...parsed.problems);
    if (parsed.salvaged) configs.push(parsed.salvaged);
  }
  return { config: mergeMappingConfigs(configs), problems };
}

/** Reads and checks every mapping file; throws one UsageError listing every problem of every file. */
export async function readMappingFiles(paths: readonly string[], inventory: Inventory, target: TargetName): Promise<MappingConfig> {
  const checked = await checkMappingFiles(paths, inventory, target);
  if (checked.problems.length > 0) throw makeMappingError(checked.problems);
  return checked.config;
}
