/**
 * Writes a set of files into a directory so that a failure never leaves a partial set: every file is
 * first written to a temporary name beside its target, and only when all are written are they renamed.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { UsageError } from '../errors.js';
import { onInterrupt } from './interrupt-cleanup.js';

export async function writeFilesAtomically(dir: string, files: Readonly<Record<string, string>>): Promise<string[]> {
  const names = Object.keys(files).sort();
  const temps: string[] = [];
  const unregister = onInterrupt(() => Promise.all(temps.map((temp) => rm(temp, { force: true }))).then(() => undefined));
  try {
    for (const name of names) {
      const target = join(dir, name);
      await mkdir(dirname(target), { recursive: true });
      const temp = `${target}.tmp-${process.pid}`;
      temps.push(temp);
      await writeFile(temp, files[name] ?? '', 'utf8');
    }
  } catch (error) {
    await Promise.all(temps.map((temp) => rm(temp, { force: true })));
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new UsageError('E_OUT_WRITE', `cannot write into ${dir} (${code})`, { hint: 'check that --out names a writable directory', cause: error });
  }
  try {
    for (const name of names) await rename(`${join(dir, name)}.tmp-${process.pid}`, join(dir, name));
  } finally {
    unregister();
  }
  return names.map((name) => join(dir, name));
}
