/**
 * Writes a plan directory as a whole: every file goes into a temporary directory beside the target,
 * which then replaces the target by rename. An error leaves the previous plan untouched and no
 * partial directory behind. The only file writer of `plan`.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { InternalError, UsageError } from '../errors.js';
import type { Plan } from '../model/plan.js';
import { stableStringify } from '../util/stable-json.js';

/** What the renderers produced; JSON values are written as stable JSON, strings as they are. */
export interface RenderedPlan {
  readonly preLoadSql: string;
  readonly postLoadSql: string;
  /** By task id. */
  readonly tableMappings: Readonly<Record<string, unknown>>;
  readonly taskSettings: Readonly<Record<string, unknown>>;
  readonly cloudFormation: string;
  readonly iamPolicy: unknown;
  readonly summary: string;
}

const asText = (value: unknown): string => (typeof value === 'string' ? (value.endsWith('\n') ? value : `${value}\n`) : stableStringify(value));

/** Pure: relative path → file content, sorted by path. */
export function makePlanFiles(plan: Plan, rendered: RenderedPlan): Map<string, string> {
  const files = new Map<string, string>([
    ['plan.json', stableStringify(plan)],
    ['ddl/pre-load.sql', asText(rendered.preLoadSql)],
    ['ddl/post-load.sql', asText(rendered.postLoadSql)],
    ['cloudformation.yaml', asText(rendered.cloudFormation)],
    ['iam-policy.json', asText(rendered.iamPolicy)],
    ['SUMMARY.md', asText(rendered.summary)],
  ]);
  for (const task of plan.waves.flatMap((w) => w.tasks)) {
    const mappings = rendered.tableMappings[task.id];
    const settings = rendered.taskSettings[task.id];
    if (mappings === undefined || settings === undefined) throw new InternalError(`no DMS documents rendered for task ${task.id}`);
    files.set(task.tableMappingsFile, asText(mappings));
    files.set(task.taskSettingsFile, asText(settings));
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

async function exists(path: string): Promise<boolean> {
  try { await stat(path); return true; } catch { return false; }
}

/** Refuses to replace a directory that is not a plan (so a typo in --out cannot wipe a project). */
async function checkReplaceable(dir: string): Promise<void> {
  if (!(await exists(dir))) return;
  const info = await stat(dir);
  const entries = info.isDirectory() ? await readdir(dir) : null;
  if (entries === null || (entries.length > 0 && !entries.includes('plan.json'))) {
    throw new UsageError('E_PLAN_DIR', `${dir}: exists and is not a plan directory (no plan.json); refusing to replace it`, {
      hint: 'choose another --out directory or remove it yourself',
    });
  }
}

export async function writePlanDir(dir: string, plan: Plan, rendered: RenderedPlan): Promise<{ readonly files: readonly string[] }> {
  return writePlanFiles(dir, makePlanFiles(plan, rendered));
}

/** Writes files made by makePlanFiles (a caller that already has them need not render twice). */
export async function writePlanFiles(dir: string, files: ReadonlyMap<string, string>): Promise<{ readonly files: readonly string[] }> {
  await checkReplaceable(dir);
  const parent = dirname(dir);
  await mkdir(parent, { recursive: true });
  const suffix = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const temp = join(parent, `.${basename(dir)}.tmp-${suffix}`);
  const old = join(parent, `.${basename(dir)}.old-${suffix}`);
  try {
    for (const [path, content] of files) {
      await mkdir(dirname(join(temp, path)), { recursive: true });
      await writeFile(join(temp, path), content, 'utf8');
    }
    const replacing = await exists(dir);
    if (replacing) await rename(dir, old);
    try {
      await rename(temp, dir);
    } catch (error) {
      if (replacing) await rename(old, dir);
      throw error;
    }
    if (replacing) await rm(old, { recursive: true, force: true });
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    if (error instanceof UsageError) throw error;
    throw new UsageError('E_PLAN_WRITE', `${dir}: cannot write the plan directory (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, {
      hint: 'check that the parent directory exists and is writable; nothing was changed',
      cause: error,
    });
  }
  return { files: [...files.keys()] };
}
