import { describe, expect, it } from 'vitest';
import { splitPostgresStatements } from '../../../../src/ddl/postgres/split-statements.js';

describe('splitPostgresStatements', () => {
  it('drops psql meta-commands (\\restrict, \\c) and keeps line numbers', () => {
    const script = [
      '\\restrict Abc123',
      '-- comment',
      'SET statement_timeout = 0;',
      '\\c chinook;',
      '',
      'CREATE TABLE a (x int);',
      '\\unrestrict Abc123',
    ].join('\n');
    expect(splitPostgresStatements(script)).toEqual([
      { text: 'SET statement_timeout = 0', line: 3 },
      { text: 'CREATE TABLE a (x int)', line: 6 },
    ]);
  });

  it('keeps semicolons inside quotes, identifiers, dollar quotes and comments', () => {
    const script = [
      "CREATE TABLE \"a;b\" (x text DEFAULT 'x;y', y text DEFAULT E'it\\'s;');",
      'CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $body$ BEGIN RETURN 1; END; $body$;',
      '/* a; /* nested; */ still comment; */ SELECT 1;',
      'SELECT $1;',
    ].join('\n');
    const texts = splitPostgresStatements(script).map((s) => s.text);
    expect(texts).toEqual([
      "CREATE TABLE \"a;b\" (x text DEFAULT 'x;y', y text DEFAULT E'it\\'s;')",
      'CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $body$ BEGIN RETURN 1; END; $body$',
      'SELECT 1',
      'SELECT $1',
    ]);
  });

  it('does not end a statement at a semicolon inside parentheses (multi-action rules)', () => {
    const script = 'CREATE RULE r AS ON INSERT TO t DO INSTEAD (INSERT INTO a VALUES (1); INSERT INTO b VALUES (2));\nSELECT 3;';
    expect(splitPostgresStatements(script).map((s) => s.text)).toEqual([
      'CREATE RULE r AS ON INSERT TO t DO INSTEAD (INSERT INTO a VALUES (1); INSERT INTO b VALUES (2))',
      'SELECT 3',
    ]);
  });

  it('keeps a BEGIN ATOMIC body in one statement', () => {
    const script = 'CREATE FUNCTION f(a int) RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n SELECT a;\n SELECT CASE WHEN a > 0 THEN 1 END;\nEND;\nSELECT 2;';
    const texts = splitPostgresStatements(script).map((s) => s.text);
    expect(texts).toHaveLength(2);
    expect(texts[0]).toMatch(/^CREATE FUNCTION[\s\S]*END$/);
    expect(texts[1]).toBe('SELECT 2');
  });

  it('skips COPY … FROM stdin data up to the \\. line', () => {
    const script = 'COPY public.a (x) FROM stdin;\n1;2\n3\\;\n\\.\n\nCREATE TABLE b (y int);';
    expect(splitPostgresStatements(script)).toEqual([
      { text: 'COPY public.a (x) FROM stdin', line: 1 },
      { text: 'CREATE TABLE b (y int)', line: 6 },
    ]);
  });
});
