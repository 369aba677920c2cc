/** `erp-migrate demo`: embedded PostgreSQL + fixture ERP → assessment + plan, end to end. */
import type { Command } from 'commander';
import { demoAction } from '../src/index.js';
import { loadFixtureErp } from '../fixtures/erp/index.js';
import { globalOptions } from './program.js';
import { createProgress } from './support/console-sink.js';
import { positiveNumber } from './support/options.js';

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('run the whole job on a throwaway embedded PostgreSQL loaded with the fixture ERP')
    .option('--out <dir>', 'folder for the demo artefacts', 'erp-migrate-demo')
    .option('--scale <factor>', 'fixture ERP scale factor (1 ≈ 1M rows in the largest table)', positiveNumber('--scale'), 0.01)
    .action(async (flags: { out: string; scale: number }, command: Command) => {
      const progress = createProgress({ quiet: globalOptions(command).quiet });
      try {
        const result = await demoAction({
          out: flags.out,
          scale: flags.scale,
          cwd: process.cwd(),
          loadFixture: (connection, scale) => loadFixtureErp({ dialect: 'postgres', connection, scale }),
          onProgress: (message) => progress.update(message),
        });
        progress.succeed('demo finished');
        process.stdout.write(`${result.summary}\n`);
      } catch (error) {
        progress.fail();
        throw error;
      }
    });
}
