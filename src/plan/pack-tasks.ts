/**
 * Groups one wave's tables into DMS tasks: each large table alone (it gets parallel-load ranges),
 * LOB tables together (the task carries LOB settings that fit them all), small reference tables in
 * one reference task, the rest bin-packed by estimated bytes (largest first into the lightest task,
 * ties by name). Deterministic for a given input.
 */
import type { PlannedTable } from '../model/plan.js';
import type { TaskKind } from './identifiers.js';
import { compareStrings } from '../util/stable-json.js';

export interface PackOptions {
  readonly largeTableBytes: number;
  readonly largeTableRows: number;
  /** Tables below this many rows (and without LOBs) are reference tables. */
  readonly referenceRows: number;
  readonly maxTaskBytes: number;
  readonly maxTablesPerTask: number;
}

export interface TaskDraft {
  readonly kind: TaskKind;
  readonly tables: readonly PlannedTable[];
}

export const keyOf = (t: PlannedTable): string => `${t.sourceSchema}.${t.sourceTable}`;
const bytesOf = (t: PlannedTable): number => t.bytes ?? 0;

export function classifyTable(table: PlannedTable, options: PackOptions): TaskKind {
  if (bytesOf(table) >= options.largeTableBytes || (table.rows ?? 0) >= options.largeTableRows) return 'large';
  if (table.lob.mode !== 'none') return 'lob';
  if (table.rows !== null && table.rows < options.referenceRows) return 'reference';
  return 'standard';
}

/** Greedy balanced packing into `ceil(max(bytes / maxTaskBytes, count / maxTablesPerTask))` bins. */
export function packByBytes(tables: readonly PlannedTable[], options: PackOptions): PlannedTable[][] {
  if (tables.length === 0) return [];
  const total = tables.reduce((sum, t) => sum + bytesOf(t), 0);
  const count = Math.max(1, Math.ceil(total / options.maxTaskBytes), Math.ceil(tables.length / options.maxTablesPerTask));
  const bins = Array.from({ length: Math.min(count, tables.length) }, () => ({ bytes: 0, tables: [] as PlannedTable[] }));
  const ordered = [...tables].sort((a, b) => bytesOf(b) - bytesOf(a) || compareStrings(keyOf(a), keyOf(b)));
  for (const table of ordered) {
    let lightest = bins[0]!;
    for (const bin of bins) {
      if (bin.tables.length >= options.maxTablesPerTask) continue;
      if (lightest.tables.length >= options.maxTablesPerTask || bin.bytes < lightest.bytes) lightest = bin;
    }
    lightest.bytes += bytesOf(table);
    lightest.tables.push(table);
  }
  return bins.filter((b) => b.tables.length > 0).map((b) => b.tables);
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Tasks of one wave; tables inside a task in load order (dependency level, then key). */
export function packWave(tables: readonly PlannedTable[], levelOf: ReadonlyMap<string, number>, options: PackOptions): TaskDraft[] {
  const order = (a: PlannedTable, b: PlannedTable): number =>
    (levelOf.get(keyOf(a)) ?? 0) - (levelOf.get(keyOf(b)) ?? 0) || compareStrings(keyOf(a), keyOf(b));
  const byKind = (kind: TaskKind): PlannedTable[] => tables.filter((t) => classifyTable(t, options) === kind).sort(order);
  const drafts: TaskDraft[] = [];
  for (const table of byKind('large')) drafts.push({ kind: 'large', tables: [table] });
  for (const group of packByBytes(byKind('lob'), options)) drafts.push({ kind: 'lob', tables: group.sort(order) });
  for (const group of chunk(byKind('reference'), options.maxTablesPerTask)) drafts.push({ kind: 'reference', tables: group });
  for (const group of packByBytes(byKind('standard'), options)) drafts.push({ kind: 'standard', tables: group.sort(order) });
  return drafts;
}
