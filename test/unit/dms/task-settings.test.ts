import { describe, expect, it } from 'vitest';
import { makeTaskSettings } from '../../../src/dms/task-settings.js';
import { validateTaskSettings } from '../../../src/dms/validate.js';
import { GL_HEADERS, GL_LINES, column, plan, table, task } from './sample-plan.js';

describe('makeTaskSettings', () => {
  it('limited LOB mode with the task max size, validation sized to it', () => {
    const t = task([GL_LINES, GL_HEADERS], { lob: { mode: 'limited', maxSizeKb: 96, chunkSizeKb: null } });
    const s = makeTaskSettings(t, plan([t]));
    expect(s.TargetMetadata).toMatchObject({ SupportLobs: true, FullLobMode: false, LimitedSizeLobMode: true, LobMaxSize: 96 });
    expect(s.ValidationSettings).toMatchObject({ EnableValidation: true, ValidationMode: 'ROW_LEVEL', ValidationPartialLobSize: 96, HandleCollationDiff: true });
    expect(validateTaskSettings(s)).toEqual([]);
  });
  it('full LOB mode with the chunk size', () => {
    const t = task([GL_LINES], { lob: { mode: 'full', maxSizeKb: null, chunkSizeKb: 32 } });
    expect(makeTaskSettings(t, plan([t])).TargetMetadata).toMatchObject({ SupportLobs: true, FullLobMode: true, LobChunkSize: 32, LimitedSizeLobMode: false, LobMaxSize: 0 });
  });
  it('no LOB support when the task has no LOB column; full LOB when mode none still meets one', () => {
    const plain = task([table('T', { columns: [column('A', 'integer', { canonicalType: 'int32' })] })], { lob: { mode: 'none', maxSizeKb: null, chunkSizeKb: null } });
    expect(makeTaskSettings(plain, plan([plain])).TargetMetadata).toMatchObject({ SupportLobs: false, FullLobMode: false, LimitedSizeLobMode: false });
    const lobby = task([GL_LINES], { lob: { mode: 'none', maxSizeKb: null, chunkSizeKb: null } });
    expect(makeTaskSettings(lobby, plan([lobby])).TargetMetadata).toMatchObject({ SupportLobs: true, FullLobMode: true });
  });
  it('truncates before load, sizes subtasks by segments, commits larger batches for large tasks', () => {
    const t = task([GL_LINES, GL_HEADERS], { kind: 'large' });
    const s = makeTaskSettings(t, plan([t]));
    expect(s.FullLoadSettings).toEqual({
      TargetTablePrepMode: 'TRUNCATE_BEFORE_LOAD', CreatePkAfterFullLoad: false, StopTaskCachedChangesApplied: true,
      StopTaskCachedChangesNotApplied: false, MaxFullLoadSubTasks: 4, TransactionConsistencyTimeout: 600, CommitRate: 50000,
    });
    expect(s.ErrorBehavior.FailOnNoTablesCaptured).toBe(true);
    expect(s.ControlTablesSettings.ControlSchema).toBe('awsdms_control');
    expect(s.Logging.LogComponents.map((c) => c.Id)).toHaveLength(12);
  });
});
