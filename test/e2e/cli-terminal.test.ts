/**
 * Progress on a real pseudo-terminal (util-linux `script`): a terminal reporting 0 columns must not
 * make the spinner loop (it used to clear lines forever: megabytes of escape codes, never exiting),
 * and NO_COLOR must leave no colour codes.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI } from '../support/cli.js';

const work = mkdtempSync(join(tmpdir(), 'erpm-e2e-terminal-'));
const ddl = join(work, 'gl.sql');
writeFileSync(ddl, 'CREATE TABLE GL.GL_PERIODS (PERIOD_NAME VARCHAR2(15) NOT NULL, CONSTRAINT GL_PERIODS_PK PRIMARY KEY (PERIOD_NAME));\n');

const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
const quote = (text: string): string => `'${text.replace(/'/g, `'\\''`)}'`;
const OUTPUT_LIMIT = 256 * 1024;

/** Runs assess under a pty of the given size; bounded in time (coreutils timeout kills a looping CLI after 15 s) and output (256 KiB). */
function assessOnTerminal(columns: number, rows: number, out: string, env: Record<string, string>) {
  const command = `stty cols ${columns} rows ${rows}; exec timeout -s KILL 15 ${quote(process.execPath)} ${quote(CLI)} assess --ddl ${quote(ddl)} --dialect oracle --out ${quote(out)}`;
  // A person's terminal: CI (set by .ci/run) makes ora and chalk non-interactive and colourless by themselves.
  const { NO_COLOR: _n, FORCE_COLOR: _f, CI: _c, ...inherited } = process.env;
  const result = spawnSync('script', ['-qec', command, '/dev/null'], {
    env: { ...inherited, TERM: 'xterm-256color', ...env },
    encoding: 'utf8',
    timeout: 30_000,
    maxBuffer: OUTPUT_LIMIT,
  });
  return { status: result.status, error: result.error, output: result.stdout ?? '' };
}

describe.skipIf(!hasScript)('progress on a pseudo-terminal (needs util-linux script)', () => {
  it('a terminal of 0 columns gets plain progress lines and the command finishes', () => {
    const out = join(work, 'zero');
    const result = assessOnTerminal(0, 0, out, {});
    expect(result.error).toBeUndefined(); // neither the timeout nor the output limit was hit
    expect(result.status).toBe(0);
    expect(result.output.length).toBeLessThan(8 * 1024);
    expect(result.output).toMatch(/… reading DDL/);
    expect(result.output).toMatch(/✓ assessed oracle DDL export/);
    expect(existsSync(join(out, 'inventory.json'))).toBe(true);
  });

  it('NO_COLOR: the spinner writes no colour codes', () => {
    const result = assessOnTerminal(80, 24, join(work, 'nocolor'), { NO_COLOR: '1' });
    expect(result.error).toBeUndefined();
    expect(result.status).toBe(0);
    expect(result.output).toMatch(/assessed oracle DDL export/);
    expect(result.output).not.toMatch(/\u001b\[(?:3\d|9\d|1;3\d)m/);
  });

  it('without NO_COLOR the spinner may colour (so the check above can fail)', () => {
    const result = assessOnTerminal(80, 24, join(work, 'color'), {});
    expect(result.status).toBe(0);
    expect(result.output).toMatch(/\u001b\[3\dm/);
  });
});
