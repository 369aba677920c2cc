/**
 * Column defaults that mean the same on every target: numeric and string literals, NULL and the
 * current date/time. Anything else (sequences, functions) returns null and becomes a PlanDecision.
 */
import type { DialectName } from '../model/catalog.js';

const NOW = /^(sysdate|systimestamp|current_timestamp|getdate\(\)|sysdatetime\(\)|now\(\)|current_timestamp\(\)|localtimestamp)$/i;
const TODAY = /^(current_date|trunc\(sysdate\))$/i;

export function translateDefault(text: string | null, _source: DialectName): string | null {
  if (text === null) return null;
  let value = text.trim();
  // SQL Server wraps defaults in parentheses: ((0)), ('N').
  while (/^\(.*\)$/.test(value) && !/^\(.*\)\s*[^)]/.test(value)) value = value.slice(1, -1).trim();
  if (/^null$/i.test(value)) return null;
  if (/^[-+]?\d+(\.\d+)?$/.test(value)) return value;
  if (/^N?'(?:[^']|'')*'$/.test(value)) return value.replace(/^N/, '');
  if (NOW.test(value)) return 'CURRENT_TIMESTAMP';
  if (TODAY.test(value)) return 'CURRENT_DATE';
  return null;
}
