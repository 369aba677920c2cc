/**
 * HTML building blocks shared by the self-contained HTML reports (assessment now, cutover and rollback
 * next): a sortable table (the sorting script is in html-assets.ts) and summary cards. Pure; every
 * text goes through escapeHtml.
 */
import { escapeHtml as esc } from './format.js';

export interface Column {
  readonly label: string;
  readonly numeric?: boolean;
}

export interface Cell {
  readonly text: string;
  /** Sort key for numeric columns. */
  readonly value?: number | null;
  readonly className?: string;
}

/** A numeric cell: unknown (null) sorts first. */
export const num = (value: number | null, text: string): Cell => ({ text, value: value ?? -1 });

export function sortableTable(id: string, columns: readonly Column[], rows: readonly (readonly Cell[])[]): string {
  const head = columns.map((c) => `<th${c.numeric ? ' class="n" data-type="number"' : ''} scope="col">${esc(c.label)}</th>`).join('');
  const body = rows.map((row) => `<tr>${row.map((cell, i) => {
    const classes = [columns[i]?.numeric ? 'n' : '', cell.className ?? ''].filter((c) => c !== '').join(' ');
    const value = cell.value === undefined || cell.value === null ? '' : ` data-value="${cell.value}"`;
    return `<td${classes ? ` class="${classes}"` : ''}${value}>${esc(cell.text)}</td>`;
  }).join('')}</tr>`).join('\n');
  return `<div class="scroll"><table id="${esc(id)}" class="sortable"><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div>`;
}

/** One figure with its label; `className` colours it (blocker, warning, info). */
export function card(label: string, value: string, className = ''): string {
  return `<div class="card${className ? ` ${className}` : ''}"><b>${esc(value)}</b><span>${esc(label)}</span></div>`;
}
