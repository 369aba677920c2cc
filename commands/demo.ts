/** `erp-migrate demo`: embedded PostgreSQL + fixture ERP → assessment + plan, end to end. */
import type { Command } from 'commander';
import { demoAction } from '../src/index.js';
import { loadFixtureErp } from '../fixtures/erp/index.js';
import { globalOptions, type CliContext } from './program.js';
import { createConsoleSink } from './support/console-sink.js';
import { positiveNumber } from './support/options.js';

export function registerDemo(program: Command, context: CliContext): void {
  program
    .command('demo')
    .description('run the whole job on a throwaway embedded PostgreSQL loaded with the fixture ERP')
    .option('--out <dir>', 'folder for the demo artefacts', 'erp-migrate-demo')
    .option('--scale <factor>', 'fixture ERP scale factor (1 ≈ 1M rows in the largest table)', positiveNumber('--scale'), 0.01)
    .action(async (flags: { out: string; scale: number }, command: Command) => {
      const progress = createConsoleSink(globalOptions(command));
      try {
        const result = await demoAction({
          out: flags.out,
          scale: flags.scale,
          cwd: process.cwd(),
          loadFixture: (connection, scale) => loadFixtureErp({ dialect: 'postgres', connection, scale }),
          onEvent: (event) => progress.onEvent(event),
          signal: context.signal,
        });
        progress.succeed('demo finished');
        progress.result(result.summary, { command: 'demo', ...result });
      } catch (error) {
        progress.fail();
        throw error;
      }
    });
}
