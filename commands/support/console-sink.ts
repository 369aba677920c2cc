/** Progress on stderr: an ora spinner on a terminal, plain lines elsewhere (CI logs), nothing with --quiet. */
import ora, { type Ora } from 'ora';

export interface Progress {
  update(message: string): void;
  succeed(message: string): void;
  fail(): void;
}

export function createProgress(options: { quiet: boolean }): Progress {
  if (options.quiet) return { update() {}, succeed() {}, fail() {} };
  if (!process.stderr.isTTY) {
    return {
      update(message) {
        process.stderr.write(`… ${message}\n`);
      },
      succeed(message) {
        process.stderr.write(`✓ ${message}\n`);
      },
      fail() {},
    };
  }
  let spinner: Ora | null = null;
  return {
    update(message) {
      if (spinner === null) spinner = ora({ text: message, stream: process.stderr }).start();
      else spinner.text = message;
    },
    succeed(message) {
      if (spinner === null) process.stderr.write(`✓ ${message}\n`);
      else spinner.succeed(message);
      spinner = null;
    },
    fail() {
      spinner?.stop();
      spinner = null;
    },
  };
}
