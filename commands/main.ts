/** Process entry: parse, run, print any error once, set the exit code. */
import { readFileSync } from 'node:fs';
import { CommanderError } from 'commander';
import { EXIT, InterruptedError, packageRootPath, runInterruptCleanups } from '../src/index.js';
import { createProgram } from './program.js';
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
    if (error instanceof CommanderError) {
      // commander already printed its message (usage errors) or the help/version text.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    return printError(error, { debug, write: (text) => process.stderr.write(text) });
  }
}
