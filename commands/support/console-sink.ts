/**
 * Renders the library's progress events and the command's result. Three renderers:
 * - a terminal: an ora spinner on stderr showing the latest event, then `✓ done`;
 * - elsewhere (CI logs, pipes): one plain line per event on stderr (`… text`, `✓ done`);
 * - `--json`: one JSON object per line on stdout, each with its `kind`, the last one `{"kind":"result",…}`
 *   (machine readers get everything on one stream; errors still go to stderr, and also as `{"kind":"error"}`).
 * `--quiet` drops the progress, never the result.
 *
 * A terminal that reports 0 columns (a pty under `script`, some CI runners, serial consoles) gets plain
 * lines too: ora divides by the width to count the lines it must clear, and with 0 it clears forever
 * instead of finishing. NO_COLOR (any non-empty value, no-color.org) turns the spinner's colour off.
 */
import ora, { type Ora } from 'ora';
import { describeProgress, type ProgressEvent } from '../../src/index.js';

export interface ConsoleSink {
  onEvent(event: ProgressEvent): void;
  /** The command finished: `✓ message` (not with --json: the result line says it). */
  succeed(message: string): void;
  fail(): void;
  /** The command's result: `text` on stdout, or with --json one `{"kind":"result", ...data}` line. */
  result(text: string, data: Readonly<Record<string, unknown>>): void;
}

export interface SinkOptions {
  readonly quiet: boolean;
  readonly json: boolean;
  readonly env?: Readonly<Record<string, string | undefined>>;
}

const writeResultText = (text: string): void => {
  process.stdout.write(`${text}\n`);
};

/** One JSON object per line; the CLI's machine-readable output. */
export function jsonLine(value: Readonly<Record<string, unknown>>): string {
  return `${JSON.stringify(value)}\n`;
}

function jsonSink(quiet: boolean): ConsoleSink {
  return {
    onEvent(event) {
      if (!quiet) process.stdout.write(jsonLine(event as unknown as Record<string, unknown>));
    },
    succeed() {},
    fail() {},
    result(_text, data) {
      process.stdout.write(jsonLine({ kind: 'result', ...data }));
    },
  };
}

const plainLine = (message: string): void => {
  process.stderr.write(`… ${message}\n`);
};

function plainSink(): ConsoleSink {
  return {
    onEvent: (event) => plainLine(describeProgress(event)),
    succeed(message) {
      process.stderr.write(`✓ ${message}\n`);
    },
    fail() {},
    result: writeResultText,
  };
}

/** A spinner needs a terminal that knows its width. */
function canSpin(stream: NodeJS.WriteStream): boolean {
  return stream.isTTY === true && typeof stream.columns === 'number' && stream.columns > 0;
}

function spinnerSink(stream: NodeJS.WriteStream, noColor: boolean): ConsoleSink {
  const plain = plainSink();
  let spinner: Ora | null = null;
  let fellBack = false;
  // The width may drop to 0 later (a resized or detached terminal): stop spinning, go on in plain lines.
  const onResize = (): void => {
    if (canSpin(stream) || spinner === null) return;
    const text = spinner.text;
    spinner.stop();
    spinner = null;
    fellBack = true;
    plainLine(text);
  };
  stream.on('resize', onResize);
  const done = (): void => {
    stream.off('resize', onResize);
  };
  return {
    onEvent(event) {
      const message = describeProgress(event);
      if (fellBack || !canSpin(stream)) {
        fellBack = true;
        plainLine(message);
      } else if (spinner === null) spinner = ora({ text: message, stream, color: noColor ? false : 'cyan' }).start();
      else spinner.text = message;
    },
    succeed(message) {
      if (spinner === null) plain.succeed(message);
      else spinner.succeed(message);
      spinner = null;
      done();
    },
    fail() {
      spinner?.stop();
      spinner = null;
      done();
    },
    result: writeResultText,
  };
}

export function createConsoleSink(options: SinkOptions): ConsoleSink {
  if (options.json) return jsonSink(options.quiet);
  if (options.quiet) return { onEvent() {}, succeed() {}, fail() {}, result: writeResultText };
  const stream = process.stderr;
  if (!canSpin(stream)) return plainSink();
  const env = options.env ?? process.env;
  return spinnerSink(stream, env.NO_COLOR !== undefined && env.NO_COLOR !== '');
}
