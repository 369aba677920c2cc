/**
 * Progress on stderr: an ora spinner on a terminal, plain lines elsewhere (CI logs), nothing with --quiet.
 *
 * A terminal that reports 0 columns (a pty under `script`, some CI runners, serial consoles) gets plain
 * lines too: ora divides by the width to count the lines it must clear, and with 0 it clears forever
 * instead of finishing. NO_COLOR (any non-empty value, no-color.org) turns the spinner's colour off.
 */
import ora, { type Ora } from 'ora';

export interface Progress {
  update(message: string): void;
  succeed(message: string): void;
  fail(): void;
}

const plainLines: Progress = {
  update(message) {
    process.stderr.write(`… ${message}\n`);
  },
  succeed(message) {
    process.stderr.write(`✓ ${message}\n`);
  },
  fail() {},
};

/** A spinner needs a terminal that knows its width. */
function canSpin(stream: NodeJS.WriteStream): boolean {
  return stream.isTTY === true && typeof stream.columns === 'number' && stream.columns > 0;
}

export function createProgress(options: { quiet: boolean; env?: Readonly<Record<string, string | undefined>> }): Progress {
  if (options.quiet) return { update() {}, succeed() {}, fail() {} };
  const stream = process.stderr;
  if (!canSpin(stream)) return plainLines;
  const noColor = (options.env ?? process.env).NO_COLOR !== undefined && (options.env ?? process.env).NO_COLOR !== '';
  let spinner: Ora | null = null;
  let plain = false;
  // The width may drop to 0 later (a resized or detached terminal): stop spinning, go on in plain lines.
  const onResize = (): void => {
    if (canSpin(stream) || spinner === null) return;
    const text = spinner.text;
    spinner.stop();
    spinner = null;
    plain = true;
    plainLines.update(text);
  };
  stream.on('resize', onResize);
  const done = (): void => {
    stream.off('resize', onResize);
  };
  return {
    update(message) {
      if (plain || !canSpin(stream)) {
        plain = true;
        plainLines.update(message);
      } else if (spinner === null) spinner = ora({ text: message, stream, color: noColor ? false : 'cyan' }).start();
      else spinner.text = message;
    },
    succeed(message) {
      if (spinner === null) plainLines.succeed(message);
      else spinner.succeed(message);
      spinner = null;
      done();
    },
    fail() {
      spinner?.stop();
      spinner = null;
      done();
    },
  };
}
