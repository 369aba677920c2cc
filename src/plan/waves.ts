/**
 * Load order: the foreign-key graph (child → parent) gives dependency levels, parents first.
 * Cycles (strongly connected components) are broken by deferring named FK constraints, chosen
 * deterministically: an FK whose removal makes the cycle acyclic, nullable columns first, then by
 * name. All FKs are created post-load anyway (DMS loads tables in parallel, in no order), so waves
 * matter for readers and data-dependent validation; the cycles are still listed for review.
 */
import type { DeferredConstraint } from '../model/plan.js';
import { findPath, findStronglyConnected, makeAdjacency, makeDependencyLevels, type Adjacency } from '../util/graph.js';
import { compareStrings } from '../util/stable-json.js';

export interface WaveForeignKey {
  /** Target constraint name. */
  readonly constraint: string;
  /** Key (`SCHEMA.TABLE`, source names) of the referenced table. */
  readonly parent: string;
  /** True when every FK column is nullable, so rows can load with it unset. */
  readonly nullable: boolean;
}

export interface WaveTable {
  /** `SCHEMA.TABLE`, source names: the graph node id. */
  readonly key: string;
  /** Target names, used in DeferredConstraint and cycles. */
  readonly targetSchema: string;
  readonly targetTable: string;
  readonly module: string;
  readonly foreignKeys: readonly WaveForeignKey[];
  /** Estimated bytes (null = unknown, counted as 0) for merging small dependency levels. */
  readonly bytes?: number | null;
}

export type WaveMode = 'by-dependency' | 'by-module';

export interface WaveAssignment {
  /** 1-based wave number per table key; numbers are consecutive. */
  readonly waveOf: ReadonlyMap<string, number>;
  /** Dependency level per key (0 = no parent in the plan): the order of tables inside a wave. */
  readonly levelOf: ReadonlyMap<string, number>;
  readonly deferred: readonly DeferredConstraint[];
  /** Each FK cycle found, as target `schema.table` names, sorted. */
  readonly cycles: readonly (readonly string[])[];
  /** Wave overrides that load a child before its parent. */
  readonly warnings: readonly string[];
}

/** Fixed module order for `--waves by-module`: shared reference data first, then the ledgers. */
export const MODULE_ORDER: readonly string[] = ['system', 'finance', 'hr', 'supply-chain', 'manufacturing', 'sales', 'projects'];

interface Edge { readonly child: string; readonly fk: WaveForeignKey; readonly name: string }

function isAcyclicWithin(members: readonly string[], edges: readonly Edge[]): boolean {
  const inside = new Set(members);
  const graph = makeAdjacency(members, edges.filter((e) => inside.has(e.child) && inside.has(e.fk.parent)).map((e) => [e.child, e.fk.parent] as const));
  return findStronglyConnected(graph).every((c) => c.length === 1);
}

function chooseEdgeToDefer(members: readonly string[], live: readonly Edge[]): Edge {
  const inside = new Set(members);
  const candidates = live
    .filter((e) => inside.has(e.child) && inside.has(e.fk.parent))
    .sort((a, b) => Number(b.fk.nullable) - Number(a.fk.nullable) || compareStrings(a.name, b.name));
  if (candidates.length <= 200) {
    const breaking = candidates.find((c) => isAcyclicWithin(members, live.filter((e) => e !== c)));
    if (breaking) return breaking;
  }
  return candidates[0]!;
}

function graphOf(keys: readonly string[], edges: readonly Edge[]): Adjacency {
  return makeAdjacency(keys, edges.map((e) => [e.child, e.fk.parent] as const));
}

/** Breaks every FK cycle; returns the remaining edges, the deferred constraints and the cycles. */
export function breakCycles(tables: readonly WaveTable[]): { live: Edge[]; deferred: DeferredConstraint[]; cycles: string[][] } {
  const byKey = new Map(tables.map((t) => [t.key, t]));
  const label = (key: string): string => { const t = byKey.get(key)!; return `${t.targetSchema}.${t.targetTable}`; };
  const keys = tables.map((t) => t.key);
  let live: Edge[] = tables.flatMap((t) => t.foreignKeys
    .filter((fk) => fk.parent !== t.key && byKey.has(fk.parent))
    .map((fk) => ({ child: t.key, fk, name: `${label(t.key)}.${fk.constraint}` })));
  const cycles = findStronglyConnected(graphOf(keys, live)).filter((c) => c.length > 1).map((c) => c.map(label).sort(compareStrings));
  const deferred: DeferredConstraint[] = [];
  for (;;) {
    const components = findStronglyConnected(graphOf(keys, live)).filter((c) => c.length > 1);
    if (components.length === 0) break;
    for (const members of components) {
      const edge = chooseEdgeToDefer(members, live);
      const path = findPath(graphOf(keys, live), edge.fk.parent, edge.child) ?? [edge.fk.parent];
      const child = byKey.get(edge.child)!;
      deferred.push({ schema: child.targetSchema, table: child.targetTable, constraint: edge.fk.constraint, cycle: [edge.child, ...path.slice(0, -1)].map(label) });
      live = live.filter((e) => e !== edge);
    }
  }
  deferred.sort((a, b) => compareStrings(`${a.schema}.${a.table}.${a.constraint}`, `${b.schema}.${b.table}.${b.constraint}`));
  return { live, deferred, cycles: cycles.sort((a, b) => compareStrings(a.join(','), b.join(','))) };
}

function moduleRank(module: string): [number, string] {
  const fixed = MODULE_ORDER.indexOf(module);
  if (fixed >= 0) return [fixed, module];
  return [module === 'unclassified' ? MODULE_ORDER.length + 1 : MODULE_ORDER.length, module];
}

function compact(raw: ReadonlyMap<string, number>): Map<string, number> {
  const numbers = [...new Set(raw.values())].sort((a, b) => a - b);
  const renumber = new Map(numbers.map((n, i) => [n, i + 1]));
  return new Map([...raw].map(([k, n]) => [k, renumber.get(n)!]));
}

function moduleWaves(tables: readonly WaveTable[]): Map<string, number> {
  const modules = [...new Set(tables.map((t) => t.module))].sort((a, b) => {
    const [ra, na] = moduleRank(a);
    const [rb, nb] = moduleRank(b);
    return ra - rb || compareStrings(na, nb);
  });
  return new Map(tables.map((t) => [t.key, modules.indexOf(t.module) + 1]));
}

/**
 * Dependency levels become waves in two steps. First, consecutive levels share a wave while the
 * wave's estimated bytes stay within `waveBytes`: every FK is created after the load, so a small
 * schema needs no staging and loads in one wave (tables listed parents first; DMS load-order starts the
 * largest first, since no FK exists during the load);
 * a large one is staged. Then deep FK chains (an ERP can have dozens of levels) are merged into at
 * most `maxWaves` consecutive bands. A table is never in an earlier wave than its parent.
 */
export const DEFAULT_MAX_WAVES = 8;

function bandOf(level: number, levels: number, maxWaves: number): number {
  return levels <= maxWaves ? level + 1 : Math.floor((level * maxWaves) / levels) + 1;
}

function mergeSmallLevels(tables: readonly WaveTable[], levelOf: ReadonlyMap<string, number>, levels: number, waveBytes: number): number[] {
  const bytes = new Array<number>(levels).fill(0);
  for (const t of tables) bytes[levelOf.get(t.key) ?? 0]! += Math.max(0, t.bytes ?? 0);
  const groupOfLevel: number[] = [];
  let group = 0;
  let total = 0;
  for (let level = 0; level < levels; level += 1) {
    const size = bytes[level] ?? 0;
    if (level > 0 && !(waveBytes > 0 && total + size <= waveBytes)) {
      group += 1;
      total = 0;
    }
    total += size;
    groupOfLevel.push(group);
  }
  return groupOfLevel;
}

export function makeWaveAssignment(
  tables: readonly WaveTable[],
  mode: WaveMode,
  overrides: Readonly<Record<string, number>> = {},
  maxWaves: number = DEFAULT_MAX_WAVES,
  /** 0 keeps one wave per dependency level. */
  waveBytes = 0,
): WaveAssignment {
  const { live, deferred, cycles } = breakCycles(tables);
  const levelOf = makeDependencyLevels(graphOf(tables.map((t) => t.key), live));
  let levels = 0;
  for (const level of levelOf.values()) levels = Math.max(levels, level + 1);
  const groupOfLevel = mergeSmallLevels(tables, levelOf, levels, waveBytes);
  const groups = (groupOfLevel[groupOfLevel.length - 1] ?? 0) + 1;
  const raw = mode === 'by-module'
    ? moduleWaves(tables)
    : new Map(tables.map((t) => [t.key, bandOf(groupOfLevel[levelOf.get(t.key) ?? 0] ?? 0, groups, maxWaves)]));
  for (const [key, wave] of Object.entries(overrides)) if (raw.has(key)) raw.set(key, wave);
  const waveOf = compact(raw);
  const warnings = live
    .filter((e) => waveOf.get(e.child)! < waveOf.get(e.fk.parent)!)
    .map((e) => `${e.name}: wave override loads ${e.child} (wave ${waveOf.get(e.child)}) before its parent ${e.fk.parent} (wave ${waveOf.get(e.fk.parent)})`)
    .sort(compareStrings);
  return { waveOf, levelOf, deferred, cycles, warnings };
}
