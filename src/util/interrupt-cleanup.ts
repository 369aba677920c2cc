/**
 * Work that must be undone when the process is interrupted (Ctrl-C, a stopped CI job): a throwaway
 * server to stop, temporary files to remove. Actions register it while it is live; the CLI's signal
 * handler runs whatever is registered at once, each bounded in time, so that work still using it fails
 * fast and the command reaches its safe point (util/cancellation.ts) and reports what it kept.
 */
type Cleanup = () => Promise<void> | void;

const cleanups = new Set<Cleanup>();

/** Registers a cleanup; returns the function that unregisters it (call it in `finally`). */
export function onInterrupt(cleanup: Cleanup): () => void {
  cleanups.add(cleanup);
  return () => {
    cleanups.delete(cleanup);
  };
}

/** Runs every registered cleanup, newest first, each at most `timeoutMs`; never throws. */
export async function runInterruptCleanups(timeoutMs = 5000): Promise<number> {
  const pending = [...cleanups].reverse();
  cleanups.clear();
  for (const cleanup of pending) {
    await Promise.race([
      Promise.resolve().then(cleanup).catch(() => undefined),
      new Promise((resolve) => setTimeout(resolve, timeoutMs).unref()),
    ]);
  }
  return pending.length;
}
