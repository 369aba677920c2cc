/**
 * Inventory → assessment report model (pure). One model, rendered to Markdown, HTML and JSON by
 * src/report/render/*. Deterministic: no clock time unless `generatedAt` is passed in.
 */
import type { Finding, Inventory, Severity } from '../model/inventory.js';
import { sumKnown } from '../util/known-sum.js';
import { compareStrings } from '../util/stable-json.js';
import { DEFAULT_SCORE_OPTIONS, SCORE_FORMULA, scoreInventory, type ComplexityScore, type MigrationScore, type ScoreOptions } from '../inventory/score.js';

export const ASSESSMENT_FORMAT = 'erp-migrate/assessment@1';

export interface AssessmentOptions {
  readonly title?: string;
  /** ISO timestamp printed in the report; omitted (null) keeps reports byte-identical across runs. */
  readonly generatedAt?: string | null;
  /** The ERP the module classifier recognised (buildInventoryWithDetection().erp). */
  readonly erp?: { readonly catalogue: string; readonly title: string } | null;
  readonly score?: Partial<ScoreOptions>;
  /** How many of the largest tables to list (default 15). */
  readonly largestTables?: number;
}

export interface ModuleRow {
  readonly module: string;
  readonly tables: number;
  readonly columns: number;
  /** Sum of the known row counts; null when none of the module's tables has one. */
  readonly rows: number | null;
  /** Tables of the module whose row count is unknown (not counted in `rows`). */
  readonly rowsUnknownTables: number;
  readonly bytes: number;
  readonly lobColumns: number;
  readonly findings: Readonly<Record<Severity, number>>;
  readonly score: ComplexityScore;
}

export interface LargeTableRow {
  readonly schema: string;
  readonly name: string;
  readonly module: string;
  readonly rows: number | null;
  readonly bytes: number | null;
  readonly columns: number;
  readonly findings: readonly string[];
}

export interface TypeUsageRow {
  /** Native type name without its parameters, lower case (`varchar2`, `numeric`). */
  readonly nativeType: string;
  /** Canonical kind (`varchar`, `decimal`, `unsupported`). */
  readonly canonicalKind: string;
  readonly columns: number;
}

export interface CodeObjectRow {
  readonly schema: string;
  readonly kind: string;
  readonly count: number;
  readonly lines: number;
}

export interface RuleCount {
  readonly rule: string;
  readonly severity: Severity;
  readonly count: number;
}

export interface Assessment {
  readonly format: typeof ASSESSMENT_FORMAT;
  readonly title: string;
  readonly generatedAt: string | null;
  readonly source: Inventory['source'];
  readonly erp: { readonly catalogue: string; readonly title: string } | null;
  readonly summary: {
    readonly schemas: number; readonly tables: number; readonly columns: number;
    /** Sums of the known row counts / sizes, null when none is known; never 0 for unknown. */
    readonly rows: number | null; readonly bytes: number | null;
    /** Tables whose row count / size is unknown, so not in `rows` / `bytes`. */
    readonly rowsUnknownTables: number; readonly bytesUnknownTables: number;
    readonly lobColumns: number; readonly views: number; readonly sequences: number; readonly routines: number;
    readonly triggers: number; readonly codeLines: number; readonly findings: Readonly<Record<Severity, number>>;
    /** False when no table has a row count or size (a DDL export without --stats): renderers say "unknown". */
    readonly sizesKnown: boolean;
  };
  readonly modules: readonly ModuleRow[];
  readonly rules: readonly RuleCount[];
  readonly findings: Readonly<Record<Severity, readonly Finding[]>>;
  readonly score: MigrationScore & { readonly formula: string };
  readonly largestTables: readonly LargeTableRow[];
  readonly typeUsage: readonly TypeUsageRow[];
  readonly codeObjects: readonly CodeObjectRow[];
}

const SEVERITIES: readonly Severity[] = ['blocker', 'warning', 'info'];

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

function makeRules(findings: readonly Finding[]): RuleCount[] {
  const counts = countBy(findings, (f) => `${SEVERITIES.indexOf(f.severity)}\u0000${f.rule}\u0000${f.severity}`);
  return [...counts.entries()].sort(([a], [b]) => compareStrings(a, b)).map(([key, count]) => {
    const [, rule, severity] = key.split('\u0000') as [string, string, Severity];
    return { rule, severity, count };
  });
}

function makeTypeUsage(inventory: Inventory): TypeUsageRow[] {
  const counts = countBy(
    inventory.schemas.flatMap((s) => s.tables.flatMap((t) => t.columns)),
    (c) => `${c.nativeType.toLowerCase().replace(/\(.*?\)/g, '').replace(/\s+/g, ' ').trim()}\u0000${c.canonicalType.replace(/\(.*$/, '')}`,
  );
  return [...counts.entries()]
    .map(([key, columns]) => {
      const [nativeType, canonicalKind] = key.split('\u0000') as [string, string];
      return { nativeType, canonicalKind, columns };
    })
    .sort((a, b) => b.columns - a.columns || compareStrings(a.nativeType, b.nativeType) || compareStrings(a.canonicalKind, b.canonicalKind));
}

function makeCodeObjects(inventory: Inventory): CodeObjectRow[] {
  const rows: CodeObjectRow[] = [];
  for (const schema of inventory.schemas) {
    const items = [
      ...schema.routines.map((r) => ({ kind: r.kind as string, lines: r.lines })),
      ...schema.triggers.map((t) => ({ kind: 'trigger', lines: t.lines })),
      ...schema.views.map((v) => ({ kind: v.materialized ? 'materialized view' : 'view', lines: v.lines })),
    ];
    const kinds = [...new Set(items.map((i) => i.kind))].sort(compareStrings);
    for (const kind of kinds) {
      const ofKind = items.filter((i) => i.kind === kind);
      rows.push({ schema: schema.name, kind, count: ofKind.length, lines: ofKind.reduce((sum, i) => sum + (i.lines ?? 0), 0) });
    }
  }
  return rows;
}

function makeLargestTables(inventory: Inventory, limit: number): LargeTableRow[] {
  return inventory.schemas
    .flatMap((s) => s.tables.map((t) => ({ schema: s.name, name: t.name, module: t.module, rows: t.rowCount, bytes: t.bytes, columns: t.columns.length, findings: t.findings })))
    .sort((a, b) => (b.bytes ?? -1) - (a.bytes ?? -1) || (b.rows ?? -1) - (a.rows ?? -1) || compareStrings(a.schema, b.schema) || compareStrings(a.name, b.name))
    .slice(0, limit);
}

export function makeAssessment(inventory: Inventory, options: AssessmentOptions = {}): Assessment {
  const score = scoreInventory(inventory, { ...DEFAULT_SCORE_OPTIONS, ...options.score });
  const tables = inventory.schemas.flatMap((s) => s.tables);
  const moduleRows = new Map<string, (number | null)[]>();
  for (const t of tables) moduleRows.set(t.module, [...(moduleRows.get(t.module) ?? []), t.rowCount]);
  const modules = Object.keys(inventory.modules).sort(compareStrings).map((module): ModuleRow => {
    const m = inventory.modules[module]!;
    const rows = sumKnown(moduleRows.get(module) ?? []);
    return { module, tables: m.tables, columns: m.columns, rows: rows.sum, rowsUnknownTables: rows.unknown, bytes: m.bytes, lobColumns: m.lobColumns, findings: m.findings, score: score.modules[module]! };
  });
  const rows = sumKnown(tables.map((t) => t.rowCount));
  const bytes = sumKnown(tables.map((t) => t.bytes));
  const bySeverity = (severity: Severity) => inventory.findings.filter((f) => f.severity === severity);
  return {
    format: ASSESSMENT_FORMAT,
    title: options.title ?? 'Migration assessment',
    generatedAt: options.generatedAt ?? null,
    source: inventory.source,
    erp: options.erp ?? null,
    summary: {
      schemas: inventory.schemas.length,
      tables: tables.length,
      columns: tables.reduce((sum, t) => sum + t.columns.length, 0),
      rows: rows.sum,
      bytes: bytes.sum,
      rowsUnknownTables: rows.unknown,
      bytesUnknownTables: bytes.unknown,
      sizesKnown: tables.length === 0 || tables.some((t) => t.rowCount !== null || t.bytes !== null),
      lobColumns: modules.reduce((sum, m) => sum + m.lobColumns, 0),
      views: inventory.schemas.reduce((sum, s) => sum + s.views.length, 0),
      sequences: inventory.schemas.reduce((sum, s) => sum + s.sequences.length, 0),
      routines: inventory.schemas.reduce((sum, s) => sum + s.routines.length, 0),
      triggers: inventory.schemas.reduce((sum, s) => sum + s.triggers.length, 0),
      codeLines: score.overall.counts.codeLines,
      findings: { blocker: bySeverity('blocker').length, warning: bySeverity('warning').length, info: bySeverity('info').length },
    },
    modules,
    rules: makeRules(inventory.findings),
    findings: { blocker: bySeverity('blocker'), warning: bySeverity('warning'), info: bySeverity('info') },
    score: { ...score, formula: SCORE_FORMULA },
    largestTables: makeLargestTables(inventory, options.largestTables ?? 15),
    typeUsage: makeTypeUsage(inventory),
    codeObjects: makeCodeObjects(inventory),
  };
}
