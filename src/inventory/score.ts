/**
 * Migration complexity and effort, per ERP module and overall. PURE.
 *
 * Modelled on ora2pg's migration assessment: a cost in units (1 unit = 5 minutes of an experienced
 * PostgreSQL developer), a migration level A/B/C and a technical difficulty 1–5.
 *
 *   units = 1·tables + 2·lossyColumns + 8·unsupportedColumns + 3·lobTables + 5·fkCycles
 *         + 2·views + 3·codeObjects + ⌈codeLines / 10⌉ + 10·blockers + 1·warnings
 *   hours = units × 5 / 60          person-days = hours / 8
 *
 *   lossyColumns       columns with a warning from a type rule (lossy-type, number-without-precision, …)
 *   unsupportedColumns columns whose canonical type is unsupported(…), except PostgreSQL types carried as is
 *   lobTables          tables with at least one text/blob/json/xml column
 *   codeObjects        routines (procedures, functions, packages, types…) and triggers; codeLines their lines
 *   blockers/warnings  findings of that severity (per module: the ones on its tables)
 *
 *   level A: no code objects, no blockers, no unsupported columns (data moves as is)
 *         B: manual work of at most 5 person-days;  C: more than 5 person-days
 *   difficulty (the highest that applies): 1 tables only · 2 views, LOBs, lossy types or FK cycles ·
 *         3 code objects · 4 blockers or > 1 000 code lines · 5 unsupported columns or > 10 000 code lines
 *
 *   full-load seconds = bytes / (throughputMBps × 1 048 576 × parallelTasks)
 *
 * Per module, views and routines (schema objects, not tied to a table) are left out; triggers count with
 * their table's module. The overall score counts everything, including database-level findings.
 */
import { parseCanonicalType, isLobType } from '../model/canonical-type.js';
import type { Finding, Inventory, InventoryTable } from '../model/inventory.js';
import { compareStrings } from '../util/stable-json.js';
import { tableKey } from './classify.js';

export const COST_WEIGHTS = {
  table: 1, lossyColumn: 2, unsupportedColumn: 8, lobTable: 3, fkCycle: 5, view: 2, codeObject: 3, codeLinesPerUnit: 10, blocker: 10, warning: 1,
} as const;
export const MINUTES_PER_UNIT = 5;
export const HOURS_PER_DAY = 8;
export const LEVEL_B_MAX_DAYS = 5;

export const SCORE_FORMULA =
  'units = 1·tables + 2·lossyColumns + 8·unsupportedColumns + 3·lobTables + 5·fkCycles + 2·views + 3·codeObjects + ⌈codeLines/10⌉ ' +
  '+ 10·blockers + 1·warnings; 1 unit = 5 minutes; person-days = units × 5 / 60 / 8; level A = no code, blockers or unsupported ' +
  'columns, B ≤ 5 person-days, C > 5; difficulty 1 tables only, 2 views/LOBs/lossy types/FK cycles, 3 code objects, ' +
  '4 blockers or > 1 000 code lines, 5 unsupported columns or > 10 000 code lines; full load = bytes / (MB/s × 2^20 × parallel tasks)';

/** Type rules whose warnings count as a lossy column. */
const TYPE_RULES = new Set(['lossy-type', 'number-without-precision', 'oracle-date-time', 'fractional-seconds-truncated', 'mysql-zero-date', 'unsigned-bigint']);

export interface ScoreOptions {
  /** Full-load throughput of one DMS task, MB/s (2^20 bytes). */
  readonly throughputMBps: number;
  readonly parallelTasks: number;
}

export const DEFAULT_SCORE_OPTIONS: ScoreOptions = { throughputMBps: 50, parallelTasks: 1 };

export interface ComplexityCounts {
  readonly tables: number;
  readonly lossyColumns: number;
  readonly unsupportedColumns: number;
  readonly lobTables: number;
  readonly fkCycles: number;
  readonly views: number;
  readonly codeObjects: number;
  readonly codeLines: number;
  readonly blockers: number;
  readonly warnings: number;
  readonly bytes: number;
}

export interface ComplexityScore {
  readonly counts: ComplexityCounts;
  readonly units: number;
  readonly hours: number;
  readonly personDays: number;
  readonly level: 'A' | 'B' | 'C';
  readonly difficulty: 1 | 2 | 3 | 4 | 5;
  readonly fullLoadSeconds: number;
}

export interface MigrationScore {
  readonly options: ScoreOptions;
  readonly overall: ComplexityScore;
  /** Keyed by module id, sorted. */
  readonly modules: Readonly<Record<string, ComplexityScore>>;
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

export function scoreCounts(counts: ComplexityCounts, options: ScoreOptions = DEFAULT_SCORE_OPTIONS): ComplexityScore {
  const w = COST_WEIGHTS;
  const units = w.table * counts.tables + w.lossyColumn * counts.lossyColumns + w.unsupportedColumn * counts.unsupportedColumns
    + w.lobTable * counts.lobTables + w.fkCycle * counts.fkCycles + w.view * counts.views + w.codeObject * counts.codeObjects
    + Math.ceil(counts.codeLines / w.codeLinesPerUnit) + w.blocker * counts.blockers + w.warning * counts.warnings;
  const hours = (units * MINUTES_PER_UNIT) / 60;
  const personDays = hours / HOURS_PER_DAY;
  const automatic = counts.codeObjects === 0 && counts.blockers === 0 && counts.unsupportedColumns === 0;
  const level = automatic ? 'A' : personDays <= LEVEL_B_MAX_DAYS ? 'B' : 'C';
  let difficulty: ComplexityScore['difficulty'] = 1;
  if (counts.views > 0 || counts.lobTables > 0 || counts.lossyColumns > 0 || counts.fkCycles > 0) difficulty = 2;
  if (counts.codeObjects > 0) difficulty = 3;
  if (counts.blockers > 0 || counts.codeLines > 1000) difficulty = 4;
  if (counts.unsupportedColumns > 0 || counts.codeLines > 10000) difficulty = 5;
  const rate = options.throughputMBps * 1024 * 1024 * options.parallelTasks;
  return { counts, units, hours: round2(hours), personDays: round2(personDays), level, difficulty, fullLoadSeconds: Math.ceil(counts.bytes / rate) };
}

interface Tally {
  tables: number; lossyColumns: number; unsupportedColumns: number; lobTables: number; fkCycles: number;
  views: number; codeObjects: number; codeLines: number; blockers: number; warnings: number; bytes: number;
}

const emptyTally = (): Tally => ({
  tables: 0, lossyColumns: 0, unsupportedColumns: 0, lobTables: 0, fkCycles: 0, views: 0, codeObjects: 0, codeLines: 0, blockers: 0, warnings: 0, bytes: 0,
});

/** A PostgreSQL array / user type carried as is (postgres-specific-type) is not unsupported for the PostgreSQL target the score assumes. */
function addTable(t: Tally, table: InventoryTable, schema: string, carried: ReadonlySet<string>): void {
  t.tables += 1;
  t.bytes += table.bytes ?? 0;
  t.unsupportedColumns += table.columns.filter((c) => c.canonicalType.startsWith('unsupported(') && !carried.has(`${schema}.${table.name}.${c.name}`)).length;
  if (table.columns.some((c) => { const type = parseCanonicalType(c.canonicalType); return type !== null && isLobType(type); })) t.lobTables += 1;
}

function addFinding(t: Tally, f: Finding, lossyColumnsSeen: Set<string>): void {
  if (f.severity === 'blocker') t.blockers += 1;
  if (f.severity === 'warning') t.warnings += 1;
  if (f.rule === 'fk-cycle') t.fkCycles += 1;
  if (f.severity === 'warning' && TYPE_RULES.has(f.rule) && !lossyColumnsSeen.has(f.object)) {
    lossyColumnsSeen.add(f.object);
    t.lossyColumns += 1;
  }
}

function tableOf(object: string, modules: ReadonlyMap<string, string>): string | null {
  if (modules.has(object)) return object;
  const dot = object.lastIndexOf('.');
  return dot > 0 && modules.has(object.slice(0, dot)) ? object.slice(0, dot) : null;
}

export function scoreInventory(inventory: Inventory, options: ScoreOptions = DEFAULT_SCORE_OPTIONS): MigrationScore {
  const overall = emptyTally();
  const perModule = new Map<string, Tally>();
  const moduleOfTable = new Map<string, string>();
  const tally = (module: string): Tally => perModule.get(module) ?? perModule.set(module, emptyTally()).get(module)!;
  const carried = new Set(inventory.findings.filter((f) => f.rule === 'postgres-specific-type').map((f) => f.object));
  for (const schema of inventory.schemas) {
    for (const table of schema.tables) {
      moduleOfTable.set(tableKey(schema.name, table.name), table.module);
      addTable(overall, table, schema.name, carried);
      addTable(tally(table.module), table, schema.name, carried);
    }
    overall.views += schema.views.length;
    const code = [...schema.routines, ...schema.triggers];
    overall.codeObjects += code.length;
    overall.codeLines += code.reduce((sum, c) => sum + (c.lines ?? 0), 0);
    for (const trigger of schema.triggers) {
      const module = trigger.table === null ? undefined : moduleOfTable.get(tableKey(schema.name, trigger.table));
      if (module === undefined) continue;
      tally(module).codeObjects += 1;
      tally(module).codeLines += trigger.lines ?? 0;
    }
  }
  const seenOverall = new Set<string>();
  const seenModule = new Set<string>();
  for (const f of inventory.findings) {
    addFinding(overall, f, seenOverall);
    const owner = tableOf(f.object, moduleOfTable);
    if (owner !== null) addFinding(tally(moduleOfTable.get(owner)!), f, seenModule);
  }
  const modules: Record<string, ComplexityScore> = {};
  for (const key of [...perModule.keys()].sort(compareStrings)) modules[key] = scoreCounts(perModule.get(key)!, options);
  return { options, overall: scoreCounts(overall, options), modules };
}
