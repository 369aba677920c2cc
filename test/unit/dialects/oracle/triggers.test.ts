import { describe, expect, it } from 'vitest';
import { renderCatalogQuery, TRIGGERS_SQL } from '../../../../src/dialects/oracle/catalog-queries.js';
import { parseTriggerRows } from '../../../../src/dialects/oracle/parse-objects.js';

/** Rows as node-oracledb returns ALL_TRIGGERS joined to line counts (outFormat OBJECT, LINE_COUNT fetched as number). */
const APPS_ON_GL = { OWNER: 'APPS', TRIGGER_NAME: 'GL_JE_LINES_BRI', TRIGGER_TYPE: 'BEFORE EACH ROW', TRIGGERING_EVENT: 'INSERT', TABLE_OWNER: 'GL', TABLE_NAME: 'GL_JE_LINES', BASE_OBJECT_TYPE: 'TABLE     ', STATUS: 'ENABLED', LINE_COUNT: 12 };
const GL_ON_APPS = { ...APPS_ON_GL, OWNER: 'GL', TRIGGER_NAME: 'GL_SYNC_TRG', TABLE_OWNER: 'APPS', TABLE_NAME: 'FND_SYNC' };
const SCHEMA_LEVEL = { ...APPS_ON_GL, OWNER: 'GL', TRIGGER_NAME: 'GL_LOGON', TRIGGERING_EVENT: 'LOGON ', TABLE_OWNER: 'GL', TABLE_NAME: null, BASE_OBJECT_TYPE: 'SCHEMA' };

describe('Oracle triggers owned by another schema than their table', () => {
  it('are read when their table is in a schema asked for (the query also filters on TABLE_OWNER)', () => {
    const { sql, binds } = renderCatalogQuery(TRIGGERS_SQL, 'DBA', ['GL'], true);
    expect(sql).toContain('(t.OWNER IN (:o0) OR t.TABLE_OWNER IN (:o0))');
    expect(binds).toEqual({ o0: 'GL' });
  });

  it('are listed with their table\'s schema; other triggers with their owner', () => {
    const bySchema = parseTriggerRows([APPS_ON_GL, GL_ON_APPS, SCHEMA_LEVEL], new Set(['GL']));
    expect([...bySchema.keys()].sort()).toEqual(['GL']);
    expect(bySchema.get('GL')?.map((t) => [t.name, t.table, t.lines])).toEqual([
      ['GL_JE_LINES_BRI', 'GL_JE_LINES', 12], ['GL_SYNC_TRG', 'FND_SYNC', 12], ['GL_LOGON', null, 12],
    ]);
  });
});
