/** Small hand-built plans for the DDL and DMS document tests. */
import type { Plan, PlannedColumn, PlannedTable, PlannedTask } from '../../../src/model/plan.js';

export function column(source: string, targetType: string, extra: Partial<PlannedColumn> = {}): PlannedColumn {
  return {
    source, target: source.toLowerCase(), sourceType: 'VARCHAR2', canonicalType: 'varchar(30)', targetType,
    nullable: true, default: null, identity: null, conversion: 'none', lossy: null, excluded: false, ...extra,
  };
}

export function table(sourceTable: string, extra: Partial<PlannedTable> = {}): PlannedTable {
  return {
    sourceSchema: 'ERP', sourceTable, targetSchema: 'erp', targetTable: sourceTable.toLowerCase(), module: 'finance',
    rows: 10, bytes: 1000, columns: [], primaryKey: null, primaryKeySource: 'none', uniqueKeys: [], foreignKeys: [],
    indexes: [], filters: [], parallelLoad: { type: 'none', columns: [], boundaries: [] },
    lob: { mode: 'none', maxSizeKb: null, chunkSizeKb: null }, findings: [], ...extra,
  };
}

export const GL_HEADERS = table('GL_JE_HEADERS', {
  columns: [
    column('JE_HEADER_ID', 'bigint', { nullable: false, identity: { generation: 'always', start: '1', increment: '1' }, sourceType: 'NUMBER', canonicalType: 'number' }),
    column('NAME', 'varchar(100)', { nullable: false }),
    column('CREATED', 'timestamp(0)', { default: 'LOCALTIMESTAMP(0)', sourceType: 'DATE', canonicalType: 'timestamp(0)' }),
    column('User', 'varchar(30)', { target: 'User' }),
    column('ORDER', 'integer', { target: 'order', default: '0', droppedDefault: 'GL_SEQ.NEXTVAL' }),
  ],
  primaryKey: { name: 'GL_JE_HEADERS_PK', columns: ['JE_HEADER_ID'] },
  primaryKeySource: 'source',
  uniqueKeys: [{ name: 'GL_JE_HEADERS_U1', columns: ['NAME'] }],
});

export const GL_LINES = table('GL_JE_LINES', {
  rows: 5_000_000, bytes: 9_000_000_000,
  columns: [
    column('JE_HEADER_ID', 'bigint', { nullable: false }),
    column('JE_LINE_NUM', 'bigint', { nullable: false }),
    column('AMOUNT', 'numeric(12,2)'),
    column('NOTES', 'text', { sourceType: 'CLOB', canonicalType: 'text' }),
    column('SECRET', 'text', { excluded: true }),
  ],
  primaryKey: { name: 'GL_JE_LINES_PK', columns: ['JE_HEADER_ID', 'JE_LINE_NUM'] },
  primaryKeySource: 'source',
  foreignKeys: [{ name: 'GL_JE_LINES_FK1', columns: ['JE_HEADER_ID'], refSchema: 'ERP', refTable: 'GL_JE_HEADERS', refColumns: ['JE_HEADER_ID'], onDelete: 'CASCADE' }],
  indexes: [
    { name: 'GL_JE_LINES_N1', unique: false, kind: 'normal', columns: [{ name: 'AMOUNT', descending: true }] },
    { name: 'GL_JE_LINES_F1', unique: false, kind: 'normal', columns: [{ name: 'UPPER("NOTES")', descending: false, expression: true }] },
  ],
  filters: [{ column: 'JE_HEADER_ID', operator: 'gte', value: '100' }],
  parallelLoad: { type: 'ranges', columns: ['JE_HEADER_ID'], boundaries: [{ values: ['1000000'] }, { values: ['2000000'] }] },
  lob: { mode: 'limited', maxSizeKb: 96, chunkSizeKb: null },
});

export function task(tables: readonly PlannedTable[], extra: Partial<PlannedTask> = {}): PlannedTask {
  return {
    id: 'erpm-w1-standard-0a1b2c3d', wave: 1, kind: 'standard', tables, estimatedBytes: 1000, estimatedRows: 10,
    lob: { mode: 'limited', maxSizeKb: 32, chunkSizeKb: null },
    tableMappingsFile: 'dms/erpm-w1-standard-0a1b2c3d.table-mappings.json',
    taskSettingsFile: 'dms/erpm-w1-standard-0a1b2c3d.task-settings.json', ...extra,
  };
}

export function plan(tasks: readonly PlannedTask[], extra: Partial<Plan> = {}): Plan {
  return {
    format: 'erp-migrate/plan@1', inventoryDigest: 'sha256:00', source: { dialect: 'oracle', version: '19.0' }, target: 'postgres',
    options: { waves: 'by-dependency', identifierCase: 'lower', largeTableBytes: 1e9, maxTaskBytes: 1e10, mappingFiles: [] },
    waves: [{ number: 1, tasks }], deferredConstraints: [], decisions: [], ...extra,
  };
}
