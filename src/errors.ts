/**
 * One error hierarchy for the whole tool. Every error carries a stable code, the process exit
 * code it maps to and a hint; `bin/erp-migrate` prints it once (`error[CODE]: …` + `hint: …`).
 */
export const EXIT = {
  ok: 0,
  noGo: 1,
  usage: 2,
  connection: 3,
  aws: 4,
  interrupted: 5,
  internal: 70,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export interface ErrorDetails {
  readonly hint?: string;
  readonly cause?: unknown;
}

export class ErpMigrateError extends Error {
  readonly code: string;
  readonly exitCode: ExitCode;
  readonly hint: string | undefined;

  constructor(code: string, exitCode: ExitCode, message: string, details: ErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'ErpMigrateError';
    this.code = code;
    this.exitCode = exitCode;
    this.hint = details.hint;
  }
}

/** Bad arguments, config, mapping, DDL or plan file, unknown object: exit 2. */
export class UsageError extends ErpMigrateError {
  constructor(code: string, message: string, details: ErrorDetails = {}) {
    super(code, EXIT.usage, message, details);
    this.name = 'UsageError';
  }
}

/** Cannot connect, authenticate or read what we need from a database: exit 3. */
export class ConnectionError extends ErpMigrateError {
  constructor(code: string, message: string, details: ErrorDetails = {}) {
    super(code, EXIT.connection, message, details);
    this.name = 'ConnectionError';
  }
}

/** An AWS call failed: exit 4. */
export class AwsError extends ErpMigrateError {
  constructor(code: string, message: string, details: ErrorDetails = {}) {
    super(code, EXIT.aws, message, details);
    this.name = 'AwsError';
  }
}

/** A step was interrupted and can be resumed: exit 5. */
export class InterruptedError extends ErpMigrateError {
  constructor(code: string, message: string, details: ErrorDetails = {}) {
    super(code, EXIT.interrupted, message, details);
    this.name = 'InterruptedError';
  }
}

/** A bug in erp-migrate itself: exit 70, and the message says so. */
export class InternalError extends ErpMigrateError {
  constructor(message: string, details: ErrorDetails = {}) {
    super('E_INTERNAL', EXIT.internal, message, {
      hint: details.hint ?? 'this is a bug in erp-migrate; rerun with --debug and report the stack trace',
      cause: details.cause,
    });
    this.name = 'InternalError';
  }
}

export function isErpMigrateError(value: unknown): value is ErpMigrateError {
  return value instanceof ErpMigrateError;
}
