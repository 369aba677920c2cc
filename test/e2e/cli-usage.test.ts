/** commander's own errors print in our format, and --help shows examples and marks required options. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { CLI, runCli } from '../support/cli.js';

function expectUsageError(result: { code: number; stderr: string; stdout: string }, message: RegExp): void {
  expect(result.code).toBe(2);
  const lines = result.stderr.split('\n').filter((line) => line.trim() !== '');
  expect(lines[0]).toMatch(/^error\[E_USAGE\]: /);
  expect(lines[0]).toMatch(message);
  expect(lines[1]).toMatch(/^hint: run erp-migrate( \w+)? --help/);
  expect(lines).toHaveLength(2);
  expect(result.stderr).not.toMatch(/^error: /m);
}

describe('commander errors in our format (exit 2)', () => {
  it('a missing required option', () => {
    expectUsageError(runCli(['assess', '--ddl', 'x.sql']), /^error\[E_USAGE\]: erp-migrate assess: required option '--out <dir>' not specified$/);
    expectUsageError(runCli(['plan', '--out', 'p']), /erp-migrate plan: required option '--inventory <dir\|file>' not specified/);
  });

  it('an unknown option', () => {
    expectUsageError(runCli(['assess', '--bogus', '--out', 'x']), /erp-migrate assess: unknown option '--bogus'/);
  });

  it('an option without its value, and an unknown command', () => {
    expectUsageError(runCli(['assess', '--out']), /erp-migrate assess: option '--out <dir>' argument missing/);
    expectUsageError(runCli(['asess']), /erp-migrate: unknown command 'asess'/);
  });
});

describe('--help', () => {
  it.each(['assess', 'plan', 'demo'])('%s --help shows an Examples section with real invocations', (command) => {
    const result = runCli([command, '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`\\nExamples:\\n  erp-migrate ${command}\\b`));
  });

  it('marks required options "(required)"', () => {
    expect(runCli(['assess', '--help']).stdout).toMatch(/--out <dir>\s+folder for inventory\.json and the assessment reports\s+\(required\)/);
    expect(runCli(['plan', '--help']).stdout).toMatch(/--inventory <dir\|file>\s+inventory\.json, or the assessment folder holding\s+it\s+\(required\)/);
    expect(runCli(['assess', '--help']).stdout).not.toMatch(/--source <url\|name>[^\n]*\(required\)/);
  });
});

describe('output into a closed pipe', () => {
  it('help written after the reader closed its end: exit 0, no EPIPE stack', () => {
    // The reader closes stdin at once, before node has started, so the write always meets a closed pipe.
    const command = `set -o pipefail; ${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} plan --help | (exec 0<&-; sleep 3)`;
    const result = spawnSync('bash', ['-c', command], { encoding: 'utf8' });
    expect(result.stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(result.status).toBe(0);
  });
});
