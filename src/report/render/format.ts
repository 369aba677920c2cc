/** Locale-independent number, size and duration text shared by the renderers (same output on every machine). */
import { formatBytes as formatBinaryBytes } from '../../util/format-bytes.js';
import { formatKnownSum } from '../../util/known-sum.js';

export function formatInt(n: number): string {
  const sign = n < 0 ? '-' : '';
  const digits = String(Math.abs(Math.round(n)));
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function formatBytes(bytes: number | null): string {
  return bytes === null ? 'unknown' : formatBinaryBytes(bytes);
}

export function formatRows(rows: number | null): string {
  return rows === null ? 'unknown' : formatInt(rows);
}

/** 0 → `0 s`, 75 → `1 min 15 s`, 7300 → `2 h 01 min`, 90000 → `1 d 01 h`. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
  if (s < 86400) return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')} min`;
  return `${Math.floor(s / 86400)} d ${String(Math.floor((s % 86400) / 3600)).padStart(2, '0')} h`;
}

export function formatDecimal(n: number, digits = 1): string {
  return n.toFixed(digits);
}

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text and attribute values: every name from the database goes through here. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]!);
}

/** A Markdown table cell or list item: no raw HTML, no pipes, no line breaks, no accidental emphasis or links. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r?\n/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*|[\]])/g, '\\$1');
}

/** A total over tables some of which have no count: `unknown`, `1,234`, or `≥ 1,234 rows (12 tables unknown)`. */
export function formatRowTotal(rows: number | null, unknownTables: number): string {
  if (rows === null) return 'unknown';
  return unknownTables === 0 ? formatInt(rows) : formatKnownSum({ sum: rows, unknown: unknownTables }, (n) => `${formatInt(n)} rows`);
}

export function formatBytesTotal(bytes: number | null, unknownTables: number): string {
  return formatKnownSum({ sum: bytes, unknown: unknownTables }, formatBinaryBytes);
}
