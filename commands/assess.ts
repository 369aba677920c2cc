/** `erp-migrate assess`: live source or DDL export → inventory.json + assessment reports. */
import type { Command } from 'commander';
import { assessAction, DIALECT_NAMES, type DialectName } from '../src/index.js';
import { globalOptions, type CliContext } from './program.js';
import { createConsoleSink } from './support/console-sink.js';
import { collect, oneOf, positiveNumber } from './support/options.js';

interface AssessFlags {
  source?: string;
  ddl?: string[];
  dialect?: DialectName;
  schema?: string[];
  include?: string[];
  exclude?: string[];
  exactCounts: boolean;
  stats?: string;
  modules?: string[];
  throughput?: number;
  out: string;
}

export function registerAssess(program: Command, context: CliContext): void {
  program
    .command('assess')
    .description('inventory a source database (live, or from DDL exports), classify ERP modules, run pre-migration checks, write the assessment')
    .option('--source <url|name>', 'source connection: oracle://, mssql://, postgres://, mysql:// URL or a name from erp-migrate.yaml')
    .option('--ddl <file|dir...>', 'read DDL export files (or folders of *.sql) instead of connecting')
    .option('--dialect <dialect>', 'dialect of the DDL export: oracle, mssql, postgres, mysql', oneOf('--dialect', DIALECT_NAMES))
    .option('--schema <name>', 'schema to assess (repeatable or comma separated; default: all user schemas)', collect)
    .option('--include <pattern>', 'only tables matching (glob, `schema.table` or `table`; repeatable)', collect)
    .option('--exclude <pattern>', 'skip tables matching (glob; repeatable)', collect)
    .option('--exact-counts', 'count rows with COUNT(*) instead of trusting statistics', false)
    .option('--stats <csv>', 'with --ddl: table statistics CSV (schema,table,rows,bytes)')
    .option('--modules <yaml>', 'extra ERP module catalogue (overrides the built-in ones; repeatable)', collect)
    .option('--throughput <MBps>', 'load throughput for the full-load time estimate, MB/s', positiveNumber('--throughput'))
    .requiredOption('--out <dir>', 'folder for inventory.json and the assessment reports')
    .action(async (flags: AssessFlags, command: Command) => {
      const global = globalOptions(command);
      const progress = createConsoleSink(global);
      try {
        const result = await assessAction({
          ...(flags.source === undefined ? {} : { source: flags.source }),
          ...(flags.ddl === undefined ? {} : { ddl: flags.ddl }),
          ...(flags.dialect === undefined ? {} : { dialect: flags.dialect }),
          ...(flags.stats === undefined ? {} : { stats: flags.stats }),
          ...(flags.throughput === undefined ? {} : { throughputMBps: flags.throughput }),
          ...(global.project === undefined ? {} : { project: global.project }),
          schemas: flags.schema ?? [],
          include: flags.include ?? [],
          exclude: flags.exclude ?? [],
          moduleCatalogs: flags.modules ?? [],
          exactCounts: flags.exactCounts,
          out: flags.out,
          cwd: process.cwd(),
          env: process.env,
          onEvent: (event) => progress.onEvent(event),
          signal: context.signal,
        });
        progress.succeed(`assessed ${result.source}`);
        progress.result(result.summary, { command: 'assess', source: result.source, out: flags.out, files: result.files, summary: result.summary });
      } catch (error) {
        progress.fail();
        throw error;
      }
    });
}
