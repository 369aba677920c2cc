/** The assessment's files and the few lines `assess` prints, from one assessment model. */
import type { Inventory } from '../model/inventory.js';
import { makeAssessment, renderAssessmentHtml, renderAssessmentJson, renderAssessmentMarkdown, type Assessment } from '../report/index.js';
import { formatBytesTotal, formatDuration, formatInt, formatRowTotal } from '../report/render/format.js';

export interface AssessmentFileOptions {
  readonly throughputMBps?: number;
  readonly erp?: { readonly catalogue: string; readonly title: string } | null;
}

export function makeAssessmentFor(inventory: Inventory, options: AssessmentFileOptions): Assessment {
  return makeAssessment(inventory, {
    ...(options.throughputMBps === undefined ? {} : { score: { throughputMBps: options.throughputMBps } }),
    ...(options.erp === undefined ? {} : { erp: options.erp }),
  });
}

export function renderAssessmentFiles(assessment: Assessment): Record<string, string> {
  return {
    'assessment.md': renderAssessmentMarkdown(assessment),
    'assessment.html': renderAssessmentHtml(assessment),
    'assessment.json': renderAssessmentJson(assessment),
  };
}

export function summarizeAssessment(a: Assessment, inventory: Inventory): string {
  const s = a.summary;
  const tables = inventory.schemas.flatMap((schema) => schema.tables);
  const sized = inventory.source.origin === 'live' || tables.some((table) => table.rowCount !== null || table.bytes !== null);
  const rows = s.rows === null ? 'rows unknown' : s.rowsUnknownTables === 0 ? `${formatInt(s.rows)} rows` : formatRowTotal(s.rows, s.rowsUnknownTables);
  const volume = sized ? `${rows}, ${formatBytesTotal(s.bytes, s.bytesUnknownTables)}` : 'rows and sizes unknown (give --stats with a DDL export)';
  const lines = [
    `${formatInt(s.tables)} tables in ${formatInt(s.schemas)} schema(s), ${formatInt(s.columns)} columns, ${volume}${a.erp === null ? '' : ` — ${a.erp.title} detected`}`,
    `findings: ${s.findings.blocker} blocker, ${s.findings.warning} warning, ${s.findings.info} info`,
    `modules: ${a.modules.map((m) => `${m.module} ${m.tables}`).join(', ') || 'none (no tables)'}`,
    `complexity: level ${a.score.overall.level}-${a.score.overall.difficulty}, about ${a.score.overall.personDays} person-days; ${sized ? `full load about ${formatDuration(a.score.overall.fullLoadSeconds)} at ${a.score.options.throughputMBps} MB/s` : 'full-load time unknown without sizes'}`,
  ];
  return lines.join('\n');
}
