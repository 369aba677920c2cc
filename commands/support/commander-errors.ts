/**
 * commander's own parse errors (unknown option, missing required option or argument, unknown command)
 * become UsageErrors, so they print like every other error: `error[E_USAGE]: …` + `hint: …`, exit 2.
 */
import type { Command, CommanderError } from 'commander';
import { UsageError } from '../../src/index.js';

/** The command the user was running (`assess`, `plan`, …), for the hint; null at the top level. */
function commandOf(program: Command, argv: readonly string[]): string | null {
  const names = new Set(program.commands.map((command) => command.name()));
  return argv.slice(2).find((arg) => names.has(arg)) ?? null;
}

export function toUsageError(error: CommanderError, program: Command, argv: readonly string[]): UsageError {
  const message = error.message.replace(/^error:\s*/i, '').split('\n')[0] ?? '';
  const command = commandOf(program, argv);
  const where = command === null ? 'erp-migrate' : `erp-migrate ${command}`;
  return new UsageError('E_USAGE', `${where}: ${message}`, { hint: `run ${where} --help for the options and examples`, cause: error });
}
