/**
 * Structural check of a task-settings document: known sections and keys (reference aws-dms.md §2),
 * the enum values DMS accepts, and the limits it states. Keys the service only returns
 * (CloudWatchLogGroup…) count as unknown: they are rejected on create.
 */
const SECTIONS: Readonly<Record<string, readonly string[]>> = {
  TargetMetadata: [
    'TargetSchema', 'SupportLobs', 'FullLobMode', 'LobChunkSize', 'LimitedSizeLobMode', 'LobMaxSize', 'InlineLobMaxSize',
    'LoadMaxFileSize', 'ParallelLoadThreads', 'ParallelLoadBufferSize', 'ParallelLoadQueuesPerThread', 'ParallelApplyThreads',
    'ParallelApplyBufferSize', 'ParallelApplyQueuesPerThread', 'BatchApplyEnabled', 'TaskRecoveryTableEnabled',
  ],
  FullLoadSettings: [
    'TargetTablePrepMode', 'CreatePkAfterFullLoad', 'StopTaskCachedChangesApplied', 'StopTaskCachedChangesNotApplied',
    'MaxFullLoadSubTasks', 'TransactionConsistencyTimeout', 'CommitRate',
  ],
  ValidationSettings: [
    'EnableValidation', 'ValidationMode', 'ThreadCount', 'PartitionSize', 'FailureMaxCount', 'TableFailureMaxCount',
    'RecordFailureDelayInMinutes', 'RecordSuspendDelayInMinutes', 'RecordFailureDelayLimitInMinutes', 'MaxKeyColumnSize',
    'HandleCollationDiff', 'SkipLobColumns', 'ValidationPartialLobSize', 'ValidationOnly', 'ValidationQueryCdcDelaySeconds',
  ],
  ErrorBehavior: [
    'DataErrorPolicy', 'DataTruncationErrorPolicy', 'DataErrorEscalationPolicy', 'DataErrorEscalationCount', 'TableErrorPolicy',
    'TableErrorEscalationPolicy', 'TableErrorEscalationCount', 'RecoverableErrorCount', 'RecoverableErrorInterval',
    'RecoverableErrorThrottling', 'RecoverableErrorThrottlingMax', 'RecoverableErrorStopRetryAfterThrottlingMax',
    'ApplyErrorDeletePolicy', 'ApplyErrorInsertPolicy', 'ApplyErrorUpdatePolicy', 'ApplyErrorEscalationPolicy',
    'ApplyErrorEscalationCount', 'ApplyErrorFailOnTruncationDdl', 'FailOnNoTablesCaptured', 'FailOnTransactionConsistencyBreached',
    'FullLoadIgnoreConflicts', 'EventErrorPolicy',
  ],
  Logging: ['EnableLogging', 'LogComponents', 'DeleteTaskLogs'],
  ControlTablesSettings: ['ControlSchema', 'HistoryTimeslotInMinutes', 'HistoryTableEnabled', 'SuspendedTablesTableEnabled', 'StatusTableEnabled'],
  StreamBufferSettings: ['StreamBufferCount', 'StreamBufferSizeInMB', 'CtrlStreamBufferSizeInMB'],
  ChangeProcessingTuning: [
    'BatchApplyPreserveTransaction', 'BatchApplyTimeoutMin', 'BatchApplyTimeoutMax', 'BatchApplyMemoryLimit', 'BatchSplitSize',
    'MinTransactionSize', 'CommitTimeout', 'MemoryLimitTotal', 'MemoryKeepTime', 'StatementCacheSize',
  ],
  ChangeProcessingDdlHandlingPolicy: ['HandleSourceTableDropped', 'HandleSourceTableTruncated', 'HandleSourceTableAltered'],
  ResyncSettings: ['EnableResync', 'ResyncSchedule', 'MaxResyncTime', 'ValidationTaskId'],
};
/** Sections DMS knows whose keys we do not check. */
const OPAQUE_SECTIONS = ['TTSettings', 'LoopbackPreventionSettings', 'CharacterSetSettings', 'BeforeImageSettings'];

const ENUMS: Readonly<Record<string, readonly string[]>> = {
  'FullLoadSettings.TargetTablePrepMode': ['DO_NOTHING', 'DROP_AND_CREATE', 'TRUNCATE_BEFORE_LOAD'],
  'ValidationSettings.ValidationMode': ['ROW_LEVEL', 'GROUP_LEVEL'],
  'ErrorBehavior.DataErrorPolicy': ['IGNORE_RECORD', 'LOG_ERROR', 'SUSPEND_TABLE', 'STOP_TASK'],
  'ErrorBehavior.DataTruncationErrorPolicy': ['IGNORE_RECORD', 'LOG_ERROR', 'SUSPEND_TABLE', 'STOP_TASK'],
  'ErrorBehavior.DataErrorEscalationPolicy': ['SUSPEND_TABLE', 'STOP_TASK'],
  'ErrorBehavior.TableErrorPolicy': ['SUSPEND_TABLE', 'STOP_TASK'],
  'ErrorBehavior.TableErrorEscalationPolicy': ['SUSPEND_TABLE', 'STOP_TASK'],
  'ErrorBehavior.ApplyErrorDeletePolicy': ['IGNORE_RECORD', 'LOG_ERROR', 'SUSPEND_TABLE', 'STOP_TASK'],
  'ErrorBehavior.ApplyErrorInsertPolicy': ['IGNORE_RECORD', 'LOG_ERROR', 'SUSPEND_TABLE', 'STOP_TASK', 'INSERT_RECORD'],
  'ErrorBehavior.ApplyErrorUpdatePolicy': ['IGNORE_RECORD', 'LOG_ERROR', 'SUSPEND_TABLE', 'STOP_TASK', 'UPDATE_RECORD'],
  'ErrorBehavior.ApplyErrorEscalationPolicy': ['LOG_ERROR', 'SUSPEND_TABLE', 'STOP_TASK'],
  'ErrorBehavior.EventErrorPolicy': ['IGNORE', 'STOP_TASK'],
};
const RANGES: Readonly<Record<string, readonly [number, number]>> = {
  'FullLoadSettings.MaxFullLoadSubTasks': [1, 49],
  'FullLoadSettings.CommitRate': [1, 50000],
  'TargetMetadata.InlineLobMaxSize': [0, 102400],
  'TargetMetadata.LoadMaxFileSize': [0, 100000],
  'ChangeProcessingTuning.StatementCacheSize': [0, 200],
  'StreamBufferSettings.CtrlStreamBufferSizeInMB': [1, 8],
  'ResyncSettings.MaxResyncTime': [5, 14400],
};
const LOG_IDS = [
  'FILE_FACTORY', 'METADATA_MANAGER', 'SORTER', 'SOURCE_CAPTURE', 'SOURCE_UNLOAD', 'TABLES_MANAGER', 'TARGET_APPLY', 'TARGET_LOAD',
  'TASK_MANAGER', 'TRANSFORMATION', 'VALIDATOR', 'VALIDATOR_EXT', 'COMMON', 'ADDONS', 'DATA_STRUCTURE', 'COMMUNICATION', 'FILE_TRANSFER',
];
const SEVERITIES = ['ERROR', 'WARNING', 'INFO', 'DEFAULT', 'DEBUG', 'DETAILED_DEBUG'].map((s) => `LOGGER_SEVERITY_${s}`);

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function checkLogComponents(value: unknown, add: (m: string) => void): void {
  if (!Array.isArray(value)) return add('Logging.LogComponents must be an array');
  value.forEach((item: unknown, i) => {
    const id = isObject(item) ? item.Id : undefined;
    const severity = isObject(item) ? item.Severity : undefined;
    if (typeof id !== 'string' || !LOG_IDS.includes(id)) add(`Logging.LogComponents[${i}].Id "${String(id)}" is not a DMS log component`);
    if (typeof severity !== 'string' || !SEVERITIES.includes(severity)) add(`Logging.LogComponents[${i}].Severity "${String(severity)}" is not a DMS severity`);
  });
}

export function validateTaskSettings(document: unknown): string[] {
  const problems: string[] = [];
  const add = (message: string) => problems.push(`task settings: ${message}`);
  if (!isObject(document)) return ['task settings: must be a JSON object'];
  for (const [section, body] of Object.entries(document)) {
    const known = SECTIONS[section];
    if (known === undefined) {
      if (!OPAQUE_SECTIONS.includes(section)) add(`unknown section ${section}`);
      continue;
    }
    if (!isObject(body)) {
      add(`${section} must be an object`);
      continue;
    }
    for (const [key, value] of Object.entries(body)) {
      const path = `${section}.${key}`;
      if (!known.includes(key)) add(`unknown key ${path}`);
      const allowed = ENUMS[path];
      if (allowed !== undefined && (typeof value !== 'string' || !allowed.includes(value))) add(`${path} "${String(value)}" is not one of ${allowed.join(', ')}`);
      const range = RANGES[path];
      if (range !== undefined && (typeof value !== 'number' || value < range[0] || value > range[1])) add(`${path} ${String(value)} is outside ${range[0]}–${range[1]}`);
      if (path === 'Logging.LogComponents') checkLogComponents(value, add);
    }
  }
  const fullLoad = document.FullLoadSettings;
  if (!isObject(fullLoad) || fullLoad.TargetTablePrepMode === undefined) {
    add('FullLoadSettings.TargetTablePrepMode must be set (omitted, DMS uses DROP_AND_CREATE and drops pre-created tables)');
  }
  const target = document.TargetMetadata;
  if (isObject(target) && target.SupportLobs === true && target.FullLobMode === true && target.LimitedSizeLobMode === true) {
    add('TargetMetadata: FullLobMode and LimitedSizeLobMode exclude each other');
  }
  const validation = document.ValidationSettings;
  if (isObject(validation) && validation.ValidationOnly === true && isObject(fullLoad) && fullLoad.TargetTablePrepMode !== 'DO_NOTHING') {
    add('ValidationSettings.ValidationOnly requires FullLoadSettings.TargetTablePrepMode DO_NOTHING');
  }
  return problems;
}
