/**
 * DMS LOB settings per table and per task. Limited LOB mode is fast but truncates above its
 * maximum, so it is chosen only when the largest LOB is known or bounded by the native type;
 * otherwise full LOB mode (slow, never truncates). Oracle LONG / LONG RAW / XMLTYPE allow only limited mode.
 */
import { isLobType, parseCanonicalType } from '../model/canonical-type.js';
import type { DialectName } from '../model/catalog.js';
import type { InventoryColumn, InventoryTable } from '../model/inventory.js';
import type { LobSettings } from '../model/plan.js';

export const NO_LOB: LobSettings = { mode: 'none', maxSizeKb: null, chunkSizeKb: null };
/** DMS's recommended ceiling for limited mode. */
export const MAX_LIMITED_LOB_KB = 102400;
export const FULL_LOB_CHUNK_KB = 64;
const MIN_LIMITED_LOB_KB = 32;
const LIMITED_ONLY_KB = 64;
/**
 * DMS converts LOBs to binary before sizing them, so the limit must be about three times the largest
 * LOB (UG table-settings `bulk-max-size`: "multiply its size by three"; 2 MB → 6,000 KB). Without the
 * factor, LOBs between a third of the limit and the limit are silently truncated in limited mode.
 */
export const LOB_BINARY_FACTOR = 3;

/** MySQL native types whose size is bounded by the type itself, in bytes (PostgreSQL `text` is not). */
const BOUNDED_NATIVE_BYTES: Readonly<Record<string, number>> = {
  tinytext: 255, tinyblob: 255, text: 65535, blob: 65535, mediumtext: 16777215, mediumblob: 16777215,
};
const LIMITED_ONLY_NATIVE = new Set(['long', 'long raw', 'xmltype']);

export interface TableLobChoice {
  readonly lob: LobSettings;
  readonly lobColumns: readonly string[];
  /** Why this mode, for a PlanDecision; null for a table without LOBs. */
  readonly reason: string | null;
}

export function isLobColumn(column: InventoryColumn): boolean {
  const type = parseCanonicalType(column.canonicalType);
  return type !== null && isLobType(type);
}

function toKb(bytes: number): number {
  const kb = Math.max(MIN_LIMITED_LOB_KB, Math.ceil(bytes / 1024));
  let rounded = MIN_LIMITED_LOB_KB;
  while (rounded < kb) rounded *= 2;
  return rounded;
}

/** Largest LOB in bytes: the `maxLobBytes` attribute (measured by assess) or the native type's bound. */
function knownMaxBytes(table: InventoryTable, columns: readonly InventoryColumn[], source: DialectName): number | null {
  const measured = table.attributes.maxLobBytes;
  if (typeof measured === 'number' && measured >= 0) return measured;
  if (source !== 'mysql') return null;
  let max = 0;
  for (const column of columns) {
    const bound = BOUNDED_NATIVE_BYTES[column.nativeType.toLowerCase()];
    if (bound === undefined) return null;
    max = Math.max(max, bound);
  }
  return max;
}

/** LOB settings of one table, looking only at the columns that are migrated. */
export function makeTableLobSettings(table: InventoryTable, includedColumns: readonly InventoryColumn[], source: DialectName): TableLobChoice {
  const lobs = includedColumns.filter(isLobColumn);
  if (lobs.length === 0) return { lob: NO_LOB, lobColumns: [], reason: null };
  const names = lobs.map((c) => c.name);
  const limitedOnly = lobs.filter((c) => LIMITED_ONLY_NATIVE.has(c.nativeType.toLowerCase()));
  const maxBytes = knownMaxBytes(table, lobs, source);
  if (maxBytes !== null && toKb(maxBytes * LOB_BINARY_FACTOR) <= MAX_LIMITED_LOB_KB) {
    const kb = toKb(maxBytes * LOB_BINARY_FACTOR);
    return {
      lob: { mode: 'limited', maxSizeKb: kb, chunkSizeKb: null },
      lobColumns: names,
      reason: `limited LOB mode, max ${kb} KB (largest LOB ${maxBytes} bytes, x${LOB_BINARY_FACTOR} as DMS sizes LOBs in binary)`,
    };
  }
  if (limitedOnly.length > 0) {
    const cols = limitedOnly.map((c) => c.name).join(', ');
    return {
      lob: { mode: 'limited', maxSizeKb: LIMITED_ONLY_KB, chunkSizeKb: null },
      lobColumns: names,
      reason: `limited LOB mode, max ${LIMITED_ONLY_KB} KB: ${cols} (LONG/XMLTYPE) allow only limited mode; larger values are truncated`,
    };
  }
  const why = maxBytes === null ? 'largest LOB unknown' : `largest LOB ${maxBytes} bytes, x${LOB_BINARY_FACTOR} in binary, exceeds ${MAX_LIMITED_LOB_KB} KB`;
  return { lob: { mode: 'full', maxSizeKb: null, chunkSizeKb: FULL_LOB_CHUNK_KB }, lobColumns: names, reason: `full LOB mode (${why}); slower, never truncates` };
}

/** A task's LOB settings cover all its tables: full if any table needs full, else the largest limit. */
export function makeTaskLobSettings(tables: readonly { readonly lob: LobSettings }[]): LobSettings {
  if (tables.some((t) => t.lob.mode === 'full')) return { mode: 'full', maxSizeKb: null, chunkSizeKb: FULL_LOB_CHUNK_KB };
  const limits = tables.filter((t) => t.lob.mode === 'limited').map((t) => t.lob.maxSizeKb ?? MIN_LIMITED_LOB_KB);
  if (limits.length === 0) return NO_LOB;
  return { mode: 'limited', maxSizeKb: Math.max(...limits), chunkSizeKb: null };
}
