/**
 * Live: a sakila-like MariaDB database with ENUM / SET labels in mixed case, BIT(n) columns with b'…'
 * defaults, FULLTEXT and SPATIAL indexes and an FK after them is introspected, planned to MySQL and to
 * PostgreSQL, and both plans' DDL is applied twice (pre-load, rows, post-load; then again) to fresh
 * databases. The target catalogs must then hold the exact labels, the bit types and defaults, the
 * FULLTEXT / SPATIAL indexes (MySQL) or the label CHECKs (PostgreSQL), and the foreign key.
 */
import mysql from 'mysql2/promise';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMappingFile } from '../../src/config/mapping-file.js';
import { readSourceTypeMapper } from '../../src/config/source-type-rules.js';
import { mysqlDialect } from '../../src/dialects/mysql/index.js';
import { buildInventory } from '../../src/inventory/build-inventory.js';
import { readModuleCatalogs } from '../../src/inventory/classify.js';
import type { Inventory } from '../../src/model/inventory.js';
import type { Plan, TargetName } from '../../src/model/plan.js';
import { makePlan } from '../../src/plan/make-plan.js';
import { renderPostLoadDdl, renderPreLoadDdl } from '../../src/plan/render-ddl.js';
import { LIVE_MYSQL, LIVE_POSTGRES, liveAvailable } from '../support/databases.js';

const SOURCE = 'erpm_my7_src';
const MYSQL_TARGET = 'erpm_my7_tgt';
const PG_TARGET = 'erpm_my7_pg';
const live = (await liveAvailable('mysql')) && (await liveAvailable('postgres'));

const RATING = "enum('G','PG','PG-13','R','NC-17')";
const FEATURES = "set('Trailers','Commentaries','Deleted Scenes','Behind the Scenes')";

const SOURCE_STATEMENTS = [
  `CREATE TABLE film (
    film_id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
    title varchar(255) NOT NULL,
    description text,
    rating ENUM('G','PG','PG-13','R','NC-17') DEFAULT 'G',
    special_features SET('Trailers','Commentaries','Deleted Scenes','Behind the Scenes'),
    odd ENUM('it''s','a,b','back\\\\slash',' sp ace','Mixed') NOT NULL DEFAULT 'it''s',
    flags BIT(8) NOT NULL DEFAULT b'0101',
    flag1 BIT(1) DEFAULT b'1',
    wide BIT(12) DEFAULT b'0',
    loc POINT NOT NULL,
    FULLTEXT KEY ft_title (title, description),
    SPATIAL KEY sp_loc (loc),
    KEY idx_rating (rating)
  ) ENGINE=InnoDB`,
  `CREATE TABLE actor (actor_id int PRIMARY KEY, film_id int, CONSTRAINT fk_film FOREIGN KEY (film_id) REFERENCES film (film_id))`,
  `INSERT INTO film (title, description, rating, special_features, odd, flags, wide, loc) VALUES
    ('Academy Dinosaur', 'epic drama', 'PG-13', 'Trailers,Deleted Scenes', 'a,b', b'00000101', b'100000000001', POINT(1, 2)),
    ('Ace Goldfinger', 'astounding', 'G', '', 'back\\\\slash', b'11110000', b'0', POINT(3, 4))`,
  'INSERT INTO actor VALUES (1, 1)',
];

async function onMysql<T>(work: (connection: mysql.Connection) => Promise<T>): Promise<T> {
  const connection = await mysql.createConnection({ ...LIVE_MYSQL, multipleStatements: true });
  try {
    return await work(connection);
  } finally {
    await connection.end();
  }
}

async function onPostgres<T>(database: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ ...LIVE_POSTGRES, database });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function readInventory(): Promise<Inventory> {
  const connection = await mysqlDialect.connect({
    dialect: 'mysql', flavour: 'mariadb', host: LIVE_MYSQL.host, port: LIVE_MYSQL.port, user: LIVE_MYSQL.user, password: LIVE_MYSQL.password,
    database: SOURCE, options: {}, redacted: `mariadb://${LIVE_MYSQL.user}@${LIVE_MYSQL.host}:${LIVE_MYSQL.port}/${SOURCE}`,
  });
  try {
    const snapshot = await connection.readCatalog({ schemas: [SOURCE], exactCounts: false, include: [], exclude: [] });
    return buildInventory(snapshot, { origin: 'live', typeMapper: readSourceTypeMapper('mysql'), modules: readModuleCatalogs() });
  } finally {
    await connection.close();
  }
}

function planFor(inventory: Inventory, target: TargetName, mapping: string): Plan {
  const parsed = parseMappingFile(`format: erp-migrate/mapping@1\n${mapping}`, 'm.yaml', inventory, target);
  expect(parsed.problems).toEqual([]);
  const { plan, problems } = makePlan(inventory, 'sha256:live', parsed.config!, { target, waves: 'by-dependency' });
  expect(problems).toEqual([]);
  return plan;
}

describe.skipIf(!live)('MySQL ENUM/SET, BIT(n), FULLTEXT/SPATIAL to MySQL and PostgreSQL targets (live)', () => {
  let inventory: Inventory;

  beforeAll(async () => {
    await onMysql(async (c) => {
      for (const db of [SOURCE, MYSQL_TARGET]) await c.query(`DROP DATABASE IF EXISTS ${db}`);
      await c.query(`CREATE DATABASE ${SOURCE}`);
      await c.query(`USE ${SOURCE}`);
      for (const statement of SOURCE_STATEMENTS) await c.query(statement);
    });
    await onPostgres('postgres', async (c) => {
      await c.query(`DROP DATABASE IF EXISTS ${PG_TARGET}`);
      await c.query(`CREATE DATABASE ${PG_TARGET}`);
    });
    inventory = await readInventory();
  }, 60_000);

  afterAll(async () => {
    if (!live) return;
    await onMysql(async (c) => {
      for (const db of [SOURCE, MYSQL_TARGET]) await c.query(`DROP DATABASE IF EXISTS ${db}`);
    });
    await onPostgres('postgres', (c) => c.query(`DROP DATABASE IF EXISTS ${PG_TARGET}`));
  });

  it('the inventory keeps the labels as the server has them', () => {
    const columns = inventory.schemas[0]!.tables.find((t) => t.name === 'film')!.columns;
    const byName = Object.fromEntries(columns.map((c) => [c.name, c]));
    expect(byName.rating?.nativeType).toBe(RATING);
    expect(byName.special_features?.nativeType).toBe(FEATURES);
    expect(byName.odd?.nativeType).toBe("enum('it''s','a,b','back\\\\slash',' sp ace','Mixed')");
    expect(byName.flags?.canonicalType).toBe('bits(8)');
    expect(byName.flag1?.canonicalType).toBe('bool');
  });

  it('MySQL target: DDL applies twice; labels, bit defaults, FULLTEXT / SPATIAL indexes and the FK exist', async () => {
    const plan = planFor(inventory, 'mysql', `rename: { schemas: { ${SOURCE}: ${MYSQL_TARGET} } }\n`);
    await onMysql(async (c) => {
      for (let round = 1; round <= 2; round += 1) {
        await c.query(renderPreLoadDdl(plan));
        if (round === 1) {
          await c.query(`INSERT INTO ${MYSQL_TARGET}.film SELECT * FROM ${SOURCE}.film`);
          await c.query(`INSERT INTO ${MYSQL_TARGET}.actor SELECT * FROM ${SOURCE}.actor`);
        }
        await c.query(renderPostLoadDdl(plan));
      }
      const [columns] = await c.query(
        `SELECT COLUMN_NAME AS name, COLUMN_TYPE AS type, COLUMN_DEFAULT AS dflt FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? AND TABLE_NAME = 'film' ORDER BY ORDINAL_POSITION`, [MYSQL_TARGET]);
      const [sourceColumns] = await c.query(
        `SELECT COLUMN_NAME AS name, COLUMN_TYPE AS type, COLUMN_DEFAULT AS dflt FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? AND TABLE_NAME = 'film' ORDER BY ORDINAL_POSITION`, [SOURCE]);
      expect(columns).toEqual(sourceColumns);
      const [indexes] = await c.query(
        `SELECT DISTINCT INDEX_NAME AS name, INDEX_TYPE AS type FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = ? AND TABLE_NAME = 'film' ORDER BY 1`, [MYSQL_TARGET]);
      expect(indexes).toEqual([
        { name: 'ft_title', type: 'FULLTEXT' }, { name: 'idx_rating', type: 'BTREE' }, { name: 'PRIMARY', type: 'BTREE' }, { name: 'sp_loc', type: 'SPATIAL' },
      ]);
      const [fks] = await c.query(
        `SELECT CONSTRAINT_NAME AS name FROM information_schema.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA = ? AND CONSTRAINT_TYPE = 'FOREIGN KEY'`, [MYSQL_TARGET]);
      expect(fks).toEqual([{ name: 'fk_film' }]);
      const [rows] = await c.query(`SELECT rating, special_features AS features, odd, BIN(flags) AS flags FROM ${MYSQL_TARGET}.film ORDER BY film_id`);
      expect(rows).toEqual([
        { rating: 'PG-13', features: 'Trailers,Deleted Scenes', odd: 'a,b', flags: '101' },
        { rating: 'G', features: '', odd: 'back\\slash', flags: '11110000' },
      ]);
    });
  }, 60_000);

  it('PostgreSQL target: DDL applies twice; exact-label CHECKs, bit(n) with B\'…\' defaults, the FK; FULLTEXT/SPATIAL explained', async () => {
    const plan = planFor(inventory, 'postgres', `unsupported: { ${SOURCE}.film.loc: text }\n`);
    const post = renderPostLoadDdl(plan);
    expect(post).toContain('index ft_title skipped: FULLTEXT index not created: on PostgreSQL use a GIN index on to_tsvector');
    expect(post).toContain('index sp_loc skipped: SPATIAL index not created: needs PostGIS');
    await onPostgres(PG_TARGET, async (c) => {
      for (let round = 1; round <= 2; round += 1) {
        await c.query(renderPreLoadDdl(plan));
        if (round === 1) {
          // The rows as DMS writes them: label text, bit strings.
          await c.query(`INSERT INTO ${SOURCE}.film (film_id, title, description, rating, special_features, odd, flags, wide, loc) VALUES
            (1, 'Academy Dinosaur', 'epic drama', 'PG-13', 'Trailers,Deleted Scenes', 'a,b', B'00000101', B'100000000001', 'POINT(1 2)'),
            (2, 'Ace Goldfinger', 'astounding', 'G', '', 'back\\slash', B'11110000', B'000000000000', 'POINT(3 4)')`);
          await c.query(`INSERT INTO ${SOURCE}.actor VALUES (1, 1)`);
        }
        await c.query(post);
      }
      const columns = await c.query<{ name: string; type: string; dflt: string | null }>(
        `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type, pg_get_expr(d.adbin, d.adrelid) AS dflt
           FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
          WHERE a.attrelid = '${SOURCE}.film'::regclass AND a.attnum > 0 AND a.attname IN ('rating', 'flags', 'flag1', 'wide') ORDER BY a.attnum`);
      expect(columns.rows).toEqual([
        { name: 'rating', type: 'character varying(5)', dflt: "'G'::character varying" },
        { name: 'flags', type: 'bit(8)', dflt: `'00000101'::"bit"` },
        { name: 'flag1', type: 'boolean', dflt: 'true' },
        { name: 'wide', type: 'bit(12)', dflt: `'000000000000'::"bit"` },
      ]);
      const constraints = await c.query<{ name: string; def: string }>(
        `SELECT conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid IN ('${SOURCE}.film'::regclass, '${SOURCE}.actor'::regclass) AND contype IN ('c', 'f') ORDER BY conname`);
      const defs = Object.fromEntries(constraints.rows.map((r) => [r.name, r.def]));
      expect(Object.keys(defs)).toEqual(['film_odd_check', 'film_rating_check', 'film_special_features_check', 'fk_film']);
      for (const label of ["'G'", "'PG'", "'PG-13'", "'R'", "'NC-17'"]) expect(defs.film_rating_check).toContain(label);
      for (const label of ["'it''s'", "'a,b'", "'back\\slash'", "' sp ace'", "'Mixed'"]) expect(defs.film_odd_check).toContain(label);
      expect(defs.film_special_features_check).toContain("'Deleted Scenes'");
      await expect(c.query(`UPDATE ${SOURCE}.film SET rating = 'pg-13' WHERE film_id = 1`)).rejects.toThrow(/film_rating_check/);
      await expect(c.query(`UPDATE ${SOURCE}.film SET special_features = 'Trailers,trailers' WHERE film_id = 1`)).rejects.toThrow(/film_special_features_check/);
      // No FULLTEXT / SPATIAL stand-in: only the keys, the FK's index and the plain index.
      const indexes = await c.query<{ name: string }>('SELECT indexname AS name FROM pg_indexes WHERE schemaname = $1', [SOURCE]);
      expect(indexes.rows.map((r) => r.name).sort()).toEqual(['film_primary', 'fk_film', 'idx_rating', 'primary']);
    });
  }, 60_000);
});
