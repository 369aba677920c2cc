/** `erp-migrate plan`: inventory + mapping files → plan directory (or `--check` to validate only). */
import type { Command } from 'commander';
import { planAction, type TargetName } from '../src/index.js';
import { globalOptions, type CliContext } from './program.js';
import { createConsoleSink } from './support/console-sink.js';
import { collect, oneOf } from './support/options.js';

const TARGETS: readonly TargetName[] = ['postgres', 'aurora-postgresql', 'oracle', 'sqlserver', 'mysql'];

interface PlanFlags {
  inventory: string;
  mapping?: string[];
  target: TargetName;
  out?: string;
  check: boolean;
  waves: 'by-dependency' | 'by-module';
  targetSchema?: string;
}

export function registerPlan(program: Command, context: CliContext): void {
  program
    .command('plan')
    .description('turn an inventory and mapping files into a reviewable plan: target DDL, AWS DMS task JSON, CloudFormation, staged waves')
    .requiredOption('--inventory <dir|file>', 'inventory.json, or the assessment folder holding it')
    .option('--mapping <yaml>', 'mapping file (repeatable; later files override earlier ones)', collect)
    .option('--target <target>', 'postgres, aurora-postgresql, oracle, sqlserver, mysql', oneOf('--target', TARGETS), 'postgres' as TargetName)
    .option('--waves <layout>', 'by-dependency or by-module', oneOf('--waves', ['by-dependency', 'by-module'] as const), 'by-dependency' as const)
    .option('--target-schema <name>', 'target schema (database on MySQL) for a single-schema source; several schemas: rename.schemas in a mapping file')
    .option('--out <dir>', 'plan folder to write')
    .option('--check', 'validate inventory and mappings and report, without writing', false)
    .action(async (flags: PlanFlags, command: Command) => {
      const global = globalOptions(command);
      const progress = createConsoleSink(global);
      if (!flags.check && flags.out === undefined) {
        const { UsageError } = await import('../src/index.js');
        throw new UsageError('E_USAGE', 'plan: --out is required (or --check to validate only)', { hint: 'e.g. erp-migrate plan --inventory assessment/ --out plan/' });
      }
      try {
        const result = await planAction({
          inventory: flags.inventory,
          mappings: flags.mapping ?? [],
          target: flags.target,
          ...(flags.out === undefined ? {} : { out: flags.out }),
          check: flags.check,
          waves: flags.waves,
          ...(flags.targetSchema === undefined ? {} : { targetSchema: flags.targetSchema }),
          onEvent: (event) => progress.onEvent(event),
          signal: context.signal,
        });
        progress.succeed(flags.check ? 'plan checked' : `plan written to ${flags.out ?? ''}`);
        const { plan: _plan, ...figures } = result;
        progress.result(result.summary, { command: 'plan', ...figures });
      } catch (error) {
        progress.fail();
        throw error;
      }
    });
}
