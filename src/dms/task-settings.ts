/**
 * One planned task → its DMS task-settings document (reference aws-dms.md §2). Decisions:
 * - TargetTablePrepMode TRUNCATE_BEFORE_LOAD: tables come from pre-load.sql (never DROP_AND_CREATE,
 *   which DMS picks when the key is missing), and a table whose full load restarts is emptied first
 *   (DO_NOTHING would leave earlier rows and hit primary-key violations). Foreign keys are only added
 *   by post-load.sql, so nothing blocks the TRUNCATE during the load.
 * - StopTaskCachedChangesApplied true: with full-load-and-cdc the task pauses after the full load and
 *   cached changes, so post-load DDL (indexes, FKs) goes in before ongoing replication; no effect on
 *   full-load tasks.
 * - Validation on (ROW_LEVEL) with HandleCollationDiff, control tables in `awsdms_control`.
 * - FailOnNoTablesCaptured true: a selection that matches nothing is an error, not an empty success.
 */
import { isLobType, parseCanonicalType } from '../model/canonical-type.js';
import type { Plan, PlannedTask } from '../model/plan.js';
import type { DmsSeverity, DmsTaskSettings } from './types.js';

export const CONTROL_SCHEMA = 'awsdms_control';
const MAX_SUBTASKS_CAP = 16; // DMS allows 49; more threads mostly hurt the source

/** Tables plus range segments: how many pieces DMS could load at once. */
export function countLoadSegments(task: PlannedTask): number {
  return task.tables.reduce((sum, t) => sum + (t.parallelLoad.type === 'ranges' ? t.parallelLoad.boundaries.length + 1 : 1), 0);
}

function hasLobColumns(task: PlannedTask): boolean {
  return task.tables.some((t) => t.columns.some((c) => {
    const type = parseCanonicalType(c.canonicalType);
    return !c.excluded && type !== null && isLobType(type);
  }));
}

interface LobChoice {
  readonly SupportLobs: boolean;
  readonly FullLobMode: boolean;
  readonly LobChunkSize: number;
  readonly LimitedSizeLobMode: boolean;
  readonly LobMaxSize: number;
}

/** Task LOB mode. A task marked `none` that still has LOB columns gets full LOB mode: slow, never truncates. */
export function lobChoice(task: PlannedTask): LobChoice {
  const { mode, maxSizeKb, chunkSizeKb } = task.lob;
  if (mode === 'limited') return { SupportLobs: true, FullLobMode: false, LobChunkSize: 64, LimitedSizeLobMode: true, LobMaxSize: maxSizeKb ?? 32 };
  if (mode === 'full' || hasLobColumns(task)) {
    return { SupportLobs: true, FullLobMode: true, LobChunkSize: chunkSizeKb ?? 64, LimitedSizeLobMode: false, LobMaxSize: 0 };
  }
  return { SupportLobs: false, FullLobMode: false, LobChunkSize: 64, LimitedSizeLobMode: false, LobMaxSize: 0 };
}

const LOG_COMPONENTS: readonly [string, DmsSeverity][] = [
  ['COMMON', 'LOGGER_SEVERITY_WARNING'],
  ['FILE_FACTORY', 'LOGGER_SEVERITY_WARNING'],
  ['METADATA_MANAGER', 'LOGGER_SEVERITY_DEFAULT'],
  ['SORTER', 'LOGGER_SEVERITY_WARNING'],
  ['SOURCE_CAPTURE', 'LOGGER_SEVERITY_DEFAULT'],
  ['SOURCE_UNLOAD', 'LOGGER_SEVERITY_DEFAULT'],
  ['TABLES_MANAGER', 'LOGGER_SEVERITY_DEFAULT'],
  ['TARGET_APPLY', 'LOGGER_SEVERITY_DEFAULT'],
  ['TARGET_LOAD', 'LOGGER_SEVERITY_INFO'],
  ['TASK_MANAGER', 'LOGGER_SEVERITY_DEFAULT'],
  ['TRANSFORMATION', 'LOGGER_SEVERITY_WARNING'],
  ['VALIDATOR_EXT', 'LOGGER_SEVERITY_DEFAULT'],
];

export function makeTaskSettings(task: PlannedTask, plan: Plan): DmsTaskSettings {
  const lob = lobChoice(task);
  const toPostgres = plan.target === 'postgres' || plan.target === 'aurora-postgresql';
  return {
    TargetMetadata: {
      TargetSchema: '',
      ...lob,
      InlineLobMaxSize: 0,
      LoadMaxFileSize: 0,
      ParallelLoadThreads: 0,
      ParallelLoadBufferSize: 0,
      BatchApplyEnabled: false,
      TaskRecoveryTableEnabled: false,
    },
    FullLoadSettings: {
      TargetTablePrepMode: 'TRUNCATE_BEFORE_LOAD',
      CreatePkAfterFullLoad: false,
      StopTaskCachedChangesApplied: true,
      StopTaskCachedChangesNotApplied: false,
      MaxFullLoadSubTasks: Math.min(MAX_SUBTASKS_CAP, Math.max(1, countLoadSegments(task))),
      TransactionConsistencyTimeout: 600,
      CommitRate: task.kind === 'large' ? 50000 : 10000,
    },
    Logging: {
      EnableLogging: true,
      LogComponents: LOG_COMPONENTS.map(([Id, Severity]) => ({ Id, Severity })),
    },
    ControlTablesSettings: {
      ControlSchema: CONTROL_SCHEMA,
      HistoryTimeslotInMinutes: 5,
      HistoryTableEnabled: true,
      SuspendedTablesTableEnabled: true,
      StatusTableEnabled: true,
    },
    ErrorBehavior: {
      DataErrorPolicy: 'LOG_ERROR',
      DataTruncationErrorPolicy: 'LOG_ERROR',
      DataErrorEscalationPolicy: 'SUSPEND_TABLE',
      DataErrorEscalationCount: 0,
      TableErrorPolicy: 'SUSPEND_TABLE',
      TableErrorEscalationPolicy: 'STOP_TASK',
      TableErrorEscalationCount: 0,
      RecoverableErrorCount: -1,
      RecoverableErrorInterval: 5,
      RecoverableErrorThrottling: true,
      RecoverableErrorThrottlingMax: 1800,
      ApplyErrorDeletePolicy: 'IGNORE_RECORD',
      ApplyErrorInsertPolicy: 'LOG_ERROR',
      ApplyErrorUpdatePolicy: 'LOG_ERROR',
      ApplyErrorEscalationPolicy: 'LOG_ERROR',
      ApplyErrorEscalationCount: 0,
      ApplyErrorFailOnTruncationDdl: false,
      FullLoadIgnoreConflicts: true,
      FailOnTransactionConsistencyBreached: false,
      FailOnNoTablesCaptured: true,
    },
    ValidationSettings: {
      EnableValidation: true,
      ValidationMode: 'ROW_LEVEL',
      ThreadCount: 5,
      PartitionSize: 10000,
      FailureMaxCount: 10000,
      TableFailureMaxCount: 1000,
      RecordFailureDelayLimitInMinutes: 0,
      HandleCollationDiff: toPostgres || plan.target === 'sqlserver',
      SkipLobColumns: false,
      ValidationPartialLobSize: lob.LimitedSizeLobMode ? lob.LobMaxSize : 0,
      ValidationOnly: false,
      MaxKeyColumnSize: 8096,
    },
    ChangeProcessingDdlHandlingPolicy: {
      HandleSourceTableDropped: false,
      HandleSourceTableTruncated: true,
      HandleSourceTableAltered: false,
    },
  };
}
