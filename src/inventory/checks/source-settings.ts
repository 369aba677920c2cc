/**
 * Source server settings that CDC (and, for the character set, any load) depends on. Reads
 * `source.options`; each setting is looked up under the camelCase key and the server's own name
 * (postgres writes `wal_level`), so the dialect readers may use either. A setting nobody could read
 * gives one `source-setting-unknown` info instead of a guess.
 */
import type { Finding } from '../../model/inventory.js';
import { eachTable, finding, hasRowIdentity, optionFlag, readOption, usesCdc, type Check, type CheckInput } from './context.js';

const DB = 'database';

function unknown(input: CheckInput, setting: string): Finding {
  const why = input.origin === 'ddl' ? 'a DDL export does not record it' : 'the catalog reader could not read it (grant missing?)';
  return finding('source-setting-unknown', 'info', DB, `${setting} is unknown: ${why}`, `check ${setting} on the source server before a CDC run`);
}

function text(value: string | number | boolean | null): string | null {
  return value === null ? null : String(value).trim();
}

function oracleSettings(input: CheckInput, cdc: boolean): Finding[] {
  const out: Finding[] = [];
  const s = input.source;
  const charset = text(readOption(s, 'nlsCharacterset', 'NLS_CHARACTERSET')) ?? s.charset;
  if (charset !== null && charset.toUpperCase() !== 'AL32UTF8') {
    out.push(finding('oracle-charset', 'warning', DB, `database character set is ${charset}, not AL32UTF8`,
      'PostgreSQL stores UTF-8: check that every stored byte decodes in this character set and size BYTE-semantics columns for multi-byte text'));
  }
  if (!cdc) return out;
  const logMode = text(readOption(s, 'logMode', 'log_mode', 'LOG_MODE'));
  if (logMode === null) out.push(unknown(input, 'Oracle log mode (V$DATABASE.LOG_MODE)'));
  else if (logMode.toUpperCase() !== 'ARCHIVELOG') {
    out.push(finding('oracle-archivelog', 'blocker', DB, `database runs in ${logMode} mode: DMS CDC reads archived redo`,
      'switch to ARCHIVELOG and keep archived logs ≥ 24 h (DMS assessments oracle-check-archivelog-mode, oracle-check-archivelog-retention-rds)'));
  }
  const min = optionFlag(readOption(s, 'supplementalLogDataMin', 'supplemental_log_data_min'));
  const pk = optionFlag(readOption(s, 'supplementalLogDataPk', 'supplemental_log_data_pk'));
  const all = optionFlag(readOption(s, 'supplementalLogDataAll', 'supplemental_log_data_all'));
  if (min === null) out.push(unknown(input, 'Oracle minimal supplemental logging (V$DATABASE.SUPPLEMENTAL_LOG_DATA_MIN)'));
  else if (!min) {
    out.push(finding('oracle-supplemental-logging', 'blocker', DB, 'minimal supplemental logging is off: CDC cannot rebuild changed rows',
      'ALTER DATABASE ADD SUPPLEMENTAL LOG DATA (DMS assessment oracle-supplemental-db-level)'));
  } else if (pk === false && all !== true) {
    out.push(finding('oracle-supplemental-logging-pk', 'warning', DB, 'primary-key supplemental logging is off at database level',
      'add it per table (ALTER TABLE … ADD SUPPLEMENTAL LOG DATA (PRIMARY KEY) COLUMNS) or for the database; keyless tables need ALL columns ' +
        '(DMS assessments oracle-validate-supplemental-logging-for-pk, oracle-validate-supplemental-logging-for-all-columns)'));
  }
  const force = optionFlag(readOption(s, 'forceLogging', 'force_logging'));
  if (force === false) {
    out.push(finding('oracle-force-logging', 'info', DB, 'FORCE LOGGING is off: NOLOGGING operations leave no redo for CDC to read',
      'ALTER DATABASE FORCE LOGGING for the migration window, or make sure no NOLOGGING loads run during CDC'));
  }
  return out;
}

function mssqlSettings(input: CheckInput, cdc: boolean): Finding[] {
  const out: Finding[] = [];
  const s = input.source;
  const encrypted = optionFlag(readOption(s, 'isEncrypted', 'is_encrypted'));
  if (encrypted === true) {
    out.push(finding('mssql-tde', 'warning', DB, 'Transparent Data Encryption is on',
      'DMS cannot read encrypted log backups: keep changes in the online log during CDC (DMS assessment sqlserver-check-for-encrypted-backups)'));
  }
  if (!cdc) return out;
  const model = text(readOption(s, 'recoveryModel', 'recovery_model_desc', 'recovery_model'));
  if (model === null) out.push(unknown(input, 'SQL Server recovery model (sys.databases.recovery_model_desc)'));
  else if (model.toUpperCase() === 'SIMPLE') {
    out.push(finding('mssql-recovery-model', 'blocker', DB, 'recovery model is SIMPLE: the log is truncated before DMS can read changes',
      'ALTER DATABASE … SET RECOVERY FULL and take a full backup (endpoint setting FatalOnSimpleModel; DMS assessment sqlserver-check-for-full-backup)'));
  } else if (model.toUpperCase() !== 'FULL') {
    out.push(finding('mssql-recovery-model', 'warning', DB, `recovery model is ${model}, not FULL`,
      'DMS accepts BULK_LOGGED, but minimally logged bulk operations are not captured: use FULL during the migration'));
  }
  const cdcOn = optionFlag(readOption(s, 'isCdcEnabled', 'is_cdc_enabled'));
  const keyless = [...eachTable(input.schemas)].some(({ table }) => !hasRowIdentity(table));
  if (cdcOn === false) {
    out.push(finding('mssql-cdc-disabled', keyless ? 'warning' : 'info', DB,
      `MS-CDC is not enabled on the database${keyless ? ', and tables without a primary key can only be captured through MS-CDC' : ''}`,
      'EXEC sys.sp_cdc_enable_db (required on RDS and for keyless tables; DMS assessment sqlserver-check-attribute-for-enable-ms-cdc-onprem)'));
  }
  const published = optionFlag(readOption(s, 'isPublished', 'is_published')) === true
    || optionFlag(readOption(s, 'isMergePublished', 'is_merge_published')) === true;
  if (published) {
    out.push(finding('mssql-replication-published', 'info', DB, 'the database is already published for replication',
      'DMS adds its own publication and articles for tables with a primary key: agree with the owners of the existing publication'));
  }
  return out;
}

function postgresSettings(input: CheckInput, cdc: boolean): Finding[] {
  if (!cdc) return [];
  const level = text(readOption(input.source, 'wal_level', 'walLevel'));
  if (level === null) return [unknown(input, 'PostgreSQL wal_level')];
  if (level.toLowerCase() === 'logical') return [];
  return [finding('postgres-wal-level', 'blocker', DB, `wal_level is ${level}, not logical: no logical decoding for CDC`,
    'set wal_level = logical (rds.logical_replication = 1 on RDS) and restart (DMS assessment postgres-check-wallevel)')];
}

function mysqlSettings(input: CheckInput, cdc: boolean): Finding[] {
  if (!cdc) return [];
  const out: Finding[] = [];
  const s = input.source;
  const logBin = optionFlag(readOption(s, 'log_bin', 'logBin'));
  if (logBin === false) {
    out.push(finding('mysql-binlog-off', 'blocker', DB, 'binary logging is off: no change stream for CDC', 'enable log_bin and restart; keep binlogs ≥ 24 h'));
  }
  const format = text(readOption(s, 'binlog_format', 'binlogFormat'));
  if (format === null) out.push(unknown(input, 'MySQL binlog_format'));
  else if (format.toUpperCase() !== 'ROW') {
    out.push(finding('mysql-binlog-format', 'blocker', DB, `binlog_format is ${format}, not ROW`, 'SET GLOBAL binlog_format = ROW (DMS needs row-based binary logs)'));
  }
  const image = text(readOption(s, 'binlog_row_image', 'binlogRowImage'));
  if (image !== null && image.toUpperCase() !== 'FULL') {
    out.push(finding('mysql-binlog-row-image', 'blocker', DB, `binlog_row_image is ${image}, not FULL`, 'SET GLOBAL binlog_row_image = FULL'));
  }
  return out;
}

export const sourceSettingsCheck: Check = {
  rules: ['oracle-charset', 'oracle-archivelog', 'oracle-supplemental-logging', 'oracle-supplemental-logging-pk', 'oracle-force-logging',
    'mssql-tde', 'mssql-recovery-model', 'mssql-cdc-disabled', 'mssql-replication-published', 'postgres-wal-level',
    'mysql-binlog-off', 'mysql-binlog-format', 'mysql-binlog-row-image', 'source-setting-unknown'],
  run: (input) => {
    const cdc = usesCdc(input.options);
    switch (input.source.dialect) {
      case 'oracle': return oracleSettings(input, cdc);
      case 'mssql': return mssqlSettings(input, cdc);
      case 'postgres': return postgresSettings(input, cdc);
      case 'mysql': return mysqlSettings(input, cdc);
    }
  },
};
