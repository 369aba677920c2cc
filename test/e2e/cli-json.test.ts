/**
 * `--json`: stdout carries one JSON object per line — the progress events, each with its `kind`, then
 * the result (or, on failure, the error) — and stderr carries no progress lines.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

const work = mkdtempSync(join(tmpdir(), 'erpm-e2e-json-'));
const ddl = join(work, 'gl.sql');
writeFileSync(ddl, [
  'CREATE TABLE GL.GL_PERIODS (PERIOD_NAME VARCHAR2(15) NOT NULL, CONSTRAINT GL_PERIODS_PK PRIMARY KEY (PERIOD_NAME));',
  'CREATE TABLE GL.GL_LEDGERS (LEDGER_ID NUMBER(15) NOT NULL, CONSTRAINT GL_LEDGERS_PK PRIMARY KEY (LEDGER_ID));',
  '',
].join('\n'));

const parseLines = (stdout: string): Record<string, unknown>[] =>
  stdout.split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as Record<string, unknown>);

describe('--json', () => {
  it('assess then plan: events and a final result, one parseable line each', () => {
    const out = join(work, 'assessment');
    const assessed = runCli(['--json', 'assess', '--ddl', ddl, '--dialect', 'oracle', '--out', out]);
    expect(assessed.code).toBe(0);
    expect(assessed.stderr).toBe('');
    const lines = parseLines(assessed.stdout);
    expect(lines.map((line) => line.kind)).toEqual(['phase', 'catalog-read', 'phase', 'files-written', 'result']);
    expect(lines[1]).toMatchObject({ kind: 'catalog-read', source: 'oracle DDL export', schemas: 1, tables: 2 });
    expect(lines[3]).toMatchObject({ kind: 'files-written', dir: out, files: ['assessment.html', 'assessment.json', 'assessment.md', 'inventory.json'] });
    expect(lines.at(-1)).toMatchObject({ kind: 'result', command: 'assess', source: 'oracle DDL export' });

    const planned = runCli(['plan', '--inventory', out, '--out', join(work, 'plan'), '--json']);
    expect(planned.code).toBe(0);
    const planLines = parseLines(planned.stdout);
    expect(planLines.map((line) => line.kind)).toEqual(['phase', 'files-written', 'result']);
    expect(planLines.at(-1)).toMatchObject({ kind: 'result', command: 'plan', tables: 2, written: true });
    expect(planLines.at(-1)).not.toHaveProperty('plan');
  });

  it('--quiet keeps only the result; a failure ends with an error line (and still the usual text on stderr)', () => {
    const quiet = runCli(['--json', '--quiet', 'assess', '--ddl', ddl, '--dialect', 'oracle', '--out', join(work, 'quiet')]);
    expect(parseLines(quiet.stdout).map((line) => line.kind)).toEqual(['result']);
    const failed = runCli(['--json', 'plan', '--inventory', join(work, 'missing'), '--out', join(work, 'p2')]);
    expect(failed.code).toBe(2);
    const last = parseLines(failed.stdout).at(-1);
    expect(last).toMatchObject({ kind: 'error', exitCode: 2 });
    expect(failed.stderr).toMatch(/^error\[/m);
  });

  it('without --json, progress goes to stderr as plain lines and stdout holds the summary text', () => {
    const plain = runCli(['assess', '--ddl', ddl, '--dialect', 'oracle', '--out', join(work, 'plain')]);
    expect(plain.code).toBe(0);
    expect(plain.stderr).toMatch(/^… read oracle DDL export: 1 schema, 2 tables$/m);
    expect(plain.stderr).toMatch(/^… wrote 4 files \(.+\) to /m);
    expect(() => JSON.parse(plain.stdout.split('\n')[0] ?? '')).toThrow();
  });
});
