/**
 * `assess --out` is checked before any connection or catalog read, like `plan --out`; an `--include`
 * that selects nothing stops with exit 2 naming the pattern(s).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { liveAvailable } from '../support/databases.js';
import { runCli } from '../support/cli.js';

const work = mkdtempSync(join(tmpdir(), 'erpm-e2e-assess-out-'));
const ddl = join(work, 'gl.sql');
writeFileSync(ddl, [
  'CREATE TABLE GL.GL_PERIODS (PERIOD_NAME VARCHAR2(15) NOT NULL, CONSTRAINT GL_PERIODS_PK PRIMARY KEY (PERIOD_NAME));',
  'CREATE TABLE GL.GL_LEDGERS (LEDGER_ID NUMBER(15) NOT NULL, CONSTRAINT GL_LEDGERS_PK PRIMARY KEY (LEDGER_ID));',
  '',
].join('\n'));

function errorLines(stderr: string): string[] {
  return stderr.split('\n').filter((line) => line.trim() !== '' && !/^(… |✓ )/.test(line));
}

describe('assess --out', () => {
  it('refuses a non-empty folder that is not an assessment, and leaves it untouched', () => {
    const dir = join(work, 'project');
    mkdirSync(dir);
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    const result = runCli(['assess', '--ddl', ddl, '--dialect', 'oracle', '--out', dir]);
    expect(result.code).toBe(2);
    const lines = errorLines(result.stderr);
    expect(lines[0]).toBe(`error[E_OUT_DIR]: ${dir}: exists and is not an assessment folder (no inventory.json); refusing to write into it`);
    expect(lines[1]).toMatch(/^hint: /);
    expect(readdirSync(dir)).toEqual(['notes.txt']);
  });

  it('refuses a file before connecting (exit 2, not the connection failure)', () => {
    const file = join(work, 'a-file');
    writeFileSync(file, 'x');
    const result = runCli(['assess', '--source', 'postgres://erp:pw@127.0.0.1:1/erp', '--out', file]);
    expect(result.code).toBe(2);
    expect(errorLines(result.stderr)[0]).toBe(`error[E_OUT_DIR]: ${file}: exists and is a file, not a folder`);
    expect(result.stderr).not.toMatch(/connecting/);
    expect(readFileSync(file, 'utf8')).toBe('x');
  });

  it('writes into a new folder, an empty one, and over its own earlier assessment', () => {
    const empty = join(work, 'empty');
    mkdirSync(empty);
    for (const dir of [join(work, 'new'), empty, empty]) {
      const result = runCli(['assess', '--ddl', ddl, '--dialect', 'oracle', '--out', dir]);
      expect(result.code).toBe(0);
      expect(existsSync(join(dir, 'inventory.json'))).toBe(true);
    }
  });
});

describe('--include that matches nothing', () => {
  it('assess --ddl: exit 2 naming the unmatched pattern(s) only', () => {
    const out = join(work, 'include-ddl');
    const result = runCli(['assess', '--ddl', ddl, '--dialect', 'oracle', '--include', 'GL.GL_PERIODS,AP.*,XX_*', '--out', out]);
    expect(result.code).toBe(2);
    expect(errorLines(result.stderr)[0]).toBe('error[E_INCLUDE_NO_MATCH]: --include "AP.*", "XX_*" match no table in oracle DDL export');
    expect(existsSync(out)).toBe(false);
  });

  it('assess --ddl: a pattern whose only tables are excluded says so', () => {
    const result = runCli(['assess', '--ddl', ddl, '--dialect', 'oracle', '--include', 'GL_LEDGERS', '--exclude', 'GL.GL_L*', '--out', join(work, 'include-excl')]);
    expect(result.code).toBe(2);
    expect(errorLines(result.stderr)[0]).toBe('error[E_INCLUDE_NO_MATCH]: --include "GL_LEDGERS" matches no table (after --exclude) in oracle DDL export');
  });

  let postgresUp = false;
  beforeAll(async () => {
    postgresUp = await liveAvailable('postgres');
  });

  it('live assess (PostgreSQL): exit 2 naming the pattern', (context) => {
    if (!postgresUp) context.skip();
    const out = join(work, 'include-live');
    const result = runCli(['assess', '--source', 'postgres://postgres@127.0.0.1:5432/postgres', '--include', 'erpm_cli_no_such_table_*', '--out', out]);
    expect(result.code).toBe(2);
    expect(errorLines(result.stderr)[0]).toBe('error[E_INCLUDE_NO_MATCH]: --include "erpm_cli_no_such_table_*" matches no table in postgres://postgres@127.0.0.1:5432/postgres');
    expect(existsSync(out)).toBe(false);
  });
});
