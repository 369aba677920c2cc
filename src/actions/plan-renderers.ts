/**
 * The renderers `plan` writes with: target DDL (src/plan/render-ddl.ts) and the DMS documents
 * (src/dms/). Kept behind one interface so tests and the golden suite can see exactly what is used.
 */
import type { Plan, PlannedTask } from '../model/plan.js';
import { renderCloudFormation } from '../dms/cloudformation.js';
import { makeIamPolicy } from '../dms/iam-policy.js';
import { makeTableMappings } from '../dms/table-mappings.js';
import { makeTaskSettings } from '../dms/task-settings.js';
import { renderPostLoadDdl, renderPreLoadDdl } from '../plan/render-ddl.js';
import { stableStringify } from '../util/stable-json.js';

export interface PlanRenderers {
  readonly preLoadDdl: (plan: Plan) => string;
  readonly postLoadDdl: (plan: Plan) => string;
  /** DMS table-mappings document of a task (a JSON value, or its text). */
  readonly tableMappings: (task: PlannedTask, plan: Plan) => unknown;
  readonly taskSettings: (task: PlannedTask, plan: Plan) => unknown;
  readonly cloudFormation: (plan: Plan) => string;
  readonly iamPolicy: (plan: Plan) => unknown;
}

export const defaultRenderers: PlanRenderers = {
  preLoadDdl: renderPreLoadDdl,
  postLoadDdl: renderPostLoadDdl,
  tableMappings: makeTableMappings,
  taskSettings: makeTaskSettings,
  cloudFormation: renderCloudFormation,
  iamPolicy: (plan) => makeIamPolicy(plan),
};

/** Bytes of a rendered document exactly as it will be written (indented stable JSON: the larger form). */
export function measureDocument(value: unknown): number {
  return Buffer.byteLength(typeof value === 'string' ? value : stableStringify(value), 'utf8');
}
