/**
 * Markdown tables, shared by every Markdown document (assessment report, plan SUMMARY.md, the cutover
 * and rollback reports). Pure text. Cells are escaped by the caller's rule (`escapeCell`): a report
 * escapes every database name fully before, SUMMARY.md only keeps pipes and line breaks from
 * breaking the row (`pipeSafe`).
 */

/** `l` left (text), `r` right (numbers). */
export type ColumnAlign = 'l' | 'r';

export interface MarkdownTableOptions {
  /**
   * Per column. With it the separator row marks each column (`| --- | ---: |`); without it the
   * separator is the compact `|---|---|` (both render alike; each document keeps its bytes).
   */
  readonly align?: readonly ColumnAlign[];
  /** Applied to every body cell (not the header). */
  readonly escapeCell?: (text: string) => string;
  /** Written instead of a header-only table when there are no rows. */
  readonly whenEmpty?: string;
}

/** A pipe or a line break in a cell would end the row or the table. */
export function pipeSafe(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** The table's lines (no trailing blank line). */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[], options: MarkdownTableOptions = {}): string[] {
  if (rows.length === 0 && options.whenEmpty !== undefined) return [options.whenEmpty];
  const escape = options.escapeCell ?? ((text: string) => text);
  const separator = options.align === undefined
    ? `|${header.map(() => '---').join('|')}|`
    : `| ${options.align.map((a) => (a === 'r' ? '---:' : '---')).join(' | ')} |`;
  return [`| ${header.join(' | ')} |`, separator, ...rows.map((row) => `| ${row.map(escape).join(' | ')} |`)];
}
