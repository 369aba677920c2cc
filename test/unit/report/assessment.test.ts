import { describe, expect, it } from 'vitest';
import { makeAssessment, renderAssessmentHtml, renderAssessmentJson, renderAssessmentMarkdown } from '../../../src/report/index.js';
import { formatDuration, formatInt } from '../../../src/report/render/format.js';
import { sampleInventory } from './sample-inventory.js';

const { inventory, erp } = sampleInventory();
const assessment = makeAssessment(inventory, { erp });

describe('assessment model', () => {
  it('summarises the inventory', () => {
    expect(assessment.format).toBe('erp-migrate/assessment@1');
    expect(assessment.generatedAt).toBeNull();
    expect(assessment.erp?.catalogue).toBe('oracle-ebs');
    expect(assessment.summary).toMatchObject({ schemas: 1, tables: 6, columns: 8, rows: 5_520_307, routines: 2, triggers: 1, views: 1, codeLines: 1040, findings: { blocker: 2, warning: 5, info: 1 } });
    expect(assessment.modules.map((m) => `${m.module}:${m.tables}:${m.rows}:${m.score.units}`)).toEqual([
      'finance:2:5000000:18', 'hr:1:20000:24', 'supply-chain:1:500000:1', 'system:1:300:1', 'unclassified:1:7:2',
    ]);
    expect(assessment.largestTables.map((t) => t.name).slice(0, 3)).toEqual(['GL_JE_LINES', 'AP_INVOICES_ALL', 'PO_HEADERS_ALL']);
    expect(assessment.typeUsage).toEqual([
      { nativeType: 'number', canonicalKind: 'decimal', columns: 6 }, { nativeType: 'blob', canonicalKind: 'blob', columns: 1 },
      { nativeType: 'number', canonicalKind: 'number', columns: 1 },
    ]);
    expect(assessment.codeObjects).toEqual([
      { schema: 'APPS', kind: 'package body', count: 1, lines: 880 }, { schema: 'APPS', kind: 'procedure', count: 1, lines: 120 },
      { schema: 'APPS', kind: 'trigger', count: 1, lines: 40 }, { schema: 'APPS', kind: 'view', count: 1, lines: 12 },
    ]);
  });
});

describe('Markdown', () => {
  const md = renderAssessmentMarkdown(assessment);

  it('has the per-module table with the exact numbers', () => {
    expect(md).toContain([
      '| Module | Tables | Columns | Rows | Size | LOB columns | Blockers | Warnings | Info | Units | Person-days | Level | Full load |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |',
      '| finance | 2 | 3 | 5,000,000 | 600.0 MiB | 0 | 0 | 2 | 0 | 18 | 0.2 | B-3 | 12 s |',
      '| hr | 1 | 2 | 20,000 | 10.0 MiB | 1 | 2 | 0 | 0 | 24 | 0.3 | B-4 | 1 s |',
      '| supply-chain | 1 | 1 | 500,000 | 100.0 MiB | 0 | 0 | 0 | 0 | 1 | 0.0 | A-1 | 2 s |',
      '| system | 1 | 1 | 300 | 1.0 MiB | 0 | 0 | 0 | 0 | 1 | 0.0 | A-1 | 1 s |',
      '| unclassified | 1 | 1 | 7 | 8.0 KiB | 0 | 0 | 1 | 1 | 2 | 0.0 | A-1 | 1 s |',
    ].join('\n'));
  });

  it('documents the score and escapes names', () => {
    expect(md).toContain('| **total** |  |  | **156** |');
    expect(md).toContain('Formula: units = 1·tables + 2·lossyColumns');
    expect(md).toContain('APPS.XX_&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(md).not.toContain('<script>');
    expect(md).toContain('- ERP detected: Oracle E-Business Suite');
  });

  it('prints a timestamp only when one is passed in', () => {
    expect(md).not.toContain('Generated');
    expect(renderAssessmentMarkdown(makeAssessment(inventory, { generatedAt: '2026-01-02T03:04:05Z' }))).toContain('- Generated: 2026-01-02T03:04:05Z');
  });
});

describe('HTML', () => {
  const html = renderAssessmentHtml(assessment);

  it('escapes every name: the only <script> is our own', () => {
    expect(html.match(/<script>/g)?.length).toBe(1);
    expect(html).toContain('APPS.XX_&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('alert(1)</script>');
  });

  it('is self-contained: nothing loaded from elsewhere', () => {
    expect(html).not.toMatch(/<link\b|<img\b|\bsrc=|@import|url\(|https?:\/\//i);
  });

  it('has the sortable module table, the charts and the severity bars', () => {
    expect(html).toContain('<table id="modules" class="sortable">');
    expect(html).toContain('<td>finance</td><td class="n" data-value="2">2</td><td class="n" data-value="3">3</td><td class="n" data-value="5000000">5,000,000</td>');
    // 600 MiB is the largest module: full height (160); hr's 10 MiB is 10/600 of it.
    expect(html).toMatch(/<rect class="bar" x="\d+" y="16" width="44" height="160" data-label="finance" data-value="629145600">/);
    expect(html).toContain('height="2.67" data-label="hr" data-value="10485760"');
    expect(html).toContain('data-label="blocker" data-value="2"');
  });

  it('is byte-identical for the same inventory', () => {
    expect(renderAssessmentHtml(makeAssessment(sampleInventory().inventory, { erp }))).toBe(html);
  });
});

describe('JSON', () => {
  it('is stable, sorted and versioned', () => {
    const json = renderAssessmentJson(assessment);
    expect(json).toBe(renderAssessmentJson(makeAssessment(sampleInventory().inventory, { erp })));
    expect(json.endsWith('}\n')).toBe(true);
    const parsed = JSON.parse(json) as { format: string; summary: { tables: number }; score: { overall: { units: number } } };
    expect(parsed.format).toBe('erp-migrate/assessment@1');
    expect(parsed.summary.tables).toBe(6);
    expect(parsed.score.overall.units).toBe(156);
    expect(Object.keys(JSON.parse(json) as object)).toEqual([...Object.keys(JSON.parse(json) as object)].sort());
  });
});

describe('format', () => {
  it('numbers and durations without locale', () => {
    expect([formatInt(0), formatInt(1234567), formatInt(-1000)]).toEqual(['0', '1,234,567', '-1,000']);
    expect([formatDuration(0), formatDuration(75), formatDuration(7300), formatDuration(90000)]).toEqual(['0 s', '1 min 15 s', '2 h 01 min', '1 d 01 h']);
  });
});

describe('an assessment without sizes (DDL export, no --stats)', () => {
  const { inventory } = sampleInventory();
  const unsized = {
    ...inventory,
    source: { ...inventory.source, origin: 'ddl' as const },
    schemas: inventory.schemas.map((s) => ({ ...s, tables: s.tables.map((t) => ({ ...t, rowCount: null, bytes: null })) })),
  };
  const a = makeAssessment(unsized);

  it('says sizes are unknown instead of 0 rows, 0 B and a 0 s full load', () => {
    expect(a.summary.sizesKnown).toBe(false);
    const markdown = renderAssessmentMarkdown(a);
    expect(markdown).toContain('| Rows | unknown (DDL export: give --stats) |');
    expect(markdown).toContain('| Full load | unknown without sizes |');
    const html = renderAssessmentHtml(a);
    expect(html).toContain('id="sizes-unknown"');
    expect(html).not.toContain('chart-module-bytes');
  });

  it('keeps the size charts when any table has a size', () => {
    expect(makeAssessment(inventory).summary.sizesKnown).toBe(true);
    expect(renderAssessmentHtml(makeAssessment(inventory))).toContain('chart-module-bytes');
  });
});

describe('row counts unknown on a live source (no optimizer statistics), sizes known', () => {
  const { inventory } = sampleInventory();
  const withCounts = (keep: (index: number) => boolean) => makeAssessment({
    ...inventory,
    schemas: inventory.schemas.map((s) => ({ ...s, tables: s.tables.map((t, i) => ({ ...t, rowCount: keep(i) ? t.rowCount : null })) })),
  });

  it('never says 0 rows: the totals are unknown in Markdown, HTML and JSON', () => {
    const a = withCounts(() => false);
    expect(a.summary).toMatchObject({ rows: null, rowsUnknownTables: 6 });
    expect(JSON.parse(renderAssessmentJson(a)).summary.rows).toBeNull();
    const markdown = renderAssessmentMarkdown(a);
    expect(markdown).toContain('| Rows | unknown |');
    expect(markdown).toContain('| finance | 2 | 3 | unknown | 600.0 MiB |');
    expect(renderAssessmentHtml(a)).toContain('<div class="card"><b>unknown</b><span>rows</span></div>');
  });

  it('a total over known and unknown counts is a lower bound naming the unknown tables', () => {
    const a = withCounts((i) => i >= 2);
    const known = inventory.schemas[0]!.tables.slice(2).reduce((n, t) => n + (t.rowCount ?? 0), 0);
    expect(a.summary).toMatchObject({ rows: known, rowsUnknownTables: 2 });
    expect(renderAssessmentMarkdown(a)).toContain(`| Rows | ≥ ${formatInt(known)} rows (2 tables unknown) |`);
    expect(renderAssessmentHtml(a)).toContain(`≥ ${formatInt(known)} rows (2 tables unknown)`);
  });
});
