/**
 * Ctrl-C during `demo`: exit code 5 with one E_INTERRUPTED line, the embedded PostgreSQL stopped and
 * its temporary data directory removed, and no demo output folder left half written. Ctrl-C during
 * `assess`: the command stops at its next safe point and says, in its own words, that nothing was written.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI } from '../support/cli.js';

describe('interrupting the CLI', () => {
  it('stops the embedded server, removes its data directory and exits 5', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'erpm-e2e-int-')), 'demo');
    const child = spawn(process.execPath, [CLI, 'demo', '--out', out], { env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    let dataDir: string | null = null;
    const code = await new Promise<number | null>((resolve) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        dataDir ??= /initdb in (\S+)\/data/.exec(stderr)?.[1] ?? null;
        if (stderr.includes('loading the fixture ERP') && !child.killed) child.kill('SIGINT');
      });
      child.on('exit', (exitCode) => resolve(exitCode));
    });
    expect(code).toBe(5);
    expect(stderr.split('\n').filter((line) => line.startsWith('error['))).toEqual(['error[E_INTERRUPTED]: interrupted by SIGINT; no partial output was kept']);
    expect(dataDir).not.toBeNull();
    expect(existsSync(dataDir!)).toBe(false);
    expect(existsSync(join(out, 'assessment', 'inventory.json'))).toBe(false);
  });

  it('assess stops at a safe point and says nothing was written', async () => {
    const work = mkdtempSync(join(tmpdir(), 'erpm-e2e-int-'));
    const ddl = join(work, 'big.sql');
    // Large enough that reading it outlasts the signal's delivery.
    writeFileSync(ddl, Array.from({ length: 3000 }, (_, i) => `CREATE TABLE GL.T${i} (ID NUMBER(15) NOT NULL, NAME VARCHAR2(100), CONSTRAINT T${i}_PK PRIMARY KEY (ID));`).join('\n'));
    const out = join(work, 'assessment');
    const child = spawn(process.execPath, [CLI, 'assess', '--ddl', ddl, '--dialect', 'oracle', '--out', out], { env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    const code = await new Promise<number | null>((resolve) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (stderr.includes('reading DDL') && !child.killed) child.kill('SIGINT');
      });
      child.on('exit', (exitCode) => resolve(exitCode));
    });
    expect(code).toBe(5);
    expect(stderr.split('\n').filter((line) => /^(error\[|hint:)/.test(line))).toEqual([
      'error[E_INTERRUPTED]: interrupted by SIGINT; nothing was written',
      'hint: run the same command again',
    ]);
    expect(existsSync(out)).toBe(false);
  });
});
