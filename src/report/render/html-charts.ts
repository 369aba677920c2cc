/**
 * Inline SVG charts (no library): vertical bars per module, horizontal bars per severity. Each bar
 * carries `data-label` and `data-value`; its length is value / max × the plot size, so bars compare.
 */
import { escapeHtml as esc } from './format.js';

export interface BarDatum {
  readonly label: string;
  readonly value: number;
  /** Text printed over the bar, e.g. `12.0 GiB`. */
  readonly text: string;
  readonly className?: string;
}

export const PLOT_HEIGHT = 160;
const BAR_WIDTH = 44;
const GAP = 18;
const LABEL_SPACE = 34;
const TOP_SPACE = 16;

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** Vertical bar chart: one bar per datum, heights proportional to value. */
export function renderColumnChart(id: string, title: string, data: readonly BarDatum[]): string {
  const max = Math.max(0, ...data.map((d) => d.value));
  const width = Math.max(200, data.length * (BAR_WIDTH + GAP) + GAP);
  const height = TOP_SPACE + PLOT_HEIGHT + LABEL_SPACE;
  const base = TOP_SPACE + PLOT_HEIGHT;
  const bars = data.map((d, i) => {
    const h = max > 0 ? round2((d.value / max) * PLOT_HEIGHT) : 0;
    const x = GAP + i * (BAR_WIDTH + GAP);
    const label = d.label.length > 12 ? `${d.label.slice(0, 11)}…` : d.label;
    return `<g><rect class="bar${d.className ? ` ${esc(d.className)}` : ''}" x="${x}" y="${round2(base - h)}" width="${BAR_WIDTH}" height="${h}" ` +
      `data-label="${esc(d.label)}" data-value="${d.value}"><title>${esc(d.label)}: ${esc(d.text)}</title></rect>` +
      `<text x="${x + BAR_WIDTH / 2}" y="${round2(base - h - 4)}" text-anchor="middle">${esc(d.text)}</text>` +
      `<text x="${x + BAR_WIDTH / 2}" y="${base + 14}" text-anchor="middle">${esc(label)}</text></g>`;
  });
  return `<figure><figcaption>${esc(title)}</figcaption><svg id="${esc(id)}" role="img" aria-label="${esc(title)}" width="${width}" height="${height}" ` +
    `viewBox="0 0 ${width} ${height}"><line x1="${GAP / 2}" y1="${base}" x2="${width - GAP / 2}" y2="${base}" stroke="#8c959f"/>${bars.join('')}</svg></figure>`;
}

export const PLOT_WIDTH = 300;
const ROW_HEIGHT = 24;
const NAME_SPACE = 80;

/** Horizontal bar chart: one row per datum, widths proportional to value. */
export function renderBarChart(id: string, title: string, data: readonly BarDatum[]): string {
  const max = Math.max(0, ...data.map((d) => d.value));
  const width = NAME_SPACE + PLOT_WIDTH + 60;
  const height = data.length * ROW_HEIGHT + 8;
  const rows = data.map((d, i) => {
    const w = max > 0 ? round2((d.value / max) * PLOT_WIDTH) : 0;
    const y = 4 + i * ROW_HEIGHT;
    return `<g><text x="${NAME_SPACE - 6}" y="${y + 15}" text-anchor="end">${esc(d.label)}</text>` +
      `<rect class="bar${d.className ? ` ${esc(d.className)}` : ''}" x="${NAME_SPACE}" y="${y + 3}" width="${w}" height="${ROW_HEIGHT - 6}" ` +
      `data-label="${esc(d.label)}" data-value="${d.value}"><title>${esc(d.label)}: ${esc(d.text)}</title></rect>` +
      `<text x="${round2(NAME_SPACE + w + 6)}" y="${y + 15}">${esc(d.text)}</text></g>`;
  });
  return `<figure><figcaption>${esc(title)}</figcaption><svg id="${esc(id)}" role="img" aria-label="${esc(title)}" width="${width}" height="${height}" ` +
    `viewBox="0 0 ${width} ${height}">${rows.join('')}</svg></figure>`;
}
