/**
 * PostgreSQL user types from pg_dump and hand-written scripts: enum labels (exact, in order, ALTER
 * TYPE … ADD VALUE), domains (base, NOT NULL, default, CHECK as pg_get_constraintdef prints it),
 * composite attributes and CREATE EXTENSION — only the ones the columns use, as live reads them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPostgresDdl } from '../../../../src/ddl/postgres/index.js';
import type { CatalogUserType } from '../../../../src/model/catalog.js';

const read = (text: string) => readPostgresDdl(text, { defaultSchema: 'public', file: 'dump.sql' });

/** What live introspection reads from the database this dump was taken of (see the integration test). */
const DUMPED_USER_TYPES: readonly CatalogUserType[] = [
  { kind: 'enum', schema: 'public', name: 'mpaa_rating', labels: ['G', 'PG', 'PG-13', 'R', 'NC-17'] },
  { kind: 'domain', schema: 'public', name: 'year', baseType: 'integer', notNull: false, default: null,
    checks: [{ name: 'year_check', definition: 'CHECK (((VALUE >= 1901) AND (VALUE <= 2155)))' }] },
  { kind: 'enum', schema: 'sales', name: 'Order Status', labels: ['new', 'Shipped', "it's done", 'naïve'] },
  { kind: 'composite', schema: 'sales', name: 'address', attributes: [
    { name: 'street', type: 'text' }, { name: 'city', type: 'character varying(40)' }, { name: 'built', type: 'public.year' }, { name: 'tags', type: 'text[]' }] },
  { kind: 'domain', schema: 'sales', name: 'email', baseType: 'public.citext', notNull: false, default: null,
    checks: [{ name: 'email_check', definition: "CHECK ((VALUE OPERATOR(public.~) '@'::public.citext))" }] },
  { kind: 'domain', schema: 'sales', name: 'rating_dom', baseType: 'public.mpaa_rating', notNull: true, default: "'G'::public.mpaa_rating", checks: [] },
];

describe('PostgreSQL DDL: user types and extensions', () => {
  it('reads enums, domains, composites and extensions of a pg_dump export as live does', () => {
    const result = read(readFileSync('test/unit/ddl/exports/postgres-user-types.sql', 'utf8'));
    expect(result.userTypes).toEqual(DUMPED_USER_TYPES);
    expect(result.extensions).toEqual([{ name: 'citext', schema: 'public', types: ['citext'] }, { name: 'hstore', schema: 'public', types: ['hstore'] }]);
  });

  it('lists only the types columns reach, follows ALTER TYPE … ADD VALUE and names unnamed CHECKs as PostgreSQL does', () => {
    const result = read(`
      CREATE EXTENSION citext;
      CREATE EXTENSION pg_trgm;
      CREATE TYPE unused AS ENUM ('x');
      CREATE TYPE mood AS ENUM ('sad', 'happy');
      ALTER TYPE mood ADD VALUE 'ok' BEFORE 'happy';
      ALTER TYPE mood ADD VALUE IF NOT EXISTS 'sad';
      CREATE DOMAIN pos AS numeric(10,2) NOT NULL DEFAULT 1 CHECK (VALUE > 0) CHECK (VALUE < 100);
      CREATE TABLE t (id integer PRIMARY KEY, m mood[], p pos, e citext);`);
    expect(result.userTypes).toEqual([
      { kind: 'enum', schema: 'public', name: 'mood', labels: ['sad', 'ok', 'happy'] },
      { kind: 'domain', schema: 'public', name: 'pos', baseType: 'numeric(10,2)', notNull: true, default: '1',
        checks: [{ name: 'pos_check', definition: 'CHECK (VALUE > 0)' }, { name: 'pos_check1', definition: 'CHECK (VALUE < 100)' }] },
    ]);
    expect(result.extensions).toEqual([{ name: 'citext', schema: 'public', types: ['citext'] }]);
    const columns = result.schemas.find((s) => s.name === 'public')!.tables[0]!.columns;
    expect(columns.map((c) => [c.nativeType, c.userType ?? null])).toEqual([
      ['integer', null], ['public.mood[]', null], ['numeric(10,2)', 'public.pos'], ['public.citext', null],
    ]);
  });

  it('quotes key-word type names as format_type() does: public."user", public."between" (checked on PostgreSQL 15)', () => {
    const result = read(`
      SELECT pg_catalog.set_config('search_path', '', false);
      CREATE TYPE public."user" AS ENUM ('a');
      CREATE DOMAIN public."between" AS integer;
      CREATE TABLE public.t (u public."user", s public."user"[], b public."between");`);
    const columns = result.schemas.find((s) => s.name === 'public')!.tables[0]!.columns;
    expect(columns.map((c) => [c.nativeType, c.userType ?? null])).toEqual([
      ['public."user"', null], ['public."user"[]', null], ['integer', 'public."between"'],
    ]);
  });

  it('gives an extension it does not know the undeclared types used in its schema', () => {
    const result = read(`
      SELECT pg_catalog.set_config('search_path', '', false);
      CREATE EXTENSION IF NOT EXISTS acme_money WITH SCHEMA ext;
      CREATE TABLE public.t (id integer, price ext.money2, other public.missing);`);
    expect(result.extensions).toEqual([{ name: 'acme_money', schema: 'ext', types: ['money2'] }]);
    expect(result.userTypes).toBeUndefined();
  });
});

describe('PostgreSQL DDL: ALTER TYPE … ADD VALUE AFTER', () => {
  it('inserts after the neighbour, or at the end without one', () => {
    const result = read("CREATE TYPE s AS ENUM ('a', 'c'); ALTER TYPE s ADD VALUE 'b' AFTER 'a'; ALTER TYPE s ADD VALUE 'd'; CREATE TABLE t (x s);");
    expect(result.userTypes).toEqual([{ kind: 'enum', schema: 'public', name: 's', labels: ['a', 'b', 'c', 'd'] }]);
  });
});
