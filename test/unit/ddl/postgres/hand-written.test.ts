/**
 * Hand-written PostgreSQL scripts (not pg_dump): literal defaults must read as pg_get_expr prints
 * them, and later statements (ALTER, RENAME, DROP, INHERITS) must leave what the database would hold.
 * Expected texts were taken from PostgreSQL 15 (pg_get_expr on the same script).
 */
import { describe, expect, it } from 'vitest';
import { readPostgresDdl } from '../../../../src/ddl/postgres/index.js';
import type { CatalogTable } from '../../../../src/model/catalog.js';

function tables(text: string): Map<string, CatalogTable> {
  const result = readPostgresDdl(text, { defaultSchema: 'public', file: 'hand.sql' });
  return new Map(result.schemas.flatMap((s) => s.tables).map((t) => [t.name, t]));
}

describe('literal defaults in hand-written PostgreSQL DDL', () => {
  const table = tables(`
    CREATE TYPE mood AS ENUM ('ok', 'sad');
    CREATE DOMAIN amount AS numeric(12,2);
    CREATE TABLE d (
      a int DEFAULT -1, b bigint DEFAULT -1, c smallint DEFAULT 5, e numeric DEFAULT 2.50, d numeric(5,2) DEFAULT -1.5,
      f varchar(10) DEFAULT 'x', g char(3) DEFAULT 'ab', h text DEFAULT 'it''s', i date DEFAULT '2000-01-01',
      k timestamptz DEFAULT CURRENT_TIMESTAMP, l boolean DEFAULT 't', m int DEFAULT '7', o double precision DEFAULT -2,
      r mood DEFAULT 'ok', s varchar DEFAULT NULL, t bigint DEFAULT 3000000000, w numeric(10,2) DEFAULT '0',
      aa int DEFAULT 10.0, bb amount DEFAULT 0, cc smallint DEFAULT '3', u int DEFAULT (1+2)
    );`).get('d');

  it('prints each literal the way get_const_expr does', () => {
    expect(Object.fromEntries(table?.columns.map((c) => [c.name, c.default]) ?? [])).toEqual({
      a: "'-1'::integer", b: "'-1'::integer", c: '5', e: '2.50', d: "'-1.5'::numeric", f: "'x'::character varying",
      g: "'ab'::bpchar", h: "'it''s'::text", i: "'2000-01-01'::date", k: 'CURRENT_TIMESTAMP', l: 'true', m: '7',
      o: "'-2'::integer", r: "'ok'::public.mood", s: null, t: "'3000000000'::bigint", w: "'0'::numeric", aa: '10.0',
      bb: '0', cc: "'3'::smallint", u: '(1+2)',
    });
    // Not literals: kept as written. PostgreSQL itself would print `(1 + 2)` for u — a known limit
    // for hand-written files only (pg_dump writes the deparsed text).
  });

  it('qualifies types the file declares and reads domains as base type + userType', () => {
    const r = table?.columns.find((c) => c.name === 'r');
    const bb = table?.columns.find((c) => c.name === 'bb');
    expect(r?.nativeType).toBe('public.mood');
    expect(bb).toMatchObject({ nativeType: 'numeric(12,2)', precision: 12, scale: 2, userType: 'public.amount' });
  });
});

describe('later statements in hand-written PostgreSQL DDL', () => {
  const all = tables(`
    CREATE TABLE p (id serial PRIMARY KEY, a int, b int, c smallint, s text);
    CREATE TABLE k (extra text, UNIQUE (extra, id)) INHERITS (p);
    ALTER TABLE p ALTER COLUMN a SET DEFAULT 42;
    ALTER TABLE ONLY p ALTER COLUMN b SET DEFAULT 1;
    ALTER TABLE p RENAME COLUMN b TO bee;
    ALTER TABLE p ALTER COLUMN c TYPE varchar(5), DROP COLUMN s;
    ALTER TABLE k ADD CONSTRAINT k_nn NOT NULL extra;
    CREATE TABLE gone (x int);
    DROP TABLE gone;
    CREATE TABLE old_name (x int CONSTRAINT x_uq UNIQUE);
    ALTER TABLE old_name RENAME TO new_name;
    ALTER TABLE new_name DROP CONSTRAINT x_uq;`);

  it('applies changes without ONLY to INHERITS children and with ONLY to the parent alone', () => {
    const columns = (name: string) => all.get(name)?.columns.map((c) => [c.name, c.nativeType, c.default, c.nullable]);
    expect(columns('p')).toEqual([
      ['id', 'integer', "nextval('public.p_id_seq'::regclass)", false],
      ['a', 'integer', '42', true],
      ['bee', 'integer', '1', true],
      ['c', 'character varying(5)', null, true],
    ]);
    expect(columns('k')).toEqual([
      ['id', 'integer', "nextval('public.p_id_seq'::regclass)", false],
      ['a', 'integer', '42', true],
      ['bee', 'integer', null, true],
      ['c', 'character varying(5)', null, true],
      ['extra', 'text', null, false],
    ]);
    expect(all.get('k')?.uniqueKeys).toEqual([{ name: 'k_extra_id_key', columns: ['extra', 'id'] }]);
  });

  it('drops and renames tables and constraints', () => {
    expect([...all.keys()].sort()).toEqual(['k', 'new_name', 'p']);
    expect(all.get('new_name')?.uniqueKeys).toEqual([]);
  });

  it('loses only the statement with an unbalanced parenthesis', () => {
    const result = readPostgresDdl('CREATE TABLE bad (a int;\nCREATE TABLE good (b int);', { defaultSchema: 'public', file: 'f.sql' });
    expect(result.tables).toBe(1);
    expect(result.notes.map((n) => n.object)).toEqual(['f.sql:1']);
  });

  it('notes CREATE TABLE … AS and (LIKE …) as unreadable, reading the rest', () => {
    const result = readPostgresDdl('CREATE TABLE a (x int);\nCREATE TABLE b AS SELECT * FROM a;\nCREATE TABLE c (LIKE a);', {
      defaultSchema: 'public', file: 'f.sql',
    });
    expect(result.tables).toBe(1);
    expect(result.notes.map((n) => n.object)).toEqual(['f.sql:2', 'f.sql:3']);
  });
});

describe('readPostgresFiles', () => {
  it('reads pre-data and post-data files as one script, with notes naming each file', async () => {
    const { readPostgresFiles } = await import('../../../../src/ddl/postgres/index.js');
    const result = readPostgresFiles([
      { file: 'pre.sql', text: 'CREATE TABLE public.t (id integer NOT NULL, v text);' },
      { file: 'post.sql', text: 'ALTER TABLE ONLY public.t\n    ADD CONSTRAINT t_pkey PRIMARY KEY (id);\nCREATE TABLE broken (;' },
    ], 'public');
    expect(result.schemas[0]?.tables[0]?.primaryKey).toEqual({ name: 't_pkey', columns: ['id'] });
    expect(result.statements).toBe(3);
    expect(result.notes.map((n) => n.object)).toEqual(['post.sql:3']);
  });
});
