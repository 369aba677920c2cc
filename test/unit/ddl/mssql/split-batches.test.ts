import { describe, expect, it } from 'vitest';
import { splitTsqlScript } from '../../../../src/ddl/mssql/split-batches.js';
import { makeLineLocator } from '../../../../src/ddl/tokenizer.js';

function split(text: string) {
  return [...splitTsqlScript(text, 'f.sql', makeLineLocator(text))].map((s) => ({
    line: s.line, module: s.module, text: text.slice(s.tokens[0]?.start ?? 0, s.tokens[s.tokens.length - 1]?.end ?? 0),
  }));
}

describe('splitTsqlScript', () => {
  it('separates batches at GO alone on a line, also GO 5 and go with a comment', () => {
    const script = 'CREATE TABLE a (x int)\nGO\nCREATE TABLE b (x int)\n  go 5\nCREATE TABLE c (x int)\nGo -- done\nCREATE TABLE d (x int)';
    expect(split(script).map((s) => [s.line, s.text])).toEqual([
      [1, 'CREATE TABLE a (x int)'], [3, 'CREATE TABLE b (x int)'], [5, 'CREATE TABLE c (x int)'], [7, 'CREATE TABLE d (x int)'],
    ]);
  });

  it('does not split at GO inside a string, a comment, a bracketed name or a longer word', () => {
    const script = "PRINT '\nGO\n'\n/* \nGO\n */\nCREATE TABLE [x\nGO] (GOAL int, [a]]b] int)\nGO";
    const statements = split(script);
    expect(statements.map((s) => s.line)).toEqual([1, 7]);
    expect(statements[1]?.text).toBe('CREATE TABLE [x\nGO] (GOAL int, [a]]b] int)');
  });

  it('splits statements inside a batch at statement keywords and ";"', () => {
    const script = [
      "execute sp_addtype id ,'varchar(11)' ,'NOT NULL'", "execute sp_addtype tid ,'varchar(6)' ,'NOT NULL'",
      "raiserror('Now at the create table section ....',0,1)", 'SET NOCOUNT ON; ALTER TABLE t ADD CONSTRAINT f FOREIGN KEY (a) REFERENCES u (a) ON DELETE CASCADE ON UPDATE NO ACTION',
      'IF EXISTS (SELECT 1 FROM sys.tables) DROP TABLE x', 'ALTER TABLE t DROP CONSTRAINT f',
    ].join('\n');
    expect(split(script).map((s) => s.text.split(' ').slice(0, 3).join(' '))).toEqual([
      'execute sp_addtype id', 'execute sp_addtype tid', "raiserror('Now at the", 'SET NOCOUNT ON',
      'ALTER TABLE t', 'IF EXISTS (SELECT', 'ALTER TABLE t',
    ]);
  });

  it('keeps a CREATE PROCEDURE / TRIGGER / VIEW batch whole, with its line count', () => {
    const script = 'CREATE PROCEDURE p AS\nBEGIN\n  INSERT INTO t VALUES (1)\n  UPDATE t SET a = 2\nEND\nGO\nCREATE TABLE t2 (a int)';
    const statements = [...splitTsqlScript(script, 'f.sql', makeLineLocator(script))];
    expect(statements.map((s) => [s.line, s.lines, s.module])).toEqual([[1, 5, true], [7, 1, false]]);
  });
});

describe('splitTsqlScript SET handling', () => {
  it('starts a new statement at a session SET but not at UPDATE … SET or ALTER DATABASE … SET', () => {
    const script = 'ALTER TABLE t ADD CONSTRAINT pk PRIMARY KEY (a)\nSET IDENTITY_INSERT t ON\nUPDATE t SET a = 1\nALTER DATABASE d SET ANSI_NULLS ON\nALTER TABLE t SET (LOCK_ESCALATION = TABLE)';
    expect(split(script).map((s) => s.line)).toEqual([1, 2, 3, 4, 5]);
  });
});
