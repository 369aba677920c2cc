/** Prints an error once: `error[CODE]: what, where` then `hint: …`; the stack only with --debug. */
import { ErpMigrateError, EXIT, InternalError } from '../../src/index.js';
import { redactSecrets } from './redact.js';

export function toErpMigrateError(error: unknown): ErpMigrateError {
  if (error instanceof ErpMigrateError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new InternalError(`unexpected error: ${message.split('\n')[0] ?? ''}`, { cause: error });
}

export function printError(error: unknown, options: { debug: boolean; write: (text: string) => void }): number {
  const typed = toErpMigrateError(error);
  const message = redactSecrets(typed.message.split('\n')[0] ?? '');
  options.write(`error[${typed.code}]: ${message}\n`);
  if (typed.hint !== undefined) options.write(`hint: ${redactSecrets(typed.hint)}\n`);
  const problems = (typed as { problems?: unknown }).problems;
  if (Array.isArray(problems)) {
    for (const problem of problems) options.write(`  - ${redactSecrets(String(problem))}\n`);
  }
  if (options.debug) {
    const root = typed === error ? typed : error;
    const stack = root instanceof Error ? root.stack : undefined;
    if (stack !== undefined) options.write(`${redactSecrets(stack)}\n`);
    const cause = typed.cause instanceof Error ? typed.cause : undefined;
    if (cause?.stack !== undefined && root !== cause) options.write(`caused by: ${redactSecrets(cause.stack)}\n`);
  }
  return typed.exitCode ?? EXIT.internal;
}

/** The error as the `--json` stream's last line: `{"kind":"error","code","exitCode","message","hint","problems"}` (redacted like the text). */
export function errorRecord(error: unknown): Readonly<Record<string, unknown>> {
  const typed = toErpMigrateError(error);
  const problems = (typed as { problems?: unknown }).problems;
  return {
    kind: 'error',
    code: typed.code,
    exitCode: typed.exitCode,
    message: redactSecrets(typed.message.split('\n')[0] ?? ''),
    ...(typed.hint === undefined ? {} : { hint: redactSecrets(typed.hint) }),
    ...(Array.isArray(problems) ? { problems: problems.map((problem) => redactSecrets(String(problem))) } : {}),
  };
}
