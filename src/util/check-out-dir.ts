/**
 * Checks an output folder before any work is done (connecting, reading a catalog): it must not be a
 * file, and an existing non-empty folder must be one this command wrote before (holding its marker
 * file), so a typo in --out cannot scatter files into, or later replace, an unrelated folder.
 */
import { readdir, stat } from 'node:fs/promises';
import { UsageError } from '../errors.js';
import { TEMP_PREFIX } from './atomic-dir.js';

export interface OutDirKind {
  /** Error code, e.g. E_OUT_DIR. */
  readonly code: string;
  /** What the folder holds, for messages: "an assessment folder". */
  readonly what: string;
  /** A file every folder of this kind holds: `inventory.json`, `plan.json`. */
  readonly marker: string;
}

export async function checkOutDir(dir: string, kind: OutDirKind, option = '--out'): Promise<void> {
  const info = await stat(dir).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? null : Promise.reject(error)))
    .catch((error: NodeJS.ErrnoException) => {
      throw new UsageError(kind.code, `${dir}: cannot use as ${option} (${error.code ?? error.message})`, { hint: `choose another ${option} folder` });
    });
  if (info === null) return;
  if (!info.isDirectory()) {
    throw new UsageError(kind.code, `${dir}: exists and is a file, not a folder`, { hint: `give ${option} a folder (it is created if missing)` });
  }
  // A temporary folder left by a killed process (kill -9) does not make a new folder foreign.
  const entries = (await readdir(dir)).filter((name) => !name.startsWith(TEMP_PREFIX));
  if (entries.length > 0 && !entries.includes(kind.marker)) {
    throw new UsageError(kind.code, `${dir}: exists and is not ${kind.what} (no ${kind.marker}); refusing to write into it`, {
      hint: `choose another ${option} folder (a new or empty one), or remove this one yourself`,
    });
  }
}
