/** Assessment → Markdown (pure). Every name from the database is escaped; numbers are locale-independent. */
import type { Finding, Severity } from '../../model/inventory.js';
import { COST_WEIGHTS } from '../../inventory/score.js';
import type { Assessment } from '../assessment-model.js';
import { markdownTable, type ColumnAlign } from '../../util/markdown-table.js';
import { escapeMarkdown as md, formatBytes, formatBytesTotal, formatDecimal, formatDuration, formatInt, formatRowTotal, formatRows } from './format.js';

/** Findings listed per rule before the rest is summarised (the JSON has them all). */
export const MAX_FINDINGS_PER_RULE = 25;

/** Cells are escaped where they are made (md), numbers are not. */
function table(header: readonly string[], rows: readonly (readonly string[])[], align: readonly ColumnAlign[]): string[] {
  return markdownTable(header, rows, { align });
}

function sourceLines(a: Assessment): string[] {
  const s = a.source;
  const lines = [
    `- Source: ${md(s.dialect)}${s.version === null ? '' : ` ${md(s.version)}`} (${s.origin === 'live' ? 'live catalog' : 'DDL export'})`,
    `- Character set: ${s.charset === null ? 'unknown' : md(s.charset)}`,
    `- ERP detected: ${a.erp === null ? 'none (generic name heuristic)' : md(a.erp.title)}`,
  ];
  if (a.generatedAt !== null) lines.push(`- Generated: ${md(a.generatedAt)}`);
  return lines;
}

function summaryLines(a: Assessment): string[] {
  const s = a.summary;
  const o = a.score.overall;
  return [
    '## Summary', '',
    ...table(['Item', 'Value'], [
      ['Schemas', formatInt(s.schemas)], ['Tables', formatInt(s.tables)], ['Columns', formatInt(s.columns)],
      ['Rows', s.sizesKnown || s.rows !== null ? formatRowTotal(s.rows, s.rowsUnknownTables) : 'unknown (DDL export: give --stats)'],
      ['Size', formatBytesTotal(s.bytes, s.bytesUnknownTables)],
      ['LOB columns', formatInt(s.lobColumns)],
      ['Views', formatInt(s.views)], ['Sequences', formatInt(s.sequences)], ['Routines', formatInt(s.routines)],
      ['Triggers', formatInt(s.triggers)], ['Code lines', formatInt(s.codeLines)],
      ['Findings', `${formatInt(s.findings.blocker)} blocker, ${formatInt(s.findings.warning)} warning, ${formatInt(s.findings.info)} info`],
      ['Migration level', `${o.level}-${o.difficulty}`], ['Estimated effort', `${formatInt(o.units)} units, ${formatDecimal(o.personDays)} person-days`],
      ['Full load', s.sizesKnown ? `${formatDuration(o.fullLoadSeconds)} at ${formatInt(a.score.options.throughputMBps)} MB/s × ${formatInt(a.score.options.parallelTasks)} task(s)` : 'unknown without sizes'],
    ], ['l', 'r']),
    '',
    s.findings.blocker > 0 ? `**${formatInt(s.findings.blocker)} blocker(s) must be resolved before the migration.**` : 'No blockers.',
    '',
  ];
}

function moduleLines(a: Assessment): string[] {
  const known = a.summary.sizesKnown;
  const rows = a.modules.map((m) => [
    md(m.module), formatInt(m.tables), formatInt(m.columns), known ? formatRowTotal(m.rows, m.rowsUnknownTables) : '?', known ? formatBytes(m.bytes) : '?', formatInt(m.lobColumns),
    formatInt(m.findings.blocker), formatInt(m.findings.warning), formatInt(m.findings.info),
    formatInt(m.score.units), formatDecimal(m.score.personDays), `${m.score.level}-${m.score.difficulty}`, known ? formatDuration(m.score.fullLoadSeconds) : '?',
  ]);
  return ['## Modules', '', ...table(
    ['Module', 'Tables', 'Columns', 'Rows', 'Size', 'LOB columns', 'Blockers', 'Warnings', 'Info', 'Units', 'Person-days', 'Level', 'Full load'],
    rows, ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'l', 'r']), ''];
}

function scoreLines(a: Assessment): string[] {
  const w = COST_WEIGHTS;
  const c = a.score.overall.counts;
  const rows: [string, number, number][] = [
    ['tables', c.tables, w.table], ['columns with a lossy type', c.lossyColumns, w.lossyColumn],
    ['columns with an unsupported type', c.unsupportedColumns, w.unsupportedColumn], ['tables with LOB columns', c.lobTables, w.lobTable],
    ['foreign-key cycles', c.fkCycles, w.fkCycle], ['views', c.views, w.view], ['code objects', c.codeObjects, w.codeObject],
    ['blocker findings', c.blockers, w.blocker], ['warning findings', c.warnings, w.warning],
  ];
  return [
    '## Complexity score', '',
    'Modelled on ora2pg: 1 unit = 5 minutes of an experienced PostgreSQL developer; level A (data moves as is), B (≤ 5 person-days of manual work) or C (more), with a technical difficulty from 1 to 5.', '',
    ...table(['Counted', 'Count', 'Units each', 'Units'], [
      ...rows.map(([label, count, each]) => [label, formatInt(count), formatInt(each), formatInt(count * each)]),
      ['code lines (1 unit per 10)', formatInt(c.codeLines), '0.1', formatInt(Math.ceil(c.codeLines / w.codeLinesPerUnit))],
      ['**total**', '', '', `**${formatInt(a.score.overall.units)}**`],
    ], ['l', 'r', 'r', 'r']),
    '', `Formula: ${md(a.score.formula)}`, '',
  ];
}

function findingLine(f: Finding): string {
  return `- ${md(f.object)}: ${md(f.message)}  \n  Fix: ${md(f.hint)}`;
}

function findingLines(a: Assessment): string[] {
  const out = ['## Findings', '', ...table(['Severity', 'Rule', 'Count'], a.rules.map((r) => [r.severity, md(r.rule), formatInt(r.count)]), ['l', 'l', 'r']), ''];
  for (const severity of ['blocker', 'warning', 'info'] as Severity[]) {
    const list = a.findings[severity];
    if (list.length === 0) continue;
    out.push(`### ${severity[0]!.toUpperCase()}${severity.slice(1)} (${formatInt(list.length)})`, '');
    for (const rule of [...new Set(list.map((f) => f.rule))]) {
      const ofRule = list.filter((f) => f.rule === rule);
      out.push(`#### ${md(rule)} (${formatInt(ofRule.length)})`, '', ...ofRule.slice(0, MAX_FINDINGS_PER_RULE).map(findingLine));
      if (ofRule.length > MAX_FINDINGS_PER_RULE) out.push(`- … and ${formatInt(ofRule.length - MAX_FINDINGS_PER_RULE)} more (see the JSON report)`);
      out.push('');
    }
  }
  return out;
}

function detailLines(a: Assessment): string[] {
  return [
    '## Largest tables', '',
    ...table(['Table', 'Module', 'Rows', 'Size', 'Columns', 'Findings'], a.largestTables.map((t) => [
      `${md(t.schema)}.${md(t.name)}`, md(t.module), formatRows(t.rows), formatBytes(t.bytes), formatInt(t.columns), md(t.findings.join(', ')),
    ]), ['l', 'l', 'r', 'r', 'r', 'l']), '',
    '## Type usage', '',
    ...table(['Native type', 'Canonical', 'Columns'], a.typeUsage.map((t) => [md(t.nativeType), md(t.canonicalKind), formatInt(t.columns)]), ['l', 'l', 'r']), '',
    '## Code objects', '',
    ...(a.codeObjects.length === 0 ? ['None.'] : table(['Schema', 'Kind', 'Count', 'Lines'],
      a.codeObjects.map((c) => [md(c.schema), md(c.kind), formatInt(c.count), formatInt(c.lines)]), ['l', 'l', 'r', 'r'])), '',
  ];
}

export function renderAssessmentMarkdown(a: Assessment): string {
  const lines = [`# ${md(a.title)}`, '', ...sourceLines(a), '', ...summaryLines(a), ...moduleLines(a), ...scoreLines(a), ...findingLines(a), ...detailLines(a)];
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
