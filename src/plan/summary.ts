/**
 * SUMMARY.md of a plan, pure: what a reviewer reads before approving a migration. Waves, tasks and
 * tables with counts; renames and conversions; MySQL ENUM / SET labels and FULLTEXT / SPATIAL indexes; columns the mapping file adds; standalone sequences; every lossy conversion; every decision that blocks
 * or needs a human; each FK cycle and the constraints deferred to post-load.
 */
import type { Plan, PlanDecision, PlannedTable, PlannedTask } from '../model/plan.js';
import { STATISTICS_COMMAND } from '../inventory/checks/row-counts.js';
import { formatBytes as formatBinaryBytes } from '../util/format-bytes.js';
import { formatKnownSum, sumKnown } from '../util/known-sum.js';
import { foldIdentifier } from '../util/identifier-case.js';
import { compareStrings } from '../util/stable-json.js';
import { markdownTable, pipeSafe } from '../util/markdown-table.js';
import { fitSequenceToBigint } from './plan-sequences.js';
import { sqlString } from './ddl/quote.js';
import { quoteIdentifier as quotePostgres } from '../dialects/postgres/quote.js';
import { labelColumnsSection, specialIndexesSection } from './summary-mysql-types.js';

const plural = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

export function formatBytes(bytes: number | null): string {
  return bytes === null ? '?' : formatBinaryBytes(bytes);
}

const count = (n: number | null): string => (n === null ? '?' : String(n));
const src = (t: PlannedTable): string => `${t.sourceSchema}.${t.sourceTable}`;
const tgt = (t: PlannedTable): string => `${t.targetSchema}.${t.targetTable}`;

/** SUMMARY.md's tables: cells kept from breaking the row, `(none)` for an empty one, a blank line after. */
function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [...markdownTable(header, rows, { escapeCell: pipeSafe, whenEmpty: '(none)' }), ''];
}

function lobText(lob: PlannedTask['lob']): string {
  if (lob.mode === 'limited') return `limited ${lob.maxSizeKb} KB`;
  if (lob.mode === 'full') return `full (chunk ${lob.chunkSizeKb} KB)`;
  return '-';
}

function loadText(t: PlannedTable): string {
  if (t.parallelLoad.type === 'ranges') return `ranges on ${t.parallelLoad.columns.join(', ')} (${t.parallelLoad.boundaries.length + 1} segments)`;
  return t.parallelLoad.type === 'none' ? '-' : t.parallelLoad.type;
}

function tasksOf(plan: Plan): PlannedTask[] {
  return plan.waves.flatMap((w) => w.tasks);
}

/** Where the DDL writes: each target schema (a database on MySQL) with the source schemas it receives. */
function targetSchemasLine(plan: Plan): string {
  const sources = new Map<string, Set<string>>();
  const add = (target: string, source: string): void => { sources.set(target, (sources.get(target) ?? new Set()).add(source)); };
  for (const t of tasksOf(plan).flatMap((task) => task.tables)) add(t.targetSchema, t.sourceSchema);
  if (plan.target !== 'mysql') for (const seq of plan.sequences ?? []) add(seq.targetSchema, seq.sourceSchema);
  const via = plan.options.targetSchema === undefined ? '' : ', `--target-schema`';
  const names = [...sources].sort(([a], [b]) => compareStrings(a, b))
    .map(([target, from]) => `\`${target}\` (from ${[...from].sort(compareStrings).join(', ')}${target === plan.options.targetSchema ? via : ''})`);
  const what = plan.target === 'mysql' ? 'Target databases created by `ddl/pre-load.sql`'
    : plan.target === 'oracle' ? 'Target schemas (users that must already exist; `ddl/pre-load.sql` does not create users)'
      : 'Target schemas created by `ddl/pre-load.sql`';
  return `- ${what}: ${names.length === 0 ? '(none)' : names.join(', ')}`;
}

function header(plan: Plan): string[] {
  const tasks = tasksOf(plan);
  const tables = tasks.flatMap((t) => t.tables);
  const rows = sumKnown(tables.map((t) => t.rows));
  const bytes = sumKnown(tables.map((t) => t.bytes));
  const rowsText = rows.sum === null ? 'rows unknown' : formatKnownSum(rows, (n) => `${n} rows`);
  const bytesText = bytes.sum === null ? 'size unknown' : formatKnownSum(bytes, formatBytes);
  const blockers = plan.decisions.filter((d) => d.severity === 'blocker').length;
  return [
    '# Migration plan', '',
    `- Source: ${plan.source.dialect}${plan.source.version ? ` ${plan.source.version}` : ''} → target: ${plan.target}`,
    targetSchemasLine(plan),
    `- Inventory: \`${plan.inventoryDigest}\``,
    `- Waves: ${plan.options.waves}; identifier case: ${plan.options.identifierCase}; large table ≥ ${formatBytes(plan.options.largeTableBytes)}; max task ${formatBytes(plan.options.maxTaskBytes)}`,
    `- Mapping files: ${plan.options.mappingFiles.length === 0 ? '(none)' : plan.options.mappingFiles.join(', ')}`,
    '',
    `**${plural(plan.waves.length, 'wave')}, ${plural(tasks.length, 'task')}, ${plural(tables.length, 'table')}, ${rowsText}, ${bytesText}.** `
      + `${blockers === 0 ? 'No blockers.' : `${blockers} blocker(s) must be resolved before running.`}`,
    '',
    ...(rows.unknown === 0 ? [] : [
      `Row counts are unknown for ${plural(rows.unknown, 'table')}: the large-table split and the task sizes cannot use them. `
        + `Run ${STATISTICS_COMMAND[plan.source.dialect]} on the source and assess again, or \`assess --exact-counts\`; for a DDL export give \`assess --stats\`.`,
      '',
    ]),
  ];
}

function wavesSection(plan: Plan): string[] {
  const out = ['## Waves and tasks', ''];
  for (const wave of plan.waves) {
    out.push(`### Wave ${wave.number}`, '');
    out.push(...table(['Task', 'Kind', 'Tables', 'Rows', 'Bytes', 'LOB mode', 'Load order'], wave.tasks.map((t) => [
      `\`${t.id}\``, t.kind, String(t.tables.length),
      formatKnownSum({ sum: t.estimatedRows, unknown: t.tablesWithUnknownRows ?? 0 }, String),
      formatKnownSum({ sum: t.estimatedBytes, unknown: t.tablesWithUnknownBytes ?? 0 }, formatBytes), lobText(t.lob), t.tables.map(src).join(', '),
    ])));
  }
  return out;
}

function tablesSection(plan: Plan): string[] {
  const rows = tasksOf(plan).flatMap((task) => task.tables.map((t) => [
    src(t), tgt(t), t.module, String(task.wave), `\`${task.id}\``, count(t.rows), formatBytes(t.bytes),
    t.primaryKey ? `${t.primaryKey.columns.join(', ')}${t.primaryKeySource === 'mapping' ? ' (mapping)' : ''}` : 'none', loadText(t), lobText(t.lob),
  ]));
  return ['## Tables', '', ...table(['Source', 'Target', 'Module', 'Wave', 'Task', 'Rows', 'Bytes', 'Primary key', 'Parallel load', 'LOB'], rows)];
}

function changesSection(plan: Plan): string[] {
  const policy = plan.options.identifierCase;
  const tables = tasksOf(plan).flatMap((t) => t.tables);
  const renamed: string[][] = [];
  const converted: string[][] = [];
  const lossy: string[][] = [];
  const schemas = new Map<string, string>();
  for (const t of tables) if (t.targetSchema !== foldIdentifier(t.sourceSchema, policy)) schemas.set(t.sourceSchema, t.targetSchema);
  for (const [from, to] of [...schemas].sort()) renamed.push([`schema ${from}`, `schema ${to}`]);
  for (const t of tables) {
    if (t.targetTable !== foldIdentifier(t.sourceTable, policy)) renamed.push([src(t), tgt(t)]);
    for (const c of t.columns) {
      const name = `${src(t)}.${c.source}`;
      if (c.target !== foldIdentifier(c.source, policy)) renamed.push([name, `${tgt(t)}.${c.target}`]);
      if (c.excluded) converted.push([name, c.sourceType, 'excluded', '-']);
      else if (c.conversion !== 'none') converted.push([name, c.sourceType, c.targetType, c.conversion]);
      if (c.lossy !== null) lossy.push([name, c.sourceType, c.excluded ? 'excluded' : c.targetType, c.lossy]);
    }
  }
  return [
    '## Renamed (beyond the identifier case policy)', '', ...table(['Source', 'Target'], renamed),
    '## Converted columns', '', ...table(['Column', 'Source type', 'Target type', 'Conversion'], converted),
    '## Lossy conversions', '', ...table(['Column', 'Source type', 'Target type', 'What can be lost'], lossy),
  ];
}

/** Columns added by the mapping file, by target table then in mapping-file order; no section when there are none. */
function addedSection(plan: Plan): string[] {
  const tables = tasksOf(plan).flatMap((task) => task.tables).sort((a, b) => compareStrings(tgt(a), tgt(b)));
  const rows = tables.flatMap((t) => (t.addedColumns ?? []).map((a) => {
    const sizes = [a.dmsType.length, a.dmsType.precision, a.dmsType.scale].filter((n) => n !== undefined);
    const expression = a.expression.includes('`') ? a.expression : `\`${a.expression}\``;
    return [`${tgt(t)}.${a.target}`, a.targetType, expression, sizes.length === 0 ? a.dmsType.type : `${a.dmsType.type}(${sizes.join(',')})`];
  }));
  if (rows.length === 0) return [];
  return ['## Added columns', '', 'Nullable target columns filled by a DMS `add-column` rule (SQLite expression; `$COLUMN` is a source column).', '',
    ...table(['Column', 'Target type', 'Expression', 'DMS data type'], rows)];
}

/** Standalone sequences: DMS does not migrate them, the DDL creates and resets them; no section when there are none. */
function sequencesSection(plan: Plan): string[] {
  const sequences = plan.sequences ?? [];
  if (sequences.length === 0) return [];
  const clampable = plan.target === 'postgres' || plan.target === 'aurora-postgresql' || plan.target === 'sqlserver';
  const rows = sequences.map((seq) => {
    const clamped = clampable ? fitSequenceToBigint(seq).clamped : [];
    const handling = plan.target === 'mysql' ? 'not created (MySQL has no sequences)' : clamped.length > 0 ? `clamped to bigint: ${clamped.join('; ')}` : '-';
    return [`${seq.sourceSchema}.${seq.sourceName}`, `${seq.targetSchema}.${seq.targetName}`, seq.start ?? '?', seq.increment ?? '1', seq.lastValue ?? 'unknown: set at cutover', handling];
  });
  return ['## Sequences', '',
    'AWS DMS does not migrate sequences: `ddl/pre-load.sql` creates them and `ddl/post-load.sql` moves each past the last value below; take the source\'s current value again at cutover.', '',
    ...table(['Source', 'Target', 'Start', 'Increment', 'Last value', 'Clamping'], rows)];
}

/** Extensions and user types pre-load.sql creates (PostgreSQL targets); no section when there are none. */
function userTypesSection(plan: Plan): string[] {
  const extensions = plan.extensions ?? [];
  const types = plan.userTypes ?? [];
  if (extensions.length === 0 && types.length === 0) return [];
  const rows = [
    ...extensions.map((e) => [`extension ${e.name}`, e.schema ?? '(search_path)', `types ${e.types.join(', ')}`]),
    ...types.map((t) => {
      const target = `${quotePostgres(t.targetSchema)}.${quotePostgres(t.name)}`;
      const source = `${t.kind} ${quotePostgres(t.schema)}.${quotePostgres(t.name)}`;
      if (t.kind === 'enum') return [source, target, t.labels.map(sqlString).join(', ')];
      if (t.kind === 'composite') return [source, target, t.attributes.map((a) => `${quotePostgres(a.name)} ${a.type}`).join(', ')];
      const extra = [t.notNull ? 'NOT NULL' : '', t.default === null ? '' : `DEFAULT ${t.default}`, ...t.checks.map((c) => c.definition)].filter(Boolean);
      return [source, target, [t.baseType, ...extra].join(' ')];
    }),
  ];
  return ['## Extensions and user types', '',
    '`ddl/pre-load.sql` creates these before the tables (in this order; a type that already exists is kept as it is); columns keep them as their type, arrays included.', '',
    ...table(['Source', 'Target', 'Definition'], rows)];
}

/** Rows shown per kind of decision before the rest is counted: an ERP has 100,000s of NUMBER columns. */
export const DECISIONS_SHOWN_PER_KIND = 20;

/** `[rule-id] …` messages group by rule; other decisions by their text. */
const kindOf = (d: PlanDecision): string => `${d.severity}\u0000${/^\[([a-z0-9-]+)\]/.exec(d.message)?.[1] ?? d.message}`;

function capPerKind(decisions: readonly PlanDecision[]): (PlanDecision | { readonly severity: string; readonly more: number; readonly kind: string })[] {
  const counts = new Map<string, number>();
  const out: (PlanDecision | { readonly severity: string; readonly more: number; readonly kind: string })[] = [];
  for (const d of decisions) {
    const kind = kindOf(d);
    const seen = (counts.get(kind) ?? 0) + 1;
    counts.set(kind, seen);
    if (seen <= DECISIONS_SHOWN_PER_KIND) out.push(d);
  }
  for (const [kind, total] of counts) {
    if (total > DECISIONS_SHOWN_PER_KIND) out.push({ severity: kind.split('\u0000')[0] ?? '', more: total - DECISIONS_SHOWN_PER_KIND, kind: kind.split('\u0000')[1] ?? '' });
  }
  return out;
}

function decisionRow(d: PlanDecision | { readonly severity: string; readonly more: number; readonly kind: string }, withSeverity: boolean): string[] {
  const cells = 'more' in d
    ? [`… and ${d.more} more`, `${/^[a-z0-9-]+$/.test(d.kind) ? `[${d.kind}]` : d.kind} — the same decision for ${d.more} more objects (every one is in plan.json)`]
    : [d.object, d.message];
  return withSeverity ? [d.severity, ...cells] : cells;
}

function decisionsSection(decisions: readonly PlanDecision[]): string[] {
  const review = capPerKind(decisions.filter((d) => d.severity !== 'info'));
  const notes = capPerKind(decisions.filter((d) => d.severity === 'info'));
  return [
    '## Blockers and decisions to review', '', ...table(['Severity', 'Object', 'Decision'], review.map((d) => decisionRow(d, true))),
    '## Notes', '', ...table(['Object', 'Note'], notes.map((d) => decisionRow(d, false))),
  ];
}

function cyclesSection(plan: Plan): string[] {
  return ['## Foreign-key cycles and deferred constraints', '',
    'All foreign keys are created by `ddl/post-load.sql` after the full load; the constraints below break load-order cycles.', '',
    ...table(['Constraint', 'Cycle'], plan.deferredConstraints.map((d) => [`${d.schema}.${d.table}.${d.constraint}`, [...d.cycle, d.cycle[0] ?? ''].join(' → ')]))];
}

export function renderPlanSummary(plan: Plan): string {
  const lines = [...header(plan), ...wavesSection(plan), ...tablesSection(plan), ...changesSection(plan), ...labelColumnsSection(plan, table), ...specialIndexesSection(plan, table), ...addedSection(plan), ...userTypesSection(plan), ...sequencesSection(plan), ...decisionsSection(plan.decisions), ...cyclesSection(plan)];
  while (lines[lines.length - 1] === '') lines.pop();
  return `${lines.join('\n')}\n`;
}
