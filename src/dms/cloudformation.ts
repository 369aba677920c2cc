/**
 * The plan's DMS tasks as one CloudFormation template (YAML). Provisioned: one
 * `AWS::DMS::ReplicationTask` per planned task on an existing replication instance. Serverless
 * (`UseServerless=true`): one `AWS::DMS::ReplicationConfig` per task instead. Endpoints and the
 * instance are parameters (ARNs); the table mappings and settings are the same documents as in
 * plan/dms/, serialised to JSON strings. Nothing here starts a task (CloudFormation never does).
 * Intrinsic functions use the long form (`Ref`, `Fn::Equals`) so plain YAML tools can read it.
 */
import { Scalar, stringify } from 'yaml';
import type { Plan, PlanDecision, PlannedTask } from '../model/plan.js';
import { compareStrings, stableStringify } from '../util/stable-json.js';
import { makeTableMappings } from './table-mappings.js';
import { makeTaskSettings } from './task-settings.js';

export const MANAGED_TAG = 'erp-migrate:managed';
const DCU_VALUES = [1, 2, 4, 8, 16, 32, 64, 128, 192, 256, 384];

/** A double-quoted YAML string: CloudFormation's YAML 1.1 reader would otherwise see a date. */
function quoted(text: string): Scalar {
  const scalar = new Scalar(text);
  scalar.type = Scalar.QUOTE_DOUBLE;
  return scalar;
}

/** Compact JSON with sorted keys: the same bytes for the same plan. */
const compactJson = (value: unknown): string => JSON.stringify(JSON.parse(stableStringify(value)));

/** `erpm-w1-standard-0a1b2c3d` → `ErpmW1Standard0a1b2c3d` (CloudFormation logical ids are alphanumeric). */
function logicalName(id: string): string {
  return id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join('');
}

/** DMS ResourceIdentifier: ≤ 31 letters, digits, hyphens; starts with a letter; no `--`, no trailing `-`. */
export function isValidResourceIdentifier(id: string): boolean {
  return id.length <= 31 && /^[A-Za-z][A-Za-z0-9-]*$/.test(id) && !id.includes('--') && !id.endsWith('-');
}

function tags(plan: Plan, task: PlannedTask): { Key: string; Value: string }[] {
  return [
    { Key: MANAGED_TAG, Value: 'true' },
    { Key: 'erp-migrate:plan', Value: plan.inventoryDigest },
    { Key: 'erp-migrate:wave', Value: String(task.wave) },
  ];
}

function sortedTasks(plan: Plan): PlannedTask[] {
  return plan.waves.flatMap((w) => w.tasks).sort((a, b) => a.wave - b.wave || compareStrings(a.id, b.id));
}

export function renderCloudFormation(plan: Plan): string {
  const resources: Record<string, unknown> = {};
  const outputs: Record<string, unknown> = {};
  const used = new Set<string>();
  for (const task of sortedTasks(plan)) {
    let base = logicalName(task.id);
    for (let n = 2; used.has(base); n += 1) base = `${logicalName(task.id)}N${n}`;
    used.add(base);
    const mappings = compactJson(makeTableMappings(task, plan));
    const settings = compactJson(makeTaskSettings(task, plan));
    resources[`Task${base}`] = {
      Type: 'AWS::DMS::ReplicationTask',
      Condition: 'Provisioned',
      Properties: {
        ReplicationTaskIdentifier: task.id,
        ...(isValidResourceIdentifier(task.id) ? { ResourceIdentifier: task.id } : {}),
        MigrationType: { Ref: 'MigrationType' },
        ReplicationInstanceArn: { Ref: 'ReplicationInstanceArn' },
        SourceEndpointArn: { Ref: 'SourceEndpointArn' },
        TargetEndpointArn: { Ref: 'TargetEndpointArn' },
        TableMappings: mappings,
        ReplicationTaskSettings: settings,
        Tags: tags(plan, task),
      },
    };
    resources[`Config${base}`] = {
      Type: 'AWS::DMS::ReplicationConfig',
      Condition: 'Serverless',
      Properties: {
        ReplicationConfigIdentifier: task.id,
        ReplicationType: { Ref: 'MigrationType' },
        SourceEndpointArn: { Ref: 'SourceEndpointArn' },
        TargetEndpointArn: { Ref: 'TargetEndpointArn' },
        ComputeConfig: { MaxCapacityUnits: { Ref: 'MaxCapacityUnits' } },
        TableMappings: mappings,
        ReplicationSettings: settings,
        Tags: tags(plan, task),
      },
    };
    outputs[`Task${base}Arn`] = { Condition: 'Provisioned', Description: `ARN of task ${task.id}`, Value: { Ref: `Task${base}` } };
  }
  const template = {
    AWSTemplateFormatVersion: quoted('2010-09-09'),
    Description: `erp-migrate DMS tasks (${plan.source.dialect} to ${plan.target}), plan of inventory ${plan.inventoryDigest}`,
    Parameters: {
      SourceEndpointArn: { Type: 'String', Description: 'ARN of the DMS source endpoint' },
      TargetEndpointArn: { Type: 'String', Description: 'ARN of the DMS target endpoint' },
      ReplicationInstanceArn: { Type: 'String', Default: '', Description: 'ARN of the replication instance (provisioned tasks only)' },
      MigrationType: { Type: 'String', Default: 'full-load', AllowedValues: ['full-load', 'full-load-and-cdc'] },
      UseServerless: { Type: 'String', Default: 'false', AllowedValues: ['true', 'false'], Description: 'true: DMS Serverless replication configs instead of tasks' },
      MaxCapacityUnits: { Type: 'Number', Default: 16, AllowedValues: DCU_VALUES, Description: 'DMS Serverless DCU ceiling' },
    },
    Conditions: {
      Serverless: { 'Fn::Equals': [{ Ref: 'UseServerless' }, 'true'] },
      Provisioned: { 'Fn::Equals': [{ Ref: 'UseServerless' }, 'false'] },
    },
    Resources: resources,
    ...(Object.keys(outputs).length > 0 ? { Outputs: outputs } : {}),
  };
  return stringify(template, { lineWidth: 0 });
}

/**
 * CloudFormation quotas (User Guide "CloudFormation quotas"): a template body passed inline
 * (CreateStack / `--template-body`) is at most 51,200 bytes; from S3 at most 1 MB; at most 500
 * resources and 200 outputs per template. This template has two resources and one output per task.
 */
export const CFN_INLINE_BODY_BYTES = 51_200;
export const CFN_S3_BODY_BYTES = 1_048_576;
export const CFN_MAX_RESOURCES = 500;
export const CFN_MAX_OUTPUTS = 200;

export function cloudFormationLimitDecisions(template: string, taskCount: number): PlanDecision[] {
  const bytes = Buffer.byteLength(template, 'utf8');
  const object = 'cloudformation.yaml';
  const over: string[] = [];
  if (bytes > CFN_S3_BODY_BYTES) over.push(`${bytes} bytes (limit ${CFN_S3_BODY_BYTES} from S3)`);
  if (taskCount * 2 > CFN_MAX_RESOURCES) over.push(`${taskCount * 2} resources (limit ${CFN_MAX_RESOURCES})`);
  if (taskCount > CFN_MAX_OUTPUTS) over.push(`${taskCount} outputs (limit ${CFN_MAX_OUTPUTS})`);
  if (over.length > 0) {
    return [{ object, severity: 'warning', message: `over the CloudFormation template quotas: ${over.join(', ')}; deploy the tasks in several stacks (e.g. one per wave) or create them with erp-migrate run` }];
  }
  if (bytes > CFN_INLINE_BODY_BYTES) {
    return [{ object, severity: 'info', message: `${bytes} bytes: over the ${CFN_INLINE_BODY_BYTES}-byte limit of an inline template body; deploy it from S3 (aws cloudformation deploy --s3-bucket <bucket> ...)` }];
  }
  return [];
}
