/**
 * Cooperative cancellation. The CLI turns SIGINT/SIGTERM into an aborted AbortSignal (reason: the
 * signal's name); actions check it at safe points (between steps, before an output is committed) and
 * stop there. What an interrupted action tells the user is its own: a step that writes all-or-nothing
 * says nothing was written, a resumable one says how far it got and how to resume.
 */
import { InterruptedError } from '../errors.js';

/** `SIGINT`, or a neutral word when the signal was aborted by other code. */
export function interruptReason(signal: AbortSignal): string {
  return typeof signal.reason === 'string' ? signal.reason : 'an abort request';
}

/** A safe point: throws InterruptedError when the signal was aborted. */
export function checkInterrupted(signal: AbortSignal | undefined): void {
  if (signal?.aborted === true) throw new InterruptedError('E_INTERRUPTED', `interrupted by ${interruptReason(signal)}`);
}

/**
 * Runs `work`; if the signal is aborted by the time it fails (at a safe point, or because a cleanup
 * stopped what it was using), the failure becomes the action's own InterruptedError, made by `report`.
 */
export async function interruptible<T>(
  signal: AbortSignal | undefined,
  report: (reason: string, cause: unknown) => InterruptedError,
  work: () => Promise<T>,
): Promise<T> {
  try {
    checkInterrupted(signal);
    return await work();
  } catch (error) {
    if (signal?.aborted === true) throw report(interruptReason(signal), error);
    throw error;
  }
}

/** The report of a step whose outputs are all-or-nothing: run it again. */
export function nothingKept(what: string): (reason: string, cause: unknown) => InterruptedError {
  return (reason, cause) => new InterruptedError('E_INTERRUPTED', `interrupted by ${reason}; ${what}`, { hint: 'run the same command again', cause });
}
