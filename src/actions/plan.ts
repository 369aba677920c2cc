/**
 * `plan`: read the inventory and mapping files, make the plan (pure), render DDL, DMS documents,
 * CloudFormation, IAM policy and SUMMARY.md (pure), then write the plan directory as a whole —
 * or, with `check`, only compare with what is on disk and report what would change.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { InternalError, UsageError } from '../errors.js';
import { cloudFormationLimitDecisions } from '../dms/cloudformation.js';
import { leftOutTransformations } from '../dms/table-mappings.js';
import { validateDmsDocuments } from '../dms/validate.js';
import { checkMappingFiles, EMPTY_MAPPING, makeMappingError } from '../config/mapping-file.js';
import type { Plan, TargetName } from '../model/plan.js';
import { readInventory } from '../plan/load-inventory.js';
import { makePlan, sortDecisions } from '../plan/make-plan.js';
import { renderPlanSummary } from '../plan/summary.js';
import { makePlanFiles, writePlanFiles, type RenderedPlan } from '../plan/write-plan-dir.js';
import { defaultRenderers, measureDocument, type PlanRenderers } from './plan-renderers.js';
import type { ProgressSink } from '../model/progress.js';
import { checkInterrupted, interruptible, nothingKept } from '../util/cancellation.js';

const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

export interface PlanOptions {
  readonly inventory: string;
  readonly mappings: readonly string[];
  readonly target: TargetName;
  /** Plan directory; default `plan`. */
  readonly out?: string;
  /** Make and render, compare with `out`, write nothing. */
  readonly check: boolean;
  readonly waves: 'by-dependency' | 'by-module';
  /** `--target-schema`: the target schema for a plan holding one source schema. */
  readonly targetSchema?: string;
  readonly onEvent?: ProgressSink;
  /** Aborted by the CLI on SIGINT/SIGTERM: planning stops before the folder is replaced. */
  readonly signal?: AbortSignal;
}

export interface PlanResult {
  readonly out: string;
  readonly written: boolean;
  readonly waves: number;
  readonly tasks: number;
  readonly tables: number;
  readonly rows: number;
  readonly bytes: number;
  readonly deferredConstraints: number;
  readonly blockers: number;
  readonly warnings: number;
  /** Relative paths of every file in the plan directory. */
  readonly files: readonly string[];
  /** With `check`: files that would be added, changed or removed (sorted); empty = up to date. */
  readonly changed: readonly string[];
  /** One line for the CLI: counts, blockers, where it went (or what `check` found). */
  readonly summary: string;
  readonly plan: Plan;
}

/** Our own DMS documents must pass the structural validator; a failure is a bug in erp-migrate. */
function checkDmsDocuments(rendered: RenderedPlan): void {
  const problems = Object.keys(rendered.tableMappings).sort().flatMap((id) =>
    validateDmsDocuments(rendered.tableMappings[id], rendered.taskSettings[id]).map((p) => `${id}: ${p}`));
  if (problems.length > 0) throw new InternalError(`generated DMS documents are invalid: ${problems.slice(0, 5).join('; ')}`);
}

/** The DMS rules the table mappings must leave out (src/dms/rule-conflicts.ts) become warnings in plan.json and SUMMARY.md. */
export function withDmsDecisions(plan: Plan): Plan {
  const extra = plan.waves.flatMap((w) => w.tasks).flatMap(leftOutTransformations);
  return extra.length === 0 ? plan : { ...plan, decisions: sortDecisions([...plan.decisions, ...extra]) };
}

export function renderPlan(plan: Plan, renderers: PlanRenderers): RenderedPlan {
  const tasks = plan.waves.flatMap((w) => w.tasks);
  return {
    preLoadSql: renderers.preLoadDdl(plan),
    postLoadSql: renderers.postLoadDdl(plan),
    tableMappings: Object.fromEntries(tasks.map((t) => [t.id, renderers.tableMappings(t, plan)])),
    taskSettings: Object.fromEntries(tasks.map((t) => [t.id, renderers.taskSettings(t, plan)])),
    cloudFormation: renderers.cloudFormation(plan),
    iamPolicy: renderers.iamPolicy(plan),
    summary: renderPlanSummary(plan),
  };
}

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(join(dir, prefix), { withFileTypes: true }).catch(() => []);
  const out: string[] = [];
  for (const entry of entries) {
    const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) out.push(...(await listFiles(dir, path)));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

async function compareWithDisk(dir: string, files: ReadonlyMap<string, string>): Promise<string[]> {
  const changed = new Set<string>();
  for (const [path, content] of files) {
    const current = await readFile(join(dir, path), 'utf8').catch(() => null);
    if (current !== content) changed.add(path);
  }
  for (const path of await listFiles(dir)) if (!files.has(path)) changed.add(path);
  return [...changed].sort();
}

/** The plan's problems with mapping files that have problems of their own; made for a broken config, it must not add a failure. */
function planProblemsDespite(problemsOf: () => readonly string[]): readonly string[] {
  try {
    return problemsOf().filter((problem) => !problem.startsWith('(plan): no table selected'));
  } catch {
    return [];
  }
}

export async function planAction(options: PlanOptions, renderers: PlanRenderers = defaultRenderers): Promise<PlanResult> {
  return interruptible(options.signal, nothingKept('nothing was written'), () => plan(options, renderers));
}

async function plan(options: PlanOptions, renderers: PlanRenderers): Promise<PlanResult> {
  const out = options.out ?? 'plan';
  options.onEvent?.({ kind: 'phase', phase: 'plan', message: options.check ? `checking the plan in ${out}` : 'planning' });
  const { inventory, digest } = await readInventory(options.inventory);
  const checked = options.mappings.length === 0 ? { config: EMPTY_MAPPING, problems: [] } : await checkMappingFiles(options.mappings, inventory, options.target);
  const makeOptions = {
    target: options.target,
    waves: options.waves,
    mappingFiles: options.mappings,
    ...(options.targetSchema === undefined ? {} : { targetSchema: options.targetSchema }),
    measureTableMappings: (task: Parameters<PlanRenderers['tableMappings']>[0], current: Plan) => measureDocument(renderers.tableMappings(task, current)),
  };
  if (checked.problems.length > 0) {
    // One run lists every problem: the files' own, then what the plan finds with their valid decisions
    // (columns whose type needs a decision under types: / unsupported:, name collisions).
    throw makeMappingError([...checked.problems, ...planProblemsDespite(() => makePlan(inventory, digest, checked.config, makeOptions).problems)]);
  }
  const { plan: made, problems } = makePlan(inventory, digest, checked.config, makeOptions);
  if (problems.length > 0) {
    const error = new UsageError('E_PLAN_INVALID', `${problems.length} problem(s) prevent the plan:\n${problems.map((p) => `  ${p}`).join('\n')}`, {
      hint: 'decide each listed column or table in a mapping file (--mapping), then run plan again',
    });
    throw Object.assign(error, { problems: [...problems] });
  }
  const withRules = withDmsDecisions(made);
  let rendered = renderPlan(withRules, renderers);
  // the template's size is known only once rendered; its note goes into plan.json and SUMMARY.md
  const cfnNotes = cloudFormationLimitDecisions(rendered.cloudFormation, withRules.waves.reduce((n, w) => n + w.tasks.length, 0));
  const plan = cfnNotes.length === 0 ? withRules : { ...withRules, decisions: sortDecisions([...withRules.decisions, ...cfnNotes]) };
  if (plan !== withRules) rendered = { ...rendered, summary: renderPlanSummary(plan) };
  checkDmsDocuments(rendered);
  const files = makePlanFiles(plan, rendered);
  checkInterrupted(options.signal);
  const changed = options.check ? await compareWithDisk(out, files) : [];
  if (!options.check) {
    const written = await writePlanFiles(out, files, options.signal);
    options.onEvent?.({ kind: 'files-written', dir: out, files: written.files, bytes: written.bytes });
  }
  const tasks = plan.waves.flatMap((w) => w.tasks);
  const tables = tasks.flatMap((t) => t.tables);
  const blockers = plan.decisions.filter((d) => d.severity === 'blocker').length;
  const warnings = plan.decisions.filter((d) => d.severity === 'warning').length;
  const where = options.check
    ? (changed.length === 0 ? `${out} is up to date` : `${changed.length} file(s) in ${out} would change`)
    : `written to ${out} (${files.size} files)`;
  return {
    out,
    written: !options.check,
    waves: plan.waves.length,
    tasks: tasks.length,
    tables: tables.length,
    rows: tables.reduce((s, t) => s + (t.rows ?? 0), 0),
    bytes: tables.reduce((s, t) => s + (t.bytes ?? 0), 0),
    deferredConstraints: plan.deferredConstraints.length,
    blockers,
    warnings,
    files: [...files.keys()],
    changed,
    summary: `${count(plan.waves.length, 'wave')}, ${count(tasks.length, 'task')}, ${count(tables.length, 'table')}; ${plan.deferredConstraints.length} deferred FK(s); `
      + `${blockers} blocker(s), ${warnings} warning(s) (see SUMMARY.md); ${where}`,
    plan,
  };
}
