/**
 * Assessment → ONE self-contained HTML page (pure): inline CSS, a small inline script for sortable
 * tables, inline SVG charts; no external scripts, styles, fonts or images. Every database name is escaped.
 */
import type { Finding, Severity } from '../../model/inventory.js';
import type { Assessment } from '../assessment-model.js';
import { escapeHtml as esc, formatBytes, formatBytesTotal, formatDecimal, formatDuration, formatInt, formatRowTotal, formatRows } from './format.js';
import { ASSESSMENT_CSS, ASSESSMENT_SCRIPT } from './html-assets.js';
import { card, num, sortableTable, type Cell, type Column } from './html-blocks.js';
import { renderBarChart, renderColumnChart } from './html-charts.js';

/** Findings shown per severity; the JSON report has all of them. */
export const MAX_HTML_FINDINGS = 1000;

function header(a: Assessment): string {
  const s = a.source;
  const meta = [
    `${s.dialect}${s.version === null ? '' : ` ${s.version}`} (${s.origin === 'live' ? 'live catalog' : 'DDL export'})`,
    `character set ${s.charset ?? 'unknown'}`,
    `ERP: ${a.erp === null ? 'none detected (generic name heuristic)' : a.erp.title}`,
    ...(a.generatedAt === null ? [] : [`generated ${a.generatedAt}`]),
  ];
  const sum = a.summary;
  const o = a.score.overall;
  const verdict = sum.findings.blocker > 0
    ? `<p class="verdict bad">${formatInt(sum.findings.blocker)} blocker(s) must be resolved before the migration.</p>`
    : '<p class="verdict good">No blockers.</p>';
  return `<h1>${esc(a.title)}</h1><p class="meta">${meta.map(esc).join(' · ')}</p>${verdict}<div class="cards">` + [
    card('tables', formatInt(sum.tables)), card('rows', formatRowTotal(sum.rows, sum.rowsUnknownTables)),
    card('size', formatBytesTotal(sum.bytes, sum.bytesUnknownTables)),
    card('code objects', formatInt(sum.routines + sum.triggers)), card('views', formatInt(sum.views)),
    card('blockers', formatInt(sum.findings.blocker), 'blocker'), card('warnings', formatInt(sum.findings.warning), 'warning'),
    card('info', formatInt(sum.findings.info), 'info'), card('level (ora2pg style)', `${o.level}-${o.difficulty}`),
    card('effort', `${formatDecimal(o.personDays)} person-days`), card('full load', sum.sizesKnown ? formatDuration(o.fullLoadSeconds) : 'unknown'),
  ].join('') + '</div>';
}

function modulesSection(a: Assessment): string {
  const known = a.summary.sizesKnown;
  const sized = known ? [
    renderColumnChart('chart-module-bytes', 'Size per module', a.modules.map((m) => ({ label: m.module, value: m.bytes, text: formatBytes(m.bytes) }))),
    ...(a.summary.rows === null ? [] : [renderColumnChart('chart-module-rows', 'Rows per module',
      a.modules.map((m) => ({ label: m.module, value: m.rows ?? 0, text: formatRowTotal(m.rows, m.rowsUnknownTables) })))]),
  ] : ['<p class="meta" id="sizes-unknown">Row counts and sizes are unknown (assessed from a DDL export): give <code>--stats</code> with a table statistics CSV for sizes, charts and full-load times.</p>'];
  const charts = [
    ...sized,
    renderBarChart('chart-severity', 'Findings by severity', (['blocker', 'warning', 'info'] as Severity[]).map((sev) => ({
      label: sev, value: a.summary.findings[sev], text: formatInt(a.summary.findings[sev]), className: sev,
    }))),
  ];
  const rows = a.modules.map((m) => [
    { text: m.module }, num(m.tables, formatInt(m.tables)), num(m.columns, formatInt(m.columns)), num(m.rows, known ? formatRowTotal(m.rows, m.rowsUnknownTables) : 'unknown'),
    num(m.bytes, known ? formatBytes(m.bytes) : 'unknown'), num(m.lobColumns, formatInt(m.lobColumns)), num(m.findings.blocker, formatInt(m.findings.blocker)),
    num(m.findings.warning, formatInt(m.findings.warning)), num(m.findings.info, formatInt(m.findings.info)), num(m.score.units, formatInt(m.score.units)),
    num(m.score.personDays, formatDecimal(m.score.personDays)), { text: `${m.score.level}-${m.score.difficulty}` },
    num(m.score.fullLoadSeconds, known ? formatDuration(m.score.fullLoadSeconds) : 'unknown'),
  ]);
  const columns: Column[] = [
    { label: 'Module' }, { label: 'Tables', numeric: true }, { label: 'Columns', numeric: true }, { label: 'Rows', numeric: true },
    { label: 'Size', numeric: true }, { label: 'LOB columns', numeric: true }, { label: 'Blockers', numeric: true }, { label: 'Warnings', numeric: true },
    { label: 'Info', numeric: true }, { label: 'Units', numeric: true }, { label: 'Person-days', numeric: true }, { label: 'Level' }, { label: 'Full load', numeric: true },
  ];
  return `<h2 id="modules-heading">Modules</h2><div class="charts">${charts.join('')}</div>${sortableTable('modules', columns, rows)}`;
}

function scoreSection(a: Assessment): string {
  const c = a.score.overall.counts;
  return '<h2>Complexity score</h2><p>Modelled on ora2pg: 1 unit = 5 minutes of an experienced PostgreSQL developer; level A (data moves as is), ' +
    'B (at most 5 person-days of manual work) or C (more), with a technical difficulty from 1 to 5. Full-load time assumes ' +
    `${formatInt(a.score.options.throughputMBps)} MB/s per DMS task × ${formatInt(a.score.options.parallelTasks)} task(s).</p>` +
    `<p><code>${esc(a.score.formula)}</code></p>` +
    `<p>Overall: ${formatInt(a.score.overall.units)} units = ${formatDecimal(a.score.overall.hours)} hours = ${formatDecimal(a.score.overall.personDays)} person-days ` +
    `(${formatInt(c.tables)} tables, ${formatInt(c.lossyColumns)} lossy and ${formatInt(c.unsupportedColumns)} unsupported columns, ${formatInt(c.lobTables)} LOB tables, ` +
    `${formatInt(c.fkCycles)} FK cycles, ${formatInt(c.views)} views, ${formatInt(c.codeObjects)} code objects with ${formatInt(c.codeLines)} lines, ` +
    `${formatInt(c.blockers)} blockers, ${formatInt(c.warnings)} warnings).</p>`;
}

function findingRows(list: readonly Finding[]): Cell[][] {
  return list.slice(0, MAX_HTML_FINDINGS).map((f) => [
    { text: f.severity, className: `sev ${f.severity}` }, { text: f.rule }, { text: f.object }, { text: f.message }, { text: f.hint },
  ]);
}

function findingsSection(a: Assessment): string {
  const ruleTable = sortableTable('rules', [{ label: 'Severity' }, { label: 'Rule' }, { label: 'Count', numeric: true }],
    a.rules.map((r) => [{ text: r.severity, className: `sev ${r.severity}` }, { text: r.rule }, num(r.count, formatInt(r.count))]));
  const parts = (['blocker', 'warning', 'info'] as Severity[]).filter((sev) => a.findings[sev].length > 0).map((sev) => {
    const list = a.findings[sev];
    const more = list.length > MAX_HTML_FINDINGS ? `<p>… and ${formatInt(list.length - MAX_HTML_FINDINGS)} more in the JSON report.</p>` : '';
    return `<details${sev === 'info' ? '' : ' open'}><summary class="sev ${sev}">${sev} (${formatInt(list.length)})</summary>` +
      sortableTable(`findings-${sev}`, [{ label: 'Severity' }, { label: 'Rule' }, { label: 'Object' }, { label: 'Message' }, { label: 'Fix' }], findingRows(list)) +
      `${more}</details>`;
  });
  return `<h2>Findings</h2>${ruleTable}${parts.join('')}`;
}

function detailsSection(a: Assessment): string {
  const largest = sortableTable('largest-tables',
    [{ label: 'Table' }, { label: 'Module' }, { label: 'Rows', numeric: true }, { label: 'Size', numeric: true }, { label: 'Columns', numeric: true }, { label: 'Findings' }],
    a.largestTables.map((t) => [{ text: `${t.schema}.${t.name}` }, { text: t.module }, num(t.rows, formatRows(t.rows)), num(t.bytes, formatBytes(t.bytes)),
      num(t.columns, formatInt(t.columns)), { text: t.findings.join(', ') }]));
  const types = sortableTable('type-usage', [{ label: 'Native type' }, { label: 'Canonical' }, { label: 'Columns', numeric: true }],
    a.typeUsage.map((t) => [{ text: t.nativeType }, { text: t.canonicalKind }, num(t.columns, formatInt(t.columns))]));
  const code = a.codeObjects.length === 0 ? '<p>None.</p>' : sortableTable('code-objects',
    [{ label: 'Schema' }, { label: 'Kind' }, { label: 'Count', numeric: true }, { label: 'Lines', numeric: true }],
    a.codeObjects.map((c) => [{ text: c.schema }, { text: c.kind }, num(c.count, formatInt(c.count)), num(c.lines, formatInt(c.lines))]));
  return `<h2>Largest tables</h2>${largest}<h2>Type usage</h2>${types}<h2>Code objects and views</h2>${code}`;
}

export function renderAssessmentHtml(a: Assessment): string {
  return '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<title>${esc(a.title)}</title><style>${ASSESSMENT_CSS}</style></head>\n<body>\n` +
    `${header(a)}\n${modulesSection(a)}\n${scoreSection(a)}\n${findingsSection(a)}\n${detailsSection(a)}\n` +
    `<script>${ASSESSMENT_SCRIPT}</script>\n</body></html>\n`;
}
