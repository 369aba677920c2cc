/**
 * Totals over values some of which are unknown (a row count without optimizer statistics, a size a DDL
 * export does not have): unknown is never added as 0. A total is the sum of the known values, null when
 * none is known, and says how many were unknown, so it reads "unknown" or "≥ 1,234 rows (12 tables unknown)".
 */
export interface KnownSum {
  /** Sum of the known values; null when there are values and none is known. */
  readonly sum: number | null;
  /** How many values were unknown. */
  readonly unknown: number;
}

export function sumKnown(values: Iterable<number | null>): KnownSum {
  let sum = 0;
  let known = 0;
  let unknown = 0;
  for (const value of values) {
    if (value === null) unknown += 1;
    else {
      sum += value;
      known += 1;
    }
  }
  return { sum: known === 0 && unknown > 0 ? null : sum, unknown };
}

/** `1,234 rows`, `unknown`, or `≥ 1,234 rows (12 tables unknown)`; `format` renders the number with its unit. */
export function formatKnownSum(total: KnownSum, format: (n: number) => string): string {
  if (total.sum === null) return 'unknown';
  if (total.unknown === 0) return format(total.sum);
  return `≥ ${format(total.sum)} (${total.unknown} table${total.unknown === 1 ? '' : 's'} unknown)`;
}
