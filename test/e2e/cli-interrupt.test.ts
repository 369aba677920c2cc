/**
 * Ctrl-C during `demo`: exit code 5 with one E_INTERRUPTED line, the embedded PostgreSQL stopped and
 * its temporary data directory removed, and no demo output folder left half written.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
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
});
