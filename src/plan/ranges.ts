/**
 * DMS parallel-load settings for a large table: `ranges` boundaries from the key distribution — the
 * key's equi-depth quantiles when the source's statistics gave them (inventory attribute
 * `keyQuantiles`), so each segment holds about as many rows even when keys are clustered; otherwise
 * equal-width over `keyMin` / `keyMax` — `partitions-auto` when the source table is partitioned,
 * otherwise `none` with the reason. Keys are BigInt: ERP keys pass 2^53.
 */
import type { DialectName } from '../model/catalog.js';
import { parseCanonicalType } from '../model/canonical-type.js';
import type { InventoryTable } from '../model/inventory.js';
import type { ParallelLoad } from '../model/plan.js';

/** DMS loads at most 49 segments of a table at once (MaxFullLoadSubTasks ≤ 49). */
export const MAX_RANGE_SEGMENTS = 49;

export interface RangeOptions {
  /** Aim for segments of about this many bytes. */
  readonly segmentBytes: number;
  readonly maxSegments?: number;
}

export interface ParallelLoadChoice {
  readonly parallelLoad: ParallelLoad;
  /** Why no parallel load was possible, for a PlanDecision; null when one was planned. */
  readonly reason: string | null;
}

const NONE: ParallelLoad = { type: 'none', columns: [], boundaries: [] };

const INTEGER_KINDS = new Set(['int16', 'int32', 'int64']);

function isIntegerKey(canonicalType: string): boolean {
  const type = parseCanonicalType(canonicalType);
  if (type === null) return false;
  return INTEGER_KINDS.has(type.kind) || (type.kind === 'decimal' && type.scale === 0);
}

function parseKey(value: unknown): bigint | null {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return BigInt(value);
  if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return BigInt(value.trim());
  return null;
}

/** `segments - 1` equal-width upper bounds over [min, max]; fewer when the key span is small. */
export function makeRangeBoundaries(min: bigint, max: bigint, segments: number): bigint[] {
  const span = max - min + 1n;
  if (span <= 1n || segments < 2) return [];
  const count = BigInt(segments) > span ? span : BigInt(segments);
  const out: bigint[] = [];
  for (let i = 1n; i < count; i += 1n) {
    const bound = min + (span * i) / count;
    if (out.length === 0 || out[out.length - 1]! < bound) out.push(bound);
  }
  return out;
}

/**
 * `segments - 1` upper bounds taken from equi-depth quantiles (sorted key values that cut the rows into
 * equal shares), strictly increasing and strictly inside (min, max].
 */
export function makeQuantileBoundaries(quantiles: readonly bigint[], segments: number): bigint[] {
  if (quantiles.length < 3 || segments < 2) return [];
  const last = quantiles.length - 1;
  const out: bigint[] = [];
  for (let i = 1; i < segments; i += 1) {
    const bound = quantiles[Math.round((i * last) / segments)]!;
    if (bound > quantiles[0]! && (out.length === 0 || out[out.length - 1]! < bound)) out.push(bound);
  }
  return out;
}

function parseQuantiles(value: unknown): bigint[] | null {
  if (typeof value !== 'string' || value === '') return null;
  const parts = value.split(',').map(parseKey);
  if (parts.some((p) => p === null)) return null;
  const keys = parts as bigint[];
  return keys.every((k, i) => i === 0 || keys[i - 1]! <= k) ? keys : null;
}

export function makeParallelLoad(table: InventoryTable, sourceDialect: DialectName, options: RangeOptions): ParallelLoadChoice {
  const maxSegments = Math.min(options.maxSegments ?? MAX_RANGE_SEGMENTS, MAX_RANGE_SEGMENTS);
  // PostgreSQL sources support only `ranges`, so partitions help only elsewhere.
  if (table.partitioning !== null && sourceDialect !== 'postgres') {
    return { parallelLoad: { type: 'partitions-auto', columns: [], boundaries: [] }, reason: null };
  }
  const key = table.primaryKey?.columns ?? [];
  const column = key.length === 1 ? table.columns.find((c) => c.name === key[0]) : undefined;
  if (column === undefined || !isIntegerKey(column.canonicalType)) {
    return { parallelLoad: NONE, reason: 'no single-column integer primary key to split into ranges; loads in one thread' };
  }
  const min = parseKey(table.attributes.keyMin);
  const max = parseKey(table.attributes.keyMax);
  if (min === null || max === null || max < min) {
    return { parallelLoad: NONE, reason: `key bounds of ${column.name} unknown (inventory attributes keyMin/keyMax); loads in one thread` };
  }
  const bytes = table.bytes ?? 0;
  const wanted = Math.max(1, Math.ceil(bytes / Math.max(1, options.segmentBytes)));
  const segments = Math.min(wanted, maxSegments);
  const quantiles = parseQuantiles(table.attributes.keyQuantiles);
  const boundaries = quantiles === null ? makeRangeBoundaries(min, max, segments) : makeQuantileBoundaries(quantiles, segments);
  if (boundaries.length === 0) {
    return { parallelLoad: NONE, reason: `${column.name} spans too few values to split; loads in one thread` };
  }
  return {
    parallelLoad: { type: 'ranges', columns: [column.name], boundaries: boundaries.map((b) => ({ values: [b.toString()] })) },
    reason: null,
  };
}
