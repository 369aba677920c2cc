import { describe, expect, it } from 'vitest';
import { splitOracleScript } from '../../../../src/ddl/oracle/split-script.js';

const split = (text: string) => splitOracleScript(text, 'f.sql').map(({ text: t, line, plsql }) => ({ text: t, line, plsql }));

describe('splitOracleScript', () => {
  it('drops SQL*Plus commands and keeps each statement with its starting line', () => {
    const script = [
      'REM header', 'SET ECHO OFF', 'PROMPT creating', 'DEFINE x = 1', '@@other.sql', 'CONNECT a/b@db', 'SPOOL out.log',
      'WHENEVER SQLERROR EXIT', 'ACCEPT pwd PROMPT "p:"', 'COLUMN x FORMAT a10', '',
      'CREATE TABLE t', '( a NUMBER );', 'Rem trailing', 'create index i on t(a);',
    ].join('\n');
    expect(split(script)).toEqual([
      { text: 'CREATE TABLE t\n( a NUMBER )', line: 12, plsql: false },
      { text: 'create index i on t(a)', line: 15, plsql: false },
    ]);
  });

  it('ends a statement at a "/" line with trailing spaces', () => {
    expect(split('CREATE TABLE t (a NUMBER)\n/   \nCREATE SEQUENCE s\n/\t\n')).toEqual([
      { text: 'CREATE TABLE t (a NUMBER)', line: 1, plsql: false },
      { text: 'CREATE SEQUENCE s', line: 3, plsql: false },
    ]);
  });

  it('does not end at ";" inside strings, q-quotes, quoted names or comments', () => {
    const script = "INSERT INTO t VALUES ('a;b', q'[it's; here]', \"x;y\") -- c;\n/* ; */ ;\nSELECT 1 FROM dual;";
    const statements = split(script);
    expect(statements).toHaveLength(2);
    expect(statements[0]?.text).toBe("INSERT INTO t VALUES ('a;b', q'[it's; here]', \"x;y\") -- c;\n/* ; */");
    expect(statements[1]).toEqual({ text: 'SELECT 1 FROM dual', line: 3, plsql: false });
  });

  it("keeps '' escapes and multi-line strings inside one statement", () => {
    const statements = split("COMMENT ON TABLE t IS 'it''s;\nsecond line';\nSELECT 2 FROM dual;");
    expect(statements.map((s) => s.line)).toEqual([1, 3]);
    expect(statements[0]?.text).toBe("COMMENT ON TABLE t IS 'it''s;\nsecond line'");
  });

  it('joins a line ending in "-" with the next and removes the hyphen (oe_p_ja style)', () => {
    const statements = split("INSERT INTO pd VALUES(1726-\n,'JA'-\n,UNISTR(-\n'LCD'-\n));\nSELECT 1 FROM dual;");
    expect(statements[0]?.text).toBe("INSERT INTO pd VALUES(1726\n,'JA'\n,UNISTR(\n'LCD'\n))");
    expect(statements[1]?.line).toBe(6);
  });

  it('reads a PL/SQL unit to its "/" line, ignoring inner ";" and END; lines', () => {
    const script = [
      'CREATE OR REPLACE TRIGGER trg', '  BEFORE INSERT ON t', 'BEGIN', '  IF 1 = 1 THEN', '    NULL;', '  END IF;', 'END;', '/',
      'CREATE TABLE after_it (a NUMBER);',
    ].join('\n');
    const statements = splitOracleScript(script, 'f.sql');
    expect(statements).toHaveLength(2);
    expect(statements[0]).toMatchObject({ line: 1, lines: 7, plsql: true });
    expect(statements[0]?.text.endsWith('END;')).toBe(true);
    expect(statements[1]).toMatchObject({ text: 'CREATE TABLE after_it (a NUMBER)', line: 9, plsql: false });
  });

  it('treats CREATE TYPE … OID and anonymous blocks as PL/SQL', () => {
    const script = "CREATE TYPE t_typ\n OID '82A4'\n AS OBJECT (a NUMBER);\n/\nBEGIN\n  x;\nEND;\n/\nDECLARE\n v NUMBER;\nBEGIN NULL; END;\n/\n";
    expect(split(script).map((s) => [s.line, s.plsql])).toEqual([[1, true], [5, true], [9, true]]);
  });

  it('reads two statements written on one line', () => {
    expect(split('DROP TABLE a; DROP TABLE b;').map((s) => s.text)).toEqual(['DROP TABLE a', 'DROP TABLE b']);
  });

  it('skips leading block comments spanning lines', () => {
    expect(split('/****\n * header; \n ****/\nCREATE TABLE t (a NUMBER);')).toEqual([{ text: 'CREATE TABLE t (a NUMBER)', line: 4, plsql: false }]);
  });

  it('does not continue a REM line that ends in "-" (banner lines)', () => {
    expect(split('rem ---------\nCREATE TABLE t (a NUMBER);\nPROMPT long -\n  text\nCREATE TABLE u (a NUMBER);')).toEqual([
      { text: 'CREATE TABLE t (a NUMBER)', line: 2, plsql: false },
      { text: 'CREATE TABLE u (a NUMBER)', line: 5, plsql: false },
    ]);
  });
});
