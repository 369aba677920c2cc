/**
 * Running PostgreSQL's own programs (initdb, postgres) for the embedded server, with every way a child
 * can fail turned into an EmbeddedPgProblem the caller reports in one line: a spawn error (EACCES,
 * ENOENT…) is an 'error' event that, left unheard, crashes Node — so each child here has a listener
 * from the moment it exists, and each wait is bounded.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { basename } from 'node:path';

/** Why the embedded server cannot start, and what the user can do about it. */
export class EmbeddedPgProblem extends Error {
  readonly hint: string | undefined;

  constructor(reason: string, hint?: string) {
    super(reason);
    this.name = 'EmbeddedPgProblem';
    this.hint = hint;
  }
}

/** The operating-system account the programs run as (root only: PostgreSQL refuses to run as root). */
export interface OsAccount {
  readonly name: string;
  readonly uid: number;
  readonly gid: number;
}

export interface ChildOptions {
  readonly cwd: string;
  readonly account?: OsAccount;
  readonly timeoutMs: number;
  /** Called with the child as soon as it exists, so an interrupt can kill it. */
  readonly track?: (child: ChildProcess) => void;
}

// Fixed locale for the children: their messages are read ("ready to accept connections") and reported.
const CHILD_ENV = { ...process.env, LC_ALL: 'C', LANG: 'C', LC_MESSAGES: 'C' };

const SPAWN_ERRORS: Record<string, string> = {
  EACCES: 'permission denied (EACCES)',
  ENOENT: 'no such file (ENOENT)',
  EPERM: 'operation not permitted (EPERM)',
  ENOEXEC: 'not an executable for this machine (ENOEXEC)',
};

function spawnChild(file: string, args: readonly string[], options: ChildOptions): ChildProcess {
  const ids = options.account === undefined ? {} : { uid: options.account.uid, gid: options.account.gid };
  const child = spawn(file, args, { cwd: options.cwd, env: CHILD_ENV, stdio: ['ignore', 'pipe', 'pipe'], ...ids });
  options.track?.(child);
  return child;
}

function spawnFailure(file: string, error: Error, account: OsAccount | undefined): EmbeddedPgProblem {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const why = SPAWN_ERRORS[code] ?? error.message.split('\n')[0] ?? 'unknown error';
  const as = account === undefined ? '' : ` as user ${account.name}`;
  return new EmbeddedPgProblem(`cannot run ${basename(file)} (${file})${as}: ${why}`);
}

/** The line of a PostgreSQL log worth showing: a port in use, else the last FATAL/ERROR/"could not" line, else the last. */
export function telltaleLine(lines: readonly string[]): string | undefined {
  // Server log lines start with a timestamp and a pid ("2026-01-02 10:00:00.123 UTC [42] "): noise in a one-line error.
  const meaningful = lines.map((line) => line.replace(/^\d{4}-\d\d-\d\d [\d:.]+ \S+ \[\d+\] /, '').replace(/\s+/g, ' ').trim()).filter((line) => line !== '');
  return meaningful.find((line) => /already in use/i.test(line))
    ?? [...meaningful].reverse().find((line) => /FATAL|ERROR|could not|error while loading|denied/i.test(line))
    ?? meaningful.at(-1);
}

/** Keeps the last lines of a stream (a child's log can be long; only its end explains a failure). */
function lineTail(limit = 40): { add(chunk: Buffer): string; lines(): string[] } {
  const kept: string[] = [];
  let pending = ''; // a line whose end has not arrived yet (chunks split anywhere)
  return {
    add(chunk) {
      const text = chunk.toString('utf8');
      const parts = (pending + text).split('\n');
      pending = parts.pop() ?? '';
      kept.push(...parts);
      if (kept.length > limit) kept.splice(0, kept.length - limit);
      return text;
    },
    lines: () => [...kept, pending],
  };
}

/** Runs a program to its end; resolves with its stdout, rejects with an EmbeddedPgProblem on any failure. */
export function runToCompletion(file: string, args: readonly string[], options: ChildOptions): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawnChild(file, args, options);
    const output = lineTail();
    let stdout = '';
    child.stdout?.on('data', (chunk: Buffer) => { stdout += output.add(chunk); });
    child.stderr?.on('data', (chunk: Buffer) => { output.add(chunk); });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new EmbeddedPgProblem(`${basename(file)} did not finish within ${Math.round(options.timeoutMs / 1000)} s`));
    }, options.timeoutMs);
    timer.unref();
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(spawnFailure(file, error, options.account));
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(stdout);
      else reject(new EmbeddedPgProblem(`${basename(file)} failed (${code === null ? `signal ${signal}` : `exit ${code}`}): ${telltaleLine(output.lines()) ?? 'no output'}`));
    });
  });
}

/**
 * Starts the postmaster and resolves once it accepts connections. Its log keeps being read (a full
 * pipe would block the server) and its last lines explain an early exit.
 */
export function startServer(file: string, args: readonly string[], options: ChildOptions): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawnChild(file, args, options);
    const log = lineTail();
    let ready = false;
    const fail = (problem: EmbeddedPgProblem) => {
      clearTimeout(timer);
      if (!ready) reject(problem);
    };
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new EmbeddedPgProblem(`postgres did not accept connections within ${Math.round(options.timeoutMs / 1000)} s: ${telltaleLine(log.lines()) ?? 'no output'}`));
    }, options.timeoutMs);
    timer.unref();
    const listen = (chunk: Buffer) => {
      log.add(chunk);
      if (!ready && log.lines().some((line) => line.includes('database system is ready to accept connections'))) {
        ready = true;
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout?.on('data', listen);
    child.stderr?.on('data', listen);
    child.once('error', (error) => fail(spawnFailure(file, error, options.account)));
    child.once('exit', (code, signal) => {
      fail(new EmbeddedPgProblem(telltaleLine(log.lines()) ?? `postgres exited (${code === null ? `signal ${signal}` : `exit ${code}`}) before accepting connections`));
    });
  });
}

/** Fast shutdown (SIGINT), SIGKILL if it has not exited after `timeoutMs`; immediate when already exited. */
export function stopServer(child: ChildProcess, timeoutMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    timer.unref();
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGINT');
  });
}
