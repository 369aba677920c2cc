/** Builds the commander program: global flags, one registration per command file. */
import { Command } from 'commander';
import { registerAssess } from './assess.js';
import { registerPlan } from './plan.js';
import { registerDemo } from './demo.js';
import { decorateHelp } from './support/help-text.js';

export interface GlobalOptions {
  readonly project?: string;
  readonly debug: boolean;
  readonly quiet: boolean;
  readonly json: boolean;
}

/** What every command gets from the process: the signal aborted on SIGINT/SIGTERM. */
export interface CliContext {
  readonly signal: AbortSignal;
}

export function createProgram(version: string, context: CliContext = { signal: new AbortController().signal }): Command {
  const program = new Command('erp-migrate')
    .description('Move on-premises ERP databases (Oracle, SQL Server, PostgreSQL, MySQL/MariaDB) to AWS: assess, plan, run, validate, report.')
    .version(version)
    .option('--project <file>', 'project file with named connections (default: ./erp-migrate.yaml when present)')
    .option('--debug', 'print stack traces of errors', false)
    .option('-q, --quiet', 'no progress output', false)
    .option('--json', 'machine-readable output: progress events and the result as JSON lines on stdout', false)
    // commander's parse errors are thrown (exitOverride) and printed by main() in our own format, not here.
    .configureOutput({ outputError: () => {} })
    .exitOverride();
  registerAssess(program, context);
  registerPlan(program, context);
  registerDemo(program, context);
  decorateHelp(program);
  return program;
}

export function globalOptions(command: Command): GlobalOptions {
  let root = command;
  while (root.parent !== null) root = root.parent;
  const options = root.opts<{ project?: string; debug?: boolean; quiet?: boolean; json?: boolean }>();
  return {
    ...(options.project === undefined ? {} : { project: options.project }),
    debug: options.debug === true,
    quiet: options.quiet === true,
    json: options.json === true,
  };
}
