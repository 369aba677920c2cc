/** Process entry: parse, run, print any error once, set the exit code. */
import { readFileSync } from 'node:fs';
import { CommanderError } from 'commander';
import { EXIT, InterruptedError, packageRootPath, runInterruptCleanups } from '../src/index.js';
import { createProgram } from './program.js';
import { toUsageError } from './support/commander-errors.js';
import { jsonLine } from './support/console-sink.js';
import { errorRecord, printError } from './support/print-error.js';

/** How long an interrupted command may take to reach a safe point before the process stops without it. */
const GRACE_MS = 10_000;

/**
 * Ctrl-C or a stopped CI job is cooperative: the signal aborts the command's AbortSignal, the registered
 * cleanups (throwaway servers, temporary files) run at once so that work in flight fails fast, and the
 * command stops at its next safe point with its own message (all-or-nothing steps: nothing was written;
 * a resumable step: how far it got). A second signal, or no safe point within GRACE_MS, stops the process.
 */
function watchSignals(write: (text: string) => void): { signal: AbortSignal; interrupted: () => string | null; cleaned: () => Promise<unknown> } {
  const controller = new AbortController();
  let received: string | null = null;
  let cleanups: Promise<unknown> = Promise.resolve();
  const stopNow = (signal: string): void => {
    printError(new InterruptedError('E_INTERRUPTED', `interrupted by ${signal}; stopped before a safe point`, {
      hint: 'run the same command again',
    }), { debug: false, write });
    void cleanups.finally(() => process.exit(EXIT.interrupted));
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    if (received !== null) return stopNow(signal);
    received = signal;
    controller.abort(signal);
    cleanups = runInterruptCleanups();
    setTimeout(() => stopNow(signal), GRACE_MS);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return { signal: controller.signal, interrupted: () => received, cleaned: () => cleanups };
}

export async function main(argv: readonly string[]): Promise<number> {
  const version = (JSON.parse(readFileSync(`${packageRootPath()}/package.json`, 'utf8')) as { version: string }).version;
  const debug = argv.includes('--debug');
  const json = argv.includes('--json');
  const write = (text: string): boolean => process.stderr.write(text);
  const signals = watchSignals(write);
  const program = createProgram(version, { signal: signals.signal });
  const fail = (error: unknown): number => {
    if (json) process.stdout.write(jsonLine(errorRecord(error)));
    return printError(error, { debug, write });
  };
  try {
    await program.parseAsync([...argv]);
    return EXIT.ok;
  } catch (error) {
    const signal = signals.interrupted();
    if (signal !== null) {
      await signals.cleaned();
      // The command's own InterruptedError says what was kept; any other failure is a consequence of the interrupt.
      return fail(error instanceof InterruptedError ? error : new InterruptedError('E_INTERRUPTED', `interrupted by ${signal}`, {
        hint: 'run the same command again',
        cause: error,
      }));
    }
    if (error instanceof CommanderError) {
      // Help or version text was printed (exit 0; `erp-migrate` alone prints help on stderr, exit 2).
      if (error.exitCode === 0) return EXIT.ok;
      if (error.code === 'commander.help') return EXIT.usage;
      return fail(toUsageError(error, program, argv));
    }
    return fail(error);
  }
}
