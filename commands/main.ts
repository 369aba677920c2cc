/** Process entry: parse, run, print any error once, set the exit code. */
import { readFileSync } from 'node:fs';
import { CommanderError } from 'commander';
import { EXIT, InterruptedError, packageRootPath, runInterruptCleanups } from '../src/index.js';
import { createProgram } from './program.js';
import { toUsageError } from './support/commander-errors.js';
import { printError } from './support/print-error.js';

export async function main(argv: readonly string[]): Promise<number> {
  const version = (JSON.parse(readFileSync(`${packageRootPath()}/package.json`, 'utf8')) as { version: string }).version;
  const program = createProgram(version);
  const debug = argv.includes('--debug');
  // Ctrl-C or a stopped CI job: outputs are written all-or-nothing, so the step can simply be run again.
  let interrupted = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    interrupted = true;
    printError(new InterruptedError('E_INTERRUPTED', `interrupted by ${signal}; no partial output was kept`, {
      hint: 'run the same command again',
    }), { debug: false, write: (text) => process.stderr.write(text) });
    void runInterruptCleanups().finally(() => process.exit(EXIT.interrupted));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    await program.parseAsync([...argv]);
    return EXIT.ok;
  } catch (error) {
    // The failure a cleanup provoked (a stopped server) is a consequence of the interrupt, already reported.
    if (interrupted) return EXIT.interrupted;
    const write = (text: string): boolean => process.stderr.write(text);
    if (error instanceof CommanderError) {
      // Help or version text was printed (exit 0; `erp-migrate` alone prints help on stderr, exit 2).
      if (error.exitCode === 0) return EXIT.ok;
      if (error.code === 'commander.help') return EXIT.usage;
      return printError(toUsageError(error, program, argv), { debug, write });
    }
    return printError(error, { debug, write });
  }
}
