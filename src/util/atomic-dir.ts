/**
 * The one writer of output folders: a failure or an interrupt never leaves a partial set. Every file
 * is first written under a temporary folder (removed by the interrupt cleanup if the process is
 * stopped meanwhile); only when all are written — and the signal, checked at that safe point, was
 * not aborted — are they moved into place by rename, which is not cut short.
 *
 * - `replace`: the folder becomes exactly these files (a plan: stale files disappear). The temporary
 *   folder sits beside the target and replaces it by rename; an error keeps the previous folder.
 * - `update`: these files replace their namesakes and other files stay (an assessment folder may hold
 *   the user's notes). The temporary folder sits inside the target.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ErpMigrateError, UsageError } from '../errors.js';
import { checkInterrupted } from './cancellation.js';
import { onInterrupt } from './interrupt-cleanup.js';
import { compareStrings } from './stable-json.js';

export interface AtomicDirOptions {
  readonly mode: 'replace' | 'update';
  /** Checked once all files are written, before any is moved into place. */
  readonly signal?: AbortSignal;
  /** The UsageError a failed write becomes: code and hint (the message names the folder and the OS code). */
  readonly errorCode: string;
  readonly hint: string;
}

export interface WrittenDir {
  readonly dir: string;
  /** Relative paths, sorted. */
  readonly files: readonly string[];
  readonly bytes: number;
}

/** Prefix of the temporary folders; check-out-dir ignores a leftover one (a process killed with -9). */
export const TEMP_PREFIX = '.erp-migrate-tmp-';

async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false);
}

async function commitReplace(temp: string, dir: string, suffix: string): Promise<void> {
  const old = join(dirname(dir), `.${basename(dir)}.old-${suffix}`);
  const replacing = await exists(dir);
  if (replacing) await rename(dir, old);
  try {
    await rename(temp, dir);
  } catch (error) {
    if (replacing) await rename(old, dir);
    throw error;
  }
  if (replacing) await rm(old, { recursive: true, force: true });
}

async function commitUpdate(temp: string, dir: string, names: readonly string[]): Promise<void> {
  for (const name of names) {
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await rename(join(temp, name), join(dir, name));
  }
  await rm(temp, { recursive: true, force: true });
}

export async function writeDirAtomically(
  dir: string,
  files: ReadonlyMap<string, string> | Readonly<Record<string, string>>,
  options: AtomicDirOptions,
): Promise<WrittenDir> {
  const entries = (files instanceof Map ? [...files] : Object.entries(files)).sort(([a], [b]) => compareStrings(a, b));
  const names = entries.map(([name]) => name);
  const suffix = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const temp = options.mode === 'replace' ? join(dirname(dir), `${TEMP_PREFIX}${basename(dir)}-${suffix}`) : join(dir, `${TEMP_PREFIX}${suffix}`);
  const removeTemp = (): Promise<void> => rm(temp, { recursive: true, force: true }).catch(() => undefined);
  const unregister = onInterrupt(removeTemp);
  let bytes = 0;
  try {
    for (const [name, content] of entries) {
      await mkdir(dirname(join(temp, name)), { recursive: true });
      await writeFile(join(temp, name), content, 'utf8');
      bytes += Buffer.byteLength(content, 'utf8');
    }
    checkInterrupted(options.signal);
    // From here the files move into place; a cleanup removing them half-way would leave a partial set.
    unregister();
    if (options.mode === 'replace') await commitReplace(temp, dir, suffix);
    else await commitUpdate(temp, dir, names);
  } catch (error) {
    unregister();
    await removeTemp();
    if (error instanceof ErpMigrateError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : 'error');
    throw new UsageError(options.errorCode, `${dir}: cannot write the folder (${code})`, { hint: options.hint, cause: error });
  }
  return { dir, files: names, bytes };
}
