/**
 * A PostgreSQL source's arrays, enums, domains, composites and extension types are notes (carried as
 * is to PostgreSQL), not "no PostgreSQL equivalent" blockers; an enum is canonically varchar(longest label).
 */
import { describe, expect, it } from 'vitest';
import { readSourceTypeMapper } from '../../../../src/config/source-type-rules.js';
import { buildInventory } from '../../../../src/inventory/build-inventory.js';
import { readModuleCatalogs } from '../../../../src/inventory/classify.js';
import type { CatalogSnapshot } from '../../../../src/model/catalog.js';
import { col, schema, snapshot, source, table } from '../make-snapshot.js';

const pgTable = table('film', {
  columns: [
    col('id', 'integer', { nullable: false }),
    col('features', 'text[]'),
    col('rating', 'public.mpaa_rating'),
    col('ratings', 'public.mpaa_rating[]'),
    col('release_year', 'integer', { userType: 'public.year' }),
    col('email', 'public.citext'),
    col('ship_to', 'public.address'),
    col('span', 'public.floatrange'),
  ],
  primaryKey: { name: 'film_pkey', columns: ['id'] },
});

const snap: CatalogSnapshot = {
  ...snapshot([schema('public', [pgTable])], source('postgres', { wal_level: 'logical' })),
  userTypes: [
    { kind: 'composite', schema: 'public', name: 'address', attributes: [{ name: 'street', type: 'text' }] },
    { kind: 'enum', schema: 'public', name: 'mpaa_rating', labels: ['G', 'PG', 'PG-13', 'R', 'NC-17'] },
    { kind: 'domain', schema: 'public', name: 'year', baseType: 'integer', notNull: false, default: null, checks: [] },
  ],
  extensions: [{ name: 'citext', schema: 'public', types: ['citext'] }],
};

const inventory = buildInventory(snap, { origin: 'live', typeMapper: readSourceTypeMapper('postgres'), modules: readModuleCatalogs() });
const rulesOf = (rules: readonly string[]) => inventory.findings.filter((f) => rules.includes(f.rule)).map((f) => `${f.rule} ${f.severity} ${f.object}`);

describe('PostgreSQL source types in the assessment', () => {
  it('notes arrays, enums, domains, composites and extension types; only a type it cannot recreate is a blocker', () => {
    expect(rulesOf(['unsupported-type', 'postgres-specific-type'])).toEqual([
      'unsupported-type blocker public.film.span',
      'postgres-specific-type info public.film.email',
      'postgres-specific-type info public.film.features',
      'postgres-specific-type info public.film.rating',
      'postgres-specific-type info public.film.ratings',
      'postgres-specific-type info public.film.release_year',
      'postgres-specific-type info public.film.ship_to',
    ]);
    const messages = inventory.findings.map((f) => f.message);
    expect(messages).toContain('public.mpaa_rating is an enum (5 labels): carried as is to PostgreSQL; other targets map it to varchar(5)');
    expect(messages).toContain('text[] is an array: carried as is to PostgreSQL; other targets have no array type');
    expect(messages.some((m) => /no PostgreSQL equivalent/.test(m))).toBe(false);
  });

  it('keeps the user types in the inventory and gives an enum the canonical type varchar(longest label)', () => {
    expect(inventory.userTypes).toEqual(snap.userTypes);
    expect(inventory.extensions).toEqual(snap.extensions);
    const canonical = Object.fromEntries(inventory.schemas[0]!.tables[0]!.columns.map((c) => [c.name, c.canonicalType]));
    expect(canonical).toMatchObject({ rating: 'varchar(5)', ratings: 'unsupported(array)', release_year: 'int32', email: 'text', ship_to: 'unsupported(public.address)' });
  });
});

describe('PostgreSQL source types in the score', () => {
  it('counts only the type it cannot recreate as an unsupported column', async () => {
    const { scoreInventory } = await import('../../../../src/inventory/score.js');
    expect(scoreInventory(inventory).overall.counts.unsupportedColumns).toBe(1);
  });
});
