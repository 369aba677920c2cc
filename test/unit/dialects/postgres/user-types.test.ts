/** Live PostgreSQL user types: USER_TYPES rows → the types and extensions the kept columns reach. */
import { describe, expect, it } from 'vitest';
import { parseCatalogRows, type PostgresCatalogRows } from '../../../../src/dialects/postgres/introspect.js';

const col = (table: string, ordinal: number, name: string, nativeType: string, domain: string | null = null) => ({
  schema_name: 'app', table_name: table, ordinal, column_name: name, native_type: nativeType, domain_name: domain,
  not_null: false, default_expr: null, identity: '', generated: '', identity_start: null, identity_increment: null,
});
const tableRow = (name: string) => ({ schema_name: 'app', table_name: name, relkind: 'r', reltuples: 1, bytes: '8192', comment: null, partition_key: null, partition_count: 0 });
const typeRow = (schema: string, name: string, kind: string, extra: Record<string, unknown> = {}) => ({
  schema_name: schema, type_name: name, kind, extension_name: null, extension_schema: null, labels: [], base_type: null, not_null: false,
  default_expr: null, check_names: [], check_definitions: [], attribute_names: [], attribute_types: [], ...extra,
});

// Shaped as pg returns USER_TYPES on PostgreSQL 15: text[] as arrays, every candidate of the database.
const rows: PostgresCatalogRows = {
  info: { version: '15.20' },
  schemas: ['app'],
  tables: [tableRow('film'), tableRow('other')],
  columns: [
    col('film', 1, 'rating', 'types.mpaa_rating'),
    col('film', 2, 'tags', 'types.mpaa_rating[]'),
    col('film', 3, 'place', 'app.address'),
    col('film', 4, 'year', 'integer', 'app.year'),
    col('other', 1, 'shape', 'public.geometry(Point,4326)'),
  ],
  constraints: [], indexes: [], sequences: [], views: [], routines: [], triggers: [],
  userTypes: [
    typeRow('app', 'address', 'c', { attribute_names: ['street', 'built'], attribute_types: ['text', 'app.year'] }),
    typeRow('app', 'unused', 'e', { labels: ['x'] }),
    typeRow('app', 'year', 'd', { base_type: 'integer', not_null: true, default_expr: '2000', check_names: ['year_check'], check_definitions: ['CHECK ((VALUE > 1900))'] }),
    typeRow('public', 'box2d', 'b', { extension_name: 'postgis', extension_schema: 'public' }),
    typeRow('public', 'geometry', 'b', { extension_name: 'postgis', extension_schema: 'public' }),
    typeRow('types', 'mpaa_rating', 'e', { labels: ['G', 'PG-13', 'ÄÖ '] }),
  ],
};

describe('parseCatalogRows: user types', () => {
  it('keeps the types the columns reach (other schemas, arrays, composite attributes, domains) and the extensions owning them', () => {
    const snap = parseCatalogRows(rows, { exactCounts: false, include: [], exclude: [] });
    expect(snap.userTypes).toEqual([
      { kind: 'composite', schema: 'app', name: 'address', attributes: [{ name: 'street', type: 'text' }, { name: 'built', type: 'app.year' }] },
      { kind: 'domain', schema: 'app', name: 'year', baseType: 'integer', notNull: true, default: '2000', checks: [{ name: 'year_check', definition: 'CHECK ((VALUE > 1900))' }] },
      { kind: 'enum', schema: 'types', name: 'mpaa_rating', labels: ['G', 'PG-13', 'ÄÖ '] },
    ]);
    expect(snap.extensions).toEqual([{ name: 'postgis', schema: 'public', types: ['geometry'] }]);
  });

  it('follows the table filter: an excluded table\'s types are not listed', () => {
    const snap = parseCatalogRows(rows, { exactCounts: false, include: [], exclude: ['app.film'] });
    expect(snap.userTypes).toBeUndefined();
    expect(snap.extensions).toEqual([{ name: 'postgis', schema: 'public', types: ['geometry'] }]);
  });
});
