import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeDdlBytes } from '../../../src/ddl/decode.js';
import { UsageError } from '../../../src/errors.js';

const TESTDATA = '/work/shared/testdata';

function utf16(text: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const body = Buffer.from(text, 'utf16le');
  if (bigEndian) body.swap16();
  const mark = bom ? (bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]) : [];
  return Uint8Array.from([...mark, ...body]);
}

describe('decodeDdlBytes', () => {
  it('strips a UTF-8 BOM and turns CRLF and lone CR into LF', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...Buffer.from('CREATE TABLE t (a int)\r\nGO\rX', 'utf8')]);
    const decoded = decodeDdlBytes(bytes, 'a.sql');
    expect(decoded).toEqual({ text: 'CREATE TABLE t (a int)\nGO\nX', encoding: 'utf-8', note: null });
  });

  it('decodes UTF-16 LE and BE with a BOM (SSMS "Unicode" scripts)', () => {
    const text = 'CREATE TABLE [dbo].[Größe] ([x] nvarchar(10))\r\nGO\r\n';
    expect(decodeDdlBytes(utf16(text, false, true), 'le.sql')).toMatchObject({ encoding: 'utf-16le', text: text.replaceAll('\r\n', '\n') });
    expect(decodeDdlBytes(utf16(text, true, true), 'be.sql')).toMatchObject({ encoding: 'utf-16be', text: text.replaceAll('\r\n', '\n') });
  });

  it('recognises UTF-16 LE without a BOM from its zero bytes', () => {
    expect(decodeDdlBytes(utf16('CREATE TABLE t (a int);\n', false, false), 'x.sql')).toMatchObject({ encoding: 'utf-16le', text: 'CREATE TABLE t (a int);\n' });
  });

  it('reads the Latin-1 oe_p_cus.sql as windows-1252 and says so in a note', () => {
    const file = `${TESTDATA}/oracle/order_entry/oe_p_cus.sql`;
    const decoded = decodeDdlBytes(readFileSync(file), 'oe_p_cus.sql');
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text).toContain("'Götz','Falk'");
    expect(decoded.note).toMatchObject({ rule: 'ddl-encoding-fallback', severity: 'info', object: 'oe_p_cus.sql' });
  });

  it('refuses random bytes with E_DDL_ENCODING naming the file', () => {
    let seed = 7;
    const bytes = Uint8Array.from({ length: 4096 }, () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed >> 23;
    });
    try {
      decodeDdlBytes(bytes, 'dump.bin');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(UsageError);
      expect(error).toMatchObject({ code: 'E_DDL_ENCODING', exitCode: 2 });
      expect((error as Error).message).toContain('dump.bin');
    }
  });

  it('refuses text with NUL bytes that is not UTF-16', () => {
    expect(() => decodeDdlBytes(Uint8Array.from([0x43, 0x52, 0, 0, 0, 0x45, 0x41]), 'n.sql')).toThrow(/n\.sql/);
  });
});
