/**
 * Writes a plan directory as a whole (util/atomic-dir.ts, `replace`): the folder becomes exactly the
 * plan's files, and an error or interrupt leaves the previous plan untouched and no partial folder
 * behind. The only file writer of `plan`.
 */
import { InternalError } from '../errors.js';
import type { Plan } from '../model/plan.js';
import { stableStringify } from '../util/stable-json.js';
import { writeDirAtomically, type WrittenDir } from '../util/atomic-dir.js';
import { checkOutDir } from '../util/check-out-dir.js';

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

export const PLAN_DIR_KIND = { code: 'E_PLAN_DIR', what: 'a plan folder', marker: 'plan.json' } as const;

export async function writePlanDir(dir: string, plan: Plan, rendered: RenderedPlan, signal?: AbortSignal): Promise<WrittenDir> {
  return writePlanFiles(dir, makePlanFiles(plan, rendered), signal);
}

/** Writes files made by makePlanFiles (a caller that already has them need not render twice). */
export async function writePlanFiles(dir: string, files: ReadonlyMap<string, string>, signal?: AbortSignal): Promise<WrittenDir> {
  // Refuses to replace a folder that is not a plan (so a typo in --out cannot wipe a project).
  await checkOutDir(dir, PLAN_DIR_KIND);
  return writeDirAtomically(dir, files, {
    mode: 'replace',
    ...(signal === undefined ? {} : { signal }),
    errorCode: 'E_PLAN_WRITE',
    hint: 'check that the parent directory exists and is writable; nothing was changed',
  });
}
