import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { cloudFormationLimitDecisions, renderCloudFormation } from '../../../src/dms/cloudformation.js';
import { makeIamPolicy } from '../../../src/dms/iam-policy.js';
import { makeTableMappings } from '../../../src/dms/table-mappings.js';
import { validateDmsDocuments } from '../../../src/dms/validate.js';
import { GL_HEADERS, GL_LINES, plan, task } from './sample-plan.js';

const T1 = task([GL_HEADERS], { id: 'erpm-w1-reference-11111111' });
const T2 = task([GL_LINES], { id: 'erpm-w2-large-22222222', wave: 2, kind: 'large' });
const PLAN = plan([T1], { waves: [{ number: 2, tasks: [T2] }, { number: 1, tasks: [T1] }] });

type Resource = { Type: string; Condition: string; Properties: Record<string, unknown> };

describe('renderCloudFormation', () => {
  const text = renderCloudFormation(PLAN);
  const template = parse(text) as { AWSTemplateFormatVersion: string; Parameters: Record<string, unknown>; Conditions: Record<string, unknown>; Resources: Record<string, Resource>; Outputs: Record<string, unknown> };

  it('parses as YAML with parameters, conditions and one task + one serverless config per planned task', () => {
    expect(text.startsWith('AWSTemplateFormatVersion: "2010-09-09"\n')).toBe(true);
    expect(Object.keys(template.Parameters)).toEqual(['SourceEndpointArn', 'TargetEndpointArn', 'ReplicationInstanceArn', 'MigrationType', 'UseServerless', 'MaxCapacityUnits']);
    expect(template.Conditions).toEqual({ Serverless: { 'Fn::Equals': [{ Ref: 'UseServerless' }, 'true'] }, Provisioned: { 'Fn::Equals': [{ Ref: 'UseServerless' }, 'false'] } });
    expect(Object.entries(template.Resources).map(([id, r]) => `${id}:${r.Type}:${r.Condition}`)).toEqual([
      'TaskErpmW1Reference11111111:AWS::DMS::ReplicationTask:Provisioned',
      'ConfigErpmW1Reference11111111:AWS::DMS::ReplicationConfig:Serverless',
      'TaskErpmW2Large22222222:AWS::DMS::ReplicationTask:Provisioned',
      'ConfigErpmW2Large22222222:AWS::DMS::ReplicationConfig:Serverless',
    ]);
    expect(Object.keys(template.Outputs)).toHaveLength(2);
  });
  it('embeds the same DMS documents as JSON strings, valid per validateDmsDocuments', () => {
    const task1 = template.Resources.TaskErpmW1Reference11111111?.Properties ?? {};
    expect(task1).toMatchObject({
      ReplicationTaskIdentifier: 'erpm-w1-reference-11111111', ResourceIdentifier: 'erpm-w1-reference-11111111',
      MigrationType: { Ref: 'MigrationType' }, ReplicationInstanceArn: { Ref: 'ReplicationInstanceArn' },
    });
    const mappings = JSON.parse(String(task1.TableMappings)) as unknown;
    expect(mappings).toEqual(JSON.parse(JSON.stringify(makeTableMappings(T1, PLAN))));
    expect(validateDmsDocuments(mappings, JSON.parse(String(task1.ReplicationTaskSettings)))).toEqual([]);
    const config = template.Resources.ConfigErpmW2Large22222222?.Properties ?? {};
    expect(config).toMatchObject({ ReplicationConfigIdentifier: 'erpm-w2-large-22222222', ReplicationType: { Ref: 'MigrationType' }, ComputeConfig: { MaxCapacityUnits: { Ref: 'MaxCapacityUnits' } } });
    expect(config.Tags).toEqual([{ Key: 'erp-migrate:managed', Value: 'true' }, { Key: 'erp-migrate:plan', Value: 'sha256:00' }, { Key: 'erp-migrate:wave', Value: '2' }]);
  });
  it('is byte-identical for the same plan', () => {
    expect(renderCloudFormation(PLAN)).toBe(text);
  });
});

describe('cloudFormationLimitDecisions', () => {
  it('notes an inline-body overflow (51,200 bytes), warns over the S3 size, resource and output quotas', () => {
    expect(cloudFormationLimitDecisions('x'.repeat(51_200), 3)).toEqual([]);
    const inline = cloudFormationLimitDecisions('x'.repeat(51_201), 3);
    expect(inline.map((d) => [d.object, d.severity])).toEqual([['cloudformation.yaml', 'info']]);
    expect(inline[0]!.message).toContain('deploy it from S3');
    const big = cloudFormationLimitDecisions('x'.repeat(1_048_577), 251);
    expect(big).toHaveLength(1);
    expect(big[0]!.severity).toBe('warning');
    expect(big[0]!.message).toContain('1048577 bytes (limit 1048576 from S3), 502 resources (limit 500), 251 outputs (limit 200)');
    expect(cloudFormationLimitDecisions('small', 201)[0]!.message).toContain('201 outputs (limit 200)');
  });
});

describe('makeIamPolicy', () => {
  it('grants task actions on tagged tasks, snapshots and optional S3 / PassRole', () => {
    const policy = makeIamPolicy(PLAN, { region: 'eu-west-1', accountId: '123456789012', reportBucket: 'erp-reports', reportPrefix: 'cutover/' });
    expect(policy.Version).toBe('2012-10-17');
    expect(policy.Statement.map((s) => s.Sid)).toEqual(['CreateTaggedTasks', 'RunManagedTasks', 'DescribeTasks', 'RollbackSnapshots', 'PutReports']);
    expect(policy.Statement[1]).toEqual({
      Sid: 'RunManagedTasks', Effect: 'Allow',
      Action: ['dms:DeleteReplicationTask', 'dms:DescribeTableStatistics', 'dms:ModifyReplicationTask', 'dms:StartReplicationTask', 'dms:StopReplicationTask'],
      Resource: 'arn:aws:dms:eu-west-1:123456789012:task:*',
      Condition: { StringEquals: { 'aws:ResourceTag/erp-migrate:managed': 'true' } },
    });
    expect(policy.Statement[4]?.Resource).toBe('arn:aws:s3:::erp-reports/cutover/*');
    const actions = policy.Statement.flatMap((s) => s.Action);
    expect(actions).toContain('rds:CreateDBSnapshot');
    expect(actions.every((a) => /^(dms|rds|s3|iam):[A-Za-z]+$/.test(a))).toBe(true);
  });
  it('uses cluster snapshots for Aurora and adds PassRole only when asked', () => {
    const policy = makeIamPolicy({ ...PLAN, target: 'aurora-postgresql' }, { passRoleArn: 'arn:aws:iam::123456789012:role/dms-vpc-role' });
    expect(policy.Statement.map((s) => s.Sid)).toEqual(['CreateTaggedTasks', 'RunManagedTasks', 'DescribeTasks', 'RollbackSnapshots', 'PassRoleToDms']);
    expect(policy.Statement[3]?.Action).toContain('rds:CreateDBClusterSnapshot');
    expect(policy.Statement[4]?.Condition).toEqual({ StringEquals: { 'iam:PassedToService': 'dms.amazonaws.com' } });
  });
});
