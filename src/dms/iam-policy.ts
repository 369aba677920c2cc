/**
 * The least-privilege IAM policy `erp-migrate run` needs for a plan (DMS engine): create, start,
 * stop, modify, delete and follow the plan's replication tasks, which carry the tag
 * `erp-migrate:managed=true` (set by run and by the CloudFormation template); take and read the
 * pre-cutover RDS / Aurora snapshots (named `erpm-*`); put reports in the report bucket. No
 * iam:PassRole unless a role is given (only premigration assessments pass one to DMS).
 */
import type { Plan } from '../model/plan.js';
import { MANAGED_TAG } from './cloudformation.js';

export interface IamPolicyOptions {
  readonly region?: string;
  readonly accountId?: string;
  readonly reportBucket?: string;
  readonly reportPrefix?: string;
  /** Role ARN passed to DMS (e.g. dms-vpc-role or the assessment role); omitted → no PassRole statement. */
  readonly passRoleArn?: string;
}

export interface IamStatement {
  readonly Sid: string;
  readonly Effect: 'Allow';
  readonly Action: readonly string[];
  readonly Resource: string | readonly string[];
  readonly Condition?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

export interface IamPolicy {
  readonly Version: '2012-10-17';
  readonly Statement: readonly IamStatement[];
}

export function makeIamPolicy(plan: Plan, options: IamPolicyOptions = {}): IamPolicy {
  const region = options.region ?? '*';
  const account = options.accountId ?? '*';
  const dms = (kind: string): string => `arn:aws:dms:${region}:${account}:${kind}:*`;
  const rds = (kind: string, name: string): string => `arn:aws:rds:${region}:${account}:${kind}:${name}`;
  const aurora = plan.target === 'aurora-postgresql';
  const statements: IamStatement[] = [
    {
      Sid: 'CreateTaggedTasks',
      Effect: 'Allow',
      Action: ['dms:AddTagsToResource', 'dms:CreateReplicationTask'],
      Resource: [dms('endpoint'), dms('rep'), dms('task')],
      Condition: { StringEquals: { [`aws:RequestTag/${MANAGED_TAG}`]: 'true' } },
    },
    {
      Sid: 'RunManagedTasks',
      Effect: 'Allow',
      Action: [
        'dms:DeleteReplicationTask', 'dms:DescribeTableStatistics', 'dms:ModifyReplicationTask',
        'dms:StartReplicationTask', 'dms:StopReplicationTask',
      ],
      Resource: dms('task'),
      Condition: { StringEquals: { [`aws:ResourceTag/${MANAGED_TAG}`]: 'true' } },
    },
    {
      Sid: 'DescribeTasks',
      Effect: 'Allow',
      Action: ['dms:DescribeReplicationTasks'],
      Resource: '*',
    },
    {
      Sid: 'RollbackSnapshots',
      Effect: 'Allow',
      Action: aurora
        ? ['rds:AddTagsToResource', 'rds:CreateDBClusterSnapshot', 'rds:DescribeDBClusterSnapshots', 'rds:DescribeDBClusters', 'rds:DescribeDBInstances']
        : ['rds:AddTagsToResource', 'rds:CreateDBSnapshot', 'rds:DescribeDBInstances', 'rds:DescribeDBSnapshots'],
      Resource: aurora
        ? [rds('cluster', '*'), rds('cluster-snapshot', 'erpm-*'), rds('db', '*')]
        : [rds('db', '*'), rds('snapshot', 'erpm-*')],
    },
  ];
  if (options.reportBucket !== undefined) {
    statements.push({
      Sid: 'PutReports',
      Effect: 'Allow',
      Action: ['s3:PutObject'],
      Resource: `arn:aws:s3:::${options.reportBucket}/${options.reportPrefix ?? ''}*`,
    });
  }
  if (options.passRoleArn !== undefined) {
    statements.push({
      Sid: 'PassRoleToDms',
      Effect: 'Allow',
      Action: ['iam:PassRole'],
      Resource: options.passRoleArn,
      Condition: { StringEquals: { 'iam:PassedToService': 'dms.amazonaws.com' } },
    });
  }
  return { Version: '2012-10-17', Statement: statements };
}
