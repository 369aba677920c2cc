/**
 * MySQL/MariaDB ENUM/SET labels, BIT(n) and FULLTEXT/SPATIAL indexes from the inventory (live rows
 * and a mysqldump export) to the MySQL and PostgreSQL target DDL and SUMMARY.md (issue 7, defects 3, 6, 7).
 */
import { describe, expect, it } from 'vitest';
import { EMPTY_MAPPING, parseMappingFile } from '../../../src/config/mapping-file.js';
import { readSourceTypeMapper } from '../../../src/config/source-type-rules.js';
import { readMysqlDdl } from '../../../src/ddl/mysql/index.js';
import { parseCatalogRows, type MysqlCatalogRows } from '../../../src/dialects/mysql/introspect.js';
import { buildInventory } from '../../../src/inventory/build-inventory.js';
import { readModuleCatalogs } from '../../../src/inventory/classify.js';
import type { CatalogSnapshot } from '../../../src/model/catalog.js';
import type { Inventory } from '../../../src/model/inventory.js';
import type { TargetName } from '../../../src/model/plan.js';
import { formatCanonicalType, parseCanonicalType } from '../../../src/model/canonical-type.js';
import { translateDefault } from '../../../src/plan/ddl/defaults.js';
import { makePlan } from '../../../src/plan/make-plan.js';
import { mapColumn } from '../../../src/plan/map-types.js';
import { renderPostLoadDdl, renderPreLoadDdl } from '../../../src/plan/render-ddl.js';
import { renderPlanSummary } from '../../../src/plan/summary.js';

const S = 'sakila';
const RATING = "enum('G','PG','PG-13','R','NC-17')";
const FEATURES = "set('Trailers','Commentaries','Deleted Scenes','Behind the Scenes')";
// COLUMN_TYPE text as MariaDB prints it: a quote doubled, a backslash escaped.
const ODD = "enum('it''s','a,b','back\\\\slash',' sp ace','Mixed')";

const col = (ordinal: number, name: string, type: string, extra: Record<string, unknown> = {}) => ({
  schema_name: S, table_name: 'film', ordinal, column_name: name, column_type: type, is_nullable: 'YES', column_default: 'NULL', extra: '', generation_expression: null, ...extra,
});
const ix = (index: string, seq: number, column: string, type: string, nonUnique = 1) => ({
  schema_name: S, table_name: 'film', index_name: index, non_unique: nonUnique, seq_in_index: seq, column_name: column, collation: 'A', index_type: type, expression: null,
});

/** information_schema rows of MariaDB 10.11 for a sakila-like `film` table. */
const LIVE: MysqlCatalogRows = {
  info: { version: '10.11.19-MariaDB', charset: 'utf8mb4', database_name: S, log_bin: 1, binlog_format: 'ROW', binlog_row_image: 'FULL', server_id: 1, lower_case_table_names: 0 },
  schemas: [S],
  tables: [{ schema_name: S, table_name: 'film', table_type: 'BASE TABLE', engine: 'InnoDB', table_rows: '10', data_length: '16384', index_length: '0', table_collation: 'utf8mb4_general_ci', table_comment: '' }],
  columns: [
    col(1, 'film_id', 'int(11)', { is_nullable: 'NO', column_default: null, extra: 'auto_increment' }),
    col(2, 'title', 'varchar(255)', { is_nullable: 'NO', column_default: null }),
    col(3, 'description', 'text'),
    col(4, 'rating', RATING, { column_default: "'G'" }),
    col(5, 'special_features', FEATURES),
    col(6, 'odd', ODD, { is_nullable: 'NO', column_default: "'it''s'" }),
    col(7, 'flags', 'bit(8)', { is_nullable: 'NO', column_default: "b'101'" }),
    col(8, 'flag1', 'bit(1)', { column_default: "b'1'" }),
    col(9, 'wide', 'bit(12)', { column_default: "b'0'" }),
    col(10, 'loc', 'point', { is_nullable: 'NO', column_default: null }),
  ],
  indexes: [
    ix('PRIMARY', 1, 'film_id', 'BTREE', 0),
    ix('ft_title', 1, 'title', 'FULLTEXT'), ix('ft_title', 2, 'description', 'FULLTEXT'),
    ix('sp_loc', 1, 'loc', 'SPATIAL'),
    ix('idx_rating', 1, 'rating', 'BTREE'),
  ],
  foreignKeys: [], partitions: [], views: [], routines: [], triggers: [], sequences: [], jsonColumns: [],
};

/** The same table as mysqldump writes it. */
const DUMP = `CREATE TABLE \`film\` (
  \`film_id\` int(11) NOT NULL AUTO_INCREMENT,
  \`title\` varchar(255) NOT NULL,
  \`description\` text DEFAULT NULL,
  \`rating\` enum('G','PG','PG-13','R','NC-17') DEFAULT 'G',
  \`special_features\` set('Trailers','Commentaries','Deleted Scenes','Behind the Scenes') DEFAULT NULL,
  \`odd\` enum('it''s','a,b','back\\\\slash',' sp ace','Mixed') NOT NULL DEFAULT 'it''s',
  \`flags\` bit(8) NOT NULL DEFAULT b'101',
  \`flag1\` bit(1) DEFAULT b'1',
  \`wide\` bit(12) DEFAULT b'0',
  \`loc\` point NOT NULL,
  PRIMARY KEY (\`film_id\`),
  SPATIAL KEY \`sp_loc\` (\`loc\`),
  KEY \`idx_rating\` (\`rating\`),
  FULLTEXT KEY \`ft_title\` (\`title\`,\`description\`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
`;

function inventoryOf(snapshot: CatalogSnapshot): Inventory {
  return buildInventory(snapshot, { origin: 'live', typeMapper: readSourceTypeMapper('mysql'), modules: readModuleCatalogs() });
}

const LIVE_INVENTORY = inventoryOf(parseCatalogRows(LIVE, { include: [], exclude: [] }));
const columnsOf = (inventory: Inventory) => inventory.schemas[0]!.tables.find((t) => t.name === 'film')!.columns;

function planFor(target: TargetName) {
  const parsed = target === 'mysql' ? null
    : parseMappingFile('format: erp-migrate/mapping@1\nunsupported: { sakila.film.loc: text }\n', 'm.yaml', LIVE_INVENTORY, target);
  expect(parsed?.problems ?? []).toEqual([]);
  const mapping = parsed?.config ?? EMPTY_MAPPING;
  const { plan, problems } = makePlan(LIVE_INVENTORY, 'sha256:t', mapping, { target, waves: 'by-dependency' });
  expect(problems).toEqual([]);
  return plan;
}

describe('ENUM / SET labels are data: kept byte for byte', () => {
  it('live introspection keeps the labels (case, quotes, backslashes, commas, spaces) and lower-cases only the type', () => {
    const types = Object.fromEntries(columnsOf(LIVE_INVENTORY).map((c) => [c.name, c.nativeType]));
    expect(types.rating).toBe(RATING);
    expect(types.special_features).toBe(FEATURES);
    expect(types.odd).toBe(ODD);
    const shouting = parseCatalogRows({ ...LIVE, columns: [col(1, 'r', "ENUM('G','pg') "), col(2, 'b', 'BIT(8) ')] }, { include: [], exclude: [] });
    expect(shouting.schemas[0]!.tables[0]!.columns.map((c) => c.nativeType)).toEqual(["enum('G','pg')", 'bit(8)']);
  });

  it('a mysqldump export reads to the same native types, facts and defaults as live introspection', () => {
    const fromDump = readMysqlDdl(DUMP, { defaultSchema: S, file: 'dump.sql' });
    const dumped = fromDump.schemas[0]!.tables[0]!.columns;
    const live = parseCatalogRows(LIVE, { include: [], exclude: [] }).schemas[0]!.tables[0]!.columns;
    expect(dumped.map((c) => [c.name, c.nativeType, c.length, c.default])).toEqual(live.map((c) => [c.name, c.nativeType, c.length, c.default]));
    const handWritten = readMysqlDdl("CREATE TABLE t (a BIT(8) DEFAULT b'0101', b BIT(4) DEFAULT B'0000');", { defaultSchema: S, file: 'hand.sql' });
    expect(handWritten.schemas[0]!.tables[0]!.columns.map((c) => c.default)).toEqual(["b'101'", "b'0'"]);
  });

  it('MySQL → MySQL creates the labels exactly, with the default beside them', () => {
    const pre = renderPreLoadDdl(planFor('mysql'));
    expect(pre).toContain(`  rating ${RATING} DEFAULT 'G',`);
    expect(pre).toContain(`  special_features ${FEATURES},`);
    expect(pre).toContain(`  odd ${ODD} NOT NULL DEFAULT 'it''s',`);
  });

  it('MySQL → PostgreSQL sizes varchar to the longest decoded label and adds CHECK constraints with the exact labels', () => {
    const plan = planFor('postgres');
    expect(renderPreLoadDdl(plan)).toContain("  odd varchar(10) DEFAULT 'it''s' NOT NULL,");
    const post = renderPostLoadDdl(plan);
    expect(post).toContain(`conname = 'film_rating_check') THEN
    ALTER TABLE sakila.film ADD CONSTRAINT film_rating_check CHECK (rating IN ('G', 'PG', 'PG-13', 'R', 'NC-17'));`);
    expect(post).toContain("CHECK (odd IN ('it''s', 'a,b', 'back\\slash', ' sp ace', 'Mixed'))");
    expect(post).toContain(`ADD CONSTRAINT film_special_features_check CHECK (string_to_array(special_features, ',') <@ ARRAY['Trailers', 'Commentaries', 'Deleted Scenes', 'Behind the Scenes']::text[]);`);
    expect(post.indexOf('-- check constraints')).toBeGreaterThan(-1);
    expect(post.indexOf('-- check constraints')).toBeLessThan(post.indexOf('-- secondary indexes'));
  });

  it('SUMMARY.md states what ENUM and SET become on PostgreSQL, with the labels', () => {
    const summary = renderPlanSummary(planFor('postgres'));
    expect(summary).toContain('## ENUM and SET columns');
    expect(summary).toContain("| sakila.film.rating | enum: 'G', 'PG', 'PG-13', 'R', 'NC-17' | varchar(5) + CHECK (value IN the labels) in post-load.sql |");
    expect(summary).toContain("| sakila.film.special_features | set: 'Trailers', 'Commentaries', 'Deleted Scenes', 'Behind the Scenes' | text (MySQL's comma-separated member list) + CHECK (every member is a label) in post-load.sql |");
    expect(renderPlanSummary(planFor('mysql'))).toContain(`| sakila.film.rating | enum: 'G', 'PG', 'PG-13', 'R', 'NC-17' | ${RATING} (kept) |`);
  });
});

describe('BIT(n) keeps its meaning', () => {
  it('bits(n) is a canonical type with a required positive width', () => {
    expect(parseCanonicalType('bits(12)')).toEqual({ kind: 'bits', length: 12 });
    expect(formatCanonicalType({ kind: 'bits', length: 12 })).toBe('bits(12)');
    expect([parseCanonicalType('bits'), parseCanonicalType('bits(0)'), parseCanonicalType('bits(x)')]).toEqual([null, null, null]);
  });

  it('bit(1) is a flag (boolean); bit(n > 1) is the canonical bit string bits(n) → PostgreSQL bit(n)', () => {
    const cols = Object.fromEntries(columnsOf(LIVE_INVENTORY).map((c) => [c.name, c]));
    expect(cols.flag1?.canonicalType).toBe('bool');
    expect(cols.flags?.canonicalType).toBe('bits(8)');
    expect(cols.wide?.canonicalType).toBe('bits(12)');
    expect(mapColumn(cols.flags!, { sourceDialect: 'mysql', target: 'postgres' })).toEqual({
      ok: true, canonicalType: 'bits(8)', targetType: 'bit(8)', conversion: 'to-bits', lossy: null, excluded: false,
    });
  });

  it('translates b\'…\' defaults to B\'…\' padded to the column width (MariaDB drops leading zeros)', () => {
    const pg = (text: string, targetType: string) => translateDefault(text, { sourceDialect: 'mysql', target: 'postgres', targetType });
    expect(pg("b'101'", 'bit(8)')).toEqual({ expression: "B'00000101'", dropped: null });
    expect(pg("b'0'", 'bit(12)')).toEqual({ expression: "B'000000000000'", dropped: null });
    expect(pg('5', 'bit(4)')).toEqual({ expression: "B'0101'", dropped: null });
    expect(pg("b'111111111'", 'bit(8)')).toEqual({ expression: null, dropped: "b'111111111'" });
  });

  it('PostgreSQL pre-load declares bit(n) with its default; the flag stays boolean', () => {
    const pre = renderPreLoadDdl(planFor('postgres'));
    expect(pre).toContain("  flags bit(8) DEFAULT B'00000101' NOT NULL,");
    expect(pre).toContain('  flag1 boolean DEFAULT true,');
    expect(pre).toContain("  wide bit(12) DEFAULT B'000000000000',");
    expect(pre).not.toContain('bytea');
  });
});

describe('FULLTEXT and SPATIAL indexes', () => {
  it('the inventory keeps the index kind from live rows and from a dump', () => {
    const kinds = (snapshot: Pick<CatalogSnapshot, 'schemas'>) => Object.fromEntries(snapshot.schemas[0]!.tables[0]!.indexes.map((i) => [i.name, i.kind]));
    const expected = { ft_title: 'fulltext', sp_loc: 'spatial', idx_rating: 'btree' };
    expect(kinds(parseCatalogRows(LIVE, { include: [], exclude: [] }))).toEqual(expected);
    expect(kinds(readMysqlDdl(DUMP, { defaultSchema: S, file: 'dump.sql' }))).toEqual(expected);
  });

  it('MySQL → MySQL creates them as FULLTEXT / SPATIAL indexes', () => {
    const post = renderPostLoadDdl(planFor('mysql'));
    expect(post).toContain("'CREATE FULLTEXT INDEX ft_title ON sakila.film (title, description)'");
    expect(post).toContain("'CREATE SPATIAL INDEX sp_loc ON sakila.film (loc)'");
    expect(post).toContain("'CREATE INDEX idx_rating ON sakila.film (rating)'");
  });

  it('MySQL → PostgreSQL says what replaces them, in the DDL and in SUMMARY.md', () => {
    const plan = planFor('postgres');
    const post = renderPostLoadDdl(plan);
    expect(post).toContain("-- sakila.film: index ft_title skipped: FULLTEXT index not created: on PostgreSQL use a GIN index on to_tsvector (e.g. CREATE INDEX ON sakila.film USING gin (to_tsvector('simple', coalesce(title, '') || ' ' || coalesce(description, '')))) and rewrite MATCH … AGAINST queries");
    expect(post).toContain('-- sakila.film: index sp_loc skipped: SPATIAL index not created: needs PostGIS (map the column to geometry in the mapping file and the plan creates a GiST index)');
    const summary = renderPlanSummary(plan);
    expect(summary).toContain('## Full-text and spatial indexes');
    expect(summary).toContain("| sakila.film.ft_title | fulltext | title, description | not created: on PostgreSQL use a GIN index on to_tsvector (e.g. CREATE INDEX ON sakila.film USING gin (to_tsvector('simple', coalesce(title, '') \\|\\| ' ' \\|\\| coalesce(description, '')))) and rewrite MATCH … AGAINST queries |");
    expect(renderPlanSummary(planFor('mysql'))).toContain('| sakila.film.sp_loc | spatial | loc | created as SPATIAL INDEX |');
  });

  it('a SPATIAL index on a column mapped to PostGIS geometry becomes a GiST index', () => {
    const parsed = parseMappingFile('format: erp-migrate/mapping@1\ntypes:\n  - { table: sakila.film, column: loc, target: geometry }\n', 'm.yaml', LIVE_INVENTORY, 'postgres');
    expect(parsed.problems).toEqual([]);
    const { plan } = makePlan(LIVE_INVENTORY, 'sha256:t', parsed.config!, { target: 'postgres', waves: 'by-dependency' });
    expect(renderPostLoadDdl(plan)).toContain('CREATE INDEX IF NOT EXISTS sp_loc ON sakila.film USING gist (loc);');
  });
});
