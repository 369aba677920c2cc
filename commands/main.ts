/** Process entry: parse, run, print any error once, set the exit code. */
import { readFileSync } from 'node:fs';
import { CommanderError } from 'commander';
import { EXIT, packageRootPath } from '../src/index.js';
import { createProgram } from './program.js';
import { printError } from './support/print-error.js';

export async function main(argv: readonly string[]): Promise<number> {
  const version = (JSON.parse(readFileSync(`${packageRootPath()}/package.json`, 'utf8')) as { version: string }).version;
  const program = createProgram(version);
  const debug = argv.includes('--debug');
  try {
    await program.parseAsync([...argv]);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // commander already printed its message (usage errors) or the help/version text.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    return printError(error, { debug, write: (text) => process.stderr.write(text) });
  }
}
