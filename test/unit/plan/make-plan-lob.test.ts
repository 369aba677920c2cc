/** LOB settings per table (limited when the largest LOB is known or bounded, full otherwise) and per task. */
import { describe, expect, it } from 'vitest';
import type { InventoryColumn, InventoryTable } from '../../../src/model/inventory.js';
import { makeTableLobSettings, makeTaskLobSettings } from '../../../src/plan/lob-settings.js';

const col = (name: string, nativeType: string, canonicalType: string): InventoryColumn => ({
  name, nativeType, canonicalType, length: null, precision: null, scale: null, nullable: true, default: null, identity: null,
});
const table = (columns: InventoryColumn[], attributes: InventoryTable['attributes'] = {}): InventoryTable => ({
  name: 'T', module: 'x', rowCount: 1, rowCountExact: true, bytes: 1, columns, primaryKey: { name: 'PK', columns: ['ID'] },
  uniqueKeys: [], foreignKeys: [], indexes: [], partitioning: null, attributes, findings: [],
});
const ID = col('ID', 'NUMBER', 'int64');

describe('LOB settings', () => {
  it('no LOB columns → none', () => {
    const t = table([ID, col('NAME', 'VARCHAR2', 'varchar(30)')]);
    expect(makeTableLobSettings(t, t.columns, 'oracle')).toEqual({ lob: { mode: 'none', maxSizeKb: null, chunkSizeKb: null }, lobColumns: [], reason: null });
  });

  it('measured largest LOB → limited at 3x its size (DMS sizes LOBs in binary), rounded up to a power of two KB (min 32)', () => {
    const t = table([ID, col('DOC', 'CLOB', 'text'), col('META', 'CLOB', 'json')], { maxLobBytes: 100_000 });
    const choice = makeTableLobSettings(t, t.columns, 'oracle');
    // 100,000 B x 3 = 293 KB → 512 KB (without the factor it would be 128 KB and truncate LOBs over ~43 KB of text)
    expect(choice.lob).toEqual({ mode: 'limited', maxSizeKb: 512, chunkSizeKb: null });
    const twoMb = table([ID, col('DOC', 'BLOB', 'blob')], { maxLobBytes: 2 * 1024 * 1024 });
    expect(makeTableLobSettings(twoMb, twoMb.columns, 'oracle').lob.maxSizeKb).toBe(8192);
    const tooBigTripled = table([ID, col('DOC', 'BLOB', 'blob')], { maxLobBytes: 40 * 1024 * 1024 });
    expect(makeTableLobSettings(tooBigTripled, tooBigTripled.columns, 'oracle').lob.mode).toBe('full');
    expect(choice.lobColumns).toEqual(['DOC', 'META']);
    expect(makeTableLobSettings(table([ID, col('D', 'CLOB', 'text')], { maxLobBytes: 10 }), [ID, col('D', 'CLOB', 'text')], 'oracle').lob.maxSizeKb).toBe(32);
  });

  it('unknown or too large → full mode with 64 KB chunks', () => {
    const t = table([ID, col('DOC', 'BLOB', 'blob')]);
    expect(makeTableLobSettings(t, t.columns, 'oracle').lob).toEqual({ mode: 'full', maxSizeKb: null, chunkSizeKb: 64 });
    const huge = table([ID, col('DOC', 'BLOB', 'blob')], { maxLobBytes: 500 * 1024 * 1024 });
    expect(makeTableLobSettings(huge, huge.columns, 'oracle').reason).toContain('exceeds 102400 KB');
  });

  it('Oracle LONG / XMLTYPE allow only limited mode; MySQL types bound their size; PostgreSQL text does not', () => {
    const long = table([ID, col('NOTES', 'LONG', 'text')]);
    expect(makeTableLobSettings(long, long.columns, 'oracle').lob).toEqual({ mode: 'limited', maxSizeKb: 64, chunkSizeKb: null });
    const mysql = table([ID, col('BODY', 'mediumtext', 'text'), col('T', 'text', 'text')]);
    expect(makeTableLobSettings(mysql, mysql.columns, 'mysql').lob).toEqual({ mode: 'limited', maxSizeKb: 65536, chunkSizeKb: null });
    expect(makeTableLobSettings(mysql, mysql.columns, 'postgres').lob.mode).toBe('full');
  });

  it('an excluded LOB column does not count', () => {
    const t = table([ID, col('DOC', 'BLOB', 'blob')]);
    expect(makeTableLobSettings(t, [ID], 'oracle').lob.mode).toBe('none');
  });

  it('task settings: full wins, else the largest limit', () => {
    const limited = (kb: number) => ({ lob: { mode: 'limited' as const, maxSizeKb: kb, chunkSizeKb: null } });
    const none = { lob: { mode: 'none' as const, maxSizeKb: null, chunkSizeKb: null } };
    expect(makeTaskLobSettings([limited(64), limited(1024), none])).toEqual({ mode: 'limited', maxSizeKb: 1024, chunkSizeKb: null });
    expect(makeTaskLobSettings([limited(64), { lob: { mode: 'full', maxSizeKb: null, chunkSizeKb: 64 } }])).toEqual({ mode: 'full', maxSizeKb: null, chunkSizeKb: 64 });
    expect(makeTaskLobSettings([none])).toEqual({ mode: 'none', maxSizeKb: null, chunkSizeKb: null });
  });
});
