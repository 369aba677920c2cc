/**
 * The heart of `plan`, pure: inventory + mapping decisions → Plan (waves → tasks → tables) plus the
 * problems that stop the plan from being written. Same input, same plan, byte for byte.
 */
import { EMPTY_MAPPING, type MappingConfig } from '../config/mapping-file.js';
import { makeTableIndex, selectorMatches } from '../config/mapping-file-checks.js';
import type { Finding, Inventory, InventoryTable } from '../model/inventory.js';
import { PLAN_FORMAT, type Plan, type PlanDecision, type PlannedTable, type PlannedTask, type PlannedWave, type TargetName } from '../model/plan.js';
import { defaultIdentifierCase, foldIdentifier, type IdentifierCase } from '../util/identifier-case.js';
import { sumKnown } from '../util/known-sum.js';
import { compareStrings } from '../util/stable-json.js';
import { alignForeignKeyTypes } from './align-fk-types.js';
import { translateDefault } from './ddl/defaults.js';
import { makeTaskId } from './identifiers.js';
import { makeTaskLobSettings } from './lob-settings.js';
import { planSequences, sequenceSchemas } from './plan-sequences.js';
import { planUserTypes } from './plan-user-types.js';
import { checkTablesHaveColumns, checkTargetTypes } from './check-target-types.js';
import { keyOf, packWave, type PackOptions, type TaskDraft } from './pack-tasks.js';
import { makePlannedTable, type TableContext } from './plan-table.js';
import { makeUniqueRelationNames } from './relation-names.js';
import { applyTargetSchema } from './target-schema.js';
import type { TargetTypeRules } from './target-types.js';
import { DEFAULT_MAX_WAVES, makeWaveAssignment, type WaveMode } from './waves.js';

export const DEFAULT_SIZING = {
  largeTableBytes: 10 * 1024 ** 3,
  largeTableRows: 50_000_000,
  referenceRows: 10_000,
  maxTaskBytes: 50 * 1024 ** 3,
  maxTablesPerTask: 100,
  segmentBytes: 2 * 1024 ** 3,
  /** Consecutive dependency levels share a wave up to this many estimated bytes (0 = a wave per level). */
  waveBytes: 100 * 1024 ** 3,
} as const;

/** DMS processes table-mapping documents up to 2 MB; we split tasks at 90 % of that. */
export const TABLE_MAPPINGS_LIMIT_BYTES = 2 * 1024 * 1024;
export const TABLE_MAPPINGS_SAFE_BYTES = Math.floor(TABLE_MAPPINGS_LIMIT_BYTES * 0.9);

export interface MakePlanOptions {
  readonly target: TargetName;
  readonly waves: WaveMode;
  /** As the user named them; recorded in plan.json. */
  readonly mappingFiles?: readonly string[];
  readonly largeTableBytes?: number;
  readonly largeTableRows?: number;
  readonly referenceRows?: number;
  readonly maxTaskBytes?: number;
  readonly maxTablesPerTask?: number;
  /** Dependency levels are merged into at most this many waves (default 8). */
  readonly maxWaves?: number;
  /** Consecutive dependency levels share a wave up to this many bytes (default 100 GiB; 0 = one wave per level). */
  readonly waveBytes?: number;
  readonly segmentBytes?: number;
  /** `--target-schema`: the one source schema of the plan goes to this schema (see target-schema.ts). */
  readonly targetSchema?: string;
  readonly typeRules?: TargetTypeRules;
  /** Serialized size of a task's table-mappings JSON (the DMS renderer's); enables the 2 MB split. */
  readonly measureTableMappings?: (task: PlannedTask, plan: Plan) => number;
}

export interface MakePlanResult {
  readonly plan: Plan;
  /** Each names `schema.table[.column]` and what is wrong; non-empty = the plan must not be written. */
  readonly problems: readonly string[];
}

const SEVERITY_ORDER = { blocker: 0, warning: 1, info: 2 } as const;

/** Decisions in plan order: blockers, warnings, notes; then by object and message. */
export function sortDecisions(decisions: readonly PlanDecision[]): PlanDecision[] {
  return [...decisions].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || compareStrings(a.object, b.object) || compareStrings(a.message, b.message));
}

function selectTables(inventory: Inventory, mapping: MappingConfig): { schema: string; table: InventoryTable }[] {
  const index = makeTableIndex(inventory);
  return [...index.tables].filter(([key, { table }]) =>
    (mapping.include.length === 0 || mapping.include.some((s) => selectorMatches(s, key, table)))
    && !mapping.exclude.some((s) => selectorMatches(s, key, table)))
    .sort(([a], [b]) => compareStrings(a, b))
    .map(([, entry]) => entry);
}

function makeTargetNames(selected: readonly { schema: string; table: InventoryTable }[], mapping: MappingConfig, policy: IdentifierCase, problems: string[]) {
  const names = new Map<string, { schema: string; table: string }>();
  const owners = new Map<string, string>();
  for (const { schema, table } of selected) {
    const key = `${schema}.${table.name}`;
    const target = { schema: mapping.schemaRenames[schema] ?? foldIdentifier(schema, policy), table: mapping.tableRenames[key] ?? foldIdentifier(table.name, policy) };
    const full = `${target.schema}.${target.table}`;
    for (const name of [target.schema, target.table]) {
      if (Buffer.byteLength(name, 'utf8') > 63) problems.push(`${key}: target name ${name} is longer than 63 bytes (PostgreSQL/MySQL limit); rename it in the mapping file`);
    }
    const other = owners.get(full);
    if (other !== undefined) problems.push(`${key}: target table ${full} collides with ${other} after case folding (${policy}); rename one in the mapping file`);
    owners.set(full, key);
    names.set(key, target);
  }
  return names;
}

/** Target schema of a source schema: where its planned tables go, else its rename or folded name. */
function makeSchemaOf(selected: readonly { schema: string; table: InventoryTable }[], targetNames: ReadonlyMap<string, { schema: string; table: string }>, mapping: MappingConfig, policy: IdentifierCase): (schema: string) => string {
  const bySchema = new Map<string, string>();
  for (const { schema, table } of selected) {
    const target = targetNames.get(`${schema}.${table.name}`);
    if (target !== undefined && !bySchema.has(schema)) bySchema.set(schema, target.schema);
  }
  return (schema) => bySchema.get(schema) ?? mapping.schemaRenames[schema] ?? foldIdentifier(schema, policy);
}

function makeTask(wave: number, draft: TaskDraft): PlannedTask {
  const id = makeTaskId(wave, draft.kind, draft.tables.map(keyOf));
  const bytes = sumKnown(draft.tables.map((t) => t.bytes));
  const rows = sumKnown(draft.tables.map((t) => t.rows));
  return {
    id, wave, kind: draft.kind, tables: draft.tables,
    estimatedBytes: bytes.sum,
    estimatedRows: rows.sum,
    ...(bytes.unknown > 0 ? { tablesWithUnknownBytes: bytes.unknown } : {}),
    ...(rows.unknown > 0 ? { tablesWithUnknownRows: rows.unknown } : {}),
    lob: makeTaskLobSettings(draft.tables),
    tableMappingsFile: `dms/${id}.table-mappings.json`,
    taskSettingsFile: `dms/${id}.task-settings.json`,
  };
}

/** Halves a task until its table-mappings JSON fits; a single table that cannot fit is a problem. */
function splitOversized(plan: Plan, measure: (task: PlannedTask, plan: Plan) => number, problems: string[]): Plan {
  const fit = (task: PlannedTask): PlannedTask[] => {
    if (measure(task, plan) <= TABLE_MAPPINGS_SAFE_BYTES) return [task];
    if (task.tables.length === 1) {
      problems.push(`${keyOf(task.tables[0]!)}: its DMS table mappings alone exceed ${TABLE_MAPPINGS_SAFE_BYTES} bytes`);
      return [task];
    }
    const half = Math.ceil(task.tables.length / 2);
    return [...fit(makeTask(task.wave, { kind: task.kind, tables: task.tables.slice(0, half) })), ...fit(makeTask(task.wave, { kind: task.kind, tables: task.tables.slice(half) }))];
  };
  return { ...plan, waves: plan.waves.map((w) => ({ ...w, tasks: w.tasks.flatMap(fit) })) };
}

/** Objects the mapping file already decided: a finding on them is kept as a note, not a blocker. */
function decidedObjects(mapping: MappingConfig): Set<string> {
  return new Set([
    ...Object.keys(mapping.unsupported),
    ...Object.keys(mapping.primaryKeys),
    ...mapping.typeOverrides.filter((o) => o.table !== undefined && o.column !== undefined).map((o) => `${o.table}.${o.column}`),
  ]);
}

function findingDecisions(findings: readonly Finding[], planned: ReadonlySet<string>, schemas: ReadonlySet<string>, decided: ReadonlySet<string>): PlanDecision[] {
  return findings
    .filter((f) => f.severity !== 'info')
    .filter((f) => { const [s, t] = f.object.split('.'); return t === undefined ? s === 'database' || schemas.has(s ?? '') : planned.has(`${s}.${t}`); })
    .map((f) => decided.has(f.object)
      ? { object: f.object, severity: 'info' as const, message: `[${f.rule}] ${f.message} (decided in the mapping file)` }
      : { object: f.object, severity: f.severity, message: `[${f.rule}] ${f.message}${f.hint ? ` (hint: ${f.hint})` : ''}` });
}

export function makePlan(inventory: Inventory, digest: string, mappingFiles: MappingConfig = EMPTY_MAPPING, options: MakePlanOptions): MakePlanResult {
  const problems: string[] = [];
  const selected = selectTables(inventory, mappingFiles);
  const mapping = options.targetSchema === undefined ? mappingFiles
    : applyTargetSchema(mappingFiles, [...selected.map((s) => s.schema), ...sequenceSchemas(inventory)], options.targetSchema);
  const policy = mapping.identifierCase ?? defaultIdentifierCase(options.target);
  const sizing = {
    largeTableBytes: mapping.sizing.largeTableBytes ?? options.largeTableBytes ?? DEFAULT_SIZING.largeTableBytes,
    largeTableRows: options.largeTableRows ?? DEFAULT_SIZING.largeTableRows,
    referenceRows: options.referenceRows ?? DEFAULT_SIZING.referenceRows,
    maxTaskBytes: mapping.sizing.maxTaskBytes ?? options.maxTaskBytes ?? DEFAULT_SIZING.maxTaskBytes,
    maxTablesPerTask: mapping.sizing.maxTablesPerTask ?? options.maxTablesPerTask ?? DEFAULT_SIZING.maxTablesPerTask,
    segmentBytes: options.segmentBytes ?? DEFAULT_SIZING.segmentBytes,
  };
  if (selected.length === 0) problems.push('(plan): no table selected; check tables.include / tables.exclude in the mapping file');
  const targetNames = makeTargetNames(selected, mapping, policy, problems);
  const ctx: TableContext = {
    sourceDialect: inventory.source.dialect, target: options.target, policy, mapping, targetNames,
    largeTableBytes: sizing.largeTableBytes, largeTableRows: sizing.largeTableRows, segmentBytes: sizing.segmentBytes,
    sourceTables: new Map(selected.map(({ schema, table }) => [`${schema}.${table.name}`, table])),
    ...(options.typeRules ? { typeRules: options.typeRules } : {}),
  };
  const made = selected.map(({ schema, table }) => makePlannedTable(ctx, schema, table));
  const unique = makeUniqueRelationNames(made.map((r) => r.table), options.target);
  const decided = decidedObjects(mapping);
  const types = planUserTypes(inventory, options.target, unique.tables, makeSchemaOf(selected, targetNames, mapping, policy));
  // Keys are aligned last, once every column (user types included) has its final target type.
  const aligned = alignForeignKeyTypes(types.tables, {
    explicit: (t, c) => decided.has(`${t.sourceSchema}.${t.sourceTable}.${c.source}`),
    retranslateDefault: (t, c, targetType) => {
      const source = ctx.sourceTables.get(`${t.sourceSchema}.${t.sourceTable}`)?.columns.find((col) => col.name === c.source);
      const translated = translateDefault(source?.default ?? null, { sourceDialect: ctx.sourceDialect, target: ctx.target, targetType });
      return { default: translated.expression, droppedDefault: translated.dropped };
    },
  });
  const results = made.map((r, i) => ({ ...r, table: aligned.tables[i]! }));
  const decisions: PlanDecision[] = [...results.flatMap((r) => r.decisions), ...types.decisions, ...aligned.decisions];
  for (const line of unique.renamed) decisions.push({ object: line.split(':')[0]!, severity: 'info', message: `name taken in the target schema, renamed: ${line.slice(line.indexOf(':') + 2)}` });
  problems.push(...results.flatMap((r) => r.problems));
  const assignment = makeWaveAssignment(results.map((r) => ({
    key: keyOf(r.table), targetSchema: r.table.targetSchema, targetTable: r.table.targetTable, module: r.table.module, foreignKeys: r.waveForeignKeys, bytes: r.table.bytes,
  })), options.waves, mapping.waves, mapping.sizing.maxWaves ?? options.maxWaves ?? DEFAULT_MAX_WAVES, mapping.sizing.waveBytes ?? options.waveBytes ?? DEFAULT_SIZING.waveBytes);
  for (const d of assignment.deferred) decisions.push({ object: `${d.schema}.${d.table}.${d.constraint}`, severity: 'info', message: `foreign-key cycle ${[...d.cycle, d.cycle[0]].join(' → ')}: constraint deferred to post-load; load rows with it unset or in either order` });
  for (const w of assignment.warnings) decisions.push({ object: w.split(':')[0]!, severity: 'warning', message: w.slice(w.indexOf(':') + 2) });
  const pack: PackOptions = sizing;
  const waveNumbers = [...new Set(assignment.waveOf.values())].sort((a, b) => a - b);
  const tablesOfWave = new Map<number, PlannedTable[]>();
  for (const r of results) {
    const n = assignment.waveOf.get(keyOf(r.table))!;
    const list = tablesOfWave.get(n);
    if (list === undefined) tablesOfWave.set(n, [r.table]);
    else list.push(r.table);
  }
  const waves: PlannedWave[] = waveNumbers.map((n) => ({
    number: n,
    tasks: packWave(tablesOfWave.get(n) ?? [], assignment.levelOf, pack).map((d) => makeTask(n, d)),
  }));
  const planned = new Set(results.map((r) => keyOf(r.table)));
  for (const key of Object.keys(mapping.addColumns).sort(compareStrings)) {
    if (!planned.has(key)) decisions.push({ object: key, severity: 'warning', message: 'addColumns for a table the plan does not select: no column is added' });
  }
  decisions.push(...findingDecisions(inventory.findings, planned, new Set(inventory.schemas.map((s) => s.name)), decided));
  const seq = planSequences(inventory, { target: options.target, policy, mapping, tableNames: new Set(results.map((r) => `${r.table.targetSchema}\u0000${r.table.targetTable}`)) });
  decisions.push(...seq.decisions);
  problems.push(...seq.problems);
  let plan: Plan = {
    format: PLAN_FORMAT,
    inventoryDigest: digest,
    source: { dialect: inventory.source.dialect, version: inventory.source.version },
    target: options.target,
    options: {
      waves: options.waves, identifierCase: policy, largeTableBytes: sizing.largeTableBytes, maxTaskBytes: sizing.maxTaskBytes, mappingFiles: [...(options.mappingFiles ?? mapping.files)],
      ...(options.targetSchema === undefined ? {} : { targetSchema: options.targetSchema }),
    },
    waves,
    deferredConstraints: assignment.deferred,
    ...(seq.sequences.length > 0 ? { sequences: seq.sequences } : {}),
    ...(types.extensions.length > 0 ? { extensions: types.extensions } : {}),
    ...(types.userTypes.length > 0 ? { userTypes: types.userTypes } : {}),
    decisions: sortDecisions(decisions),
  };
  problems.push(...checkTargetTypes(plan), ...checkTablesHaveColumns(plan));
  if (options.measureTableMappings) plan = splitOversized(plan, options.measureTableMappings, problems);
  return { plan, problems: [...new Set(problems)].sort(compareStrings) };
}
