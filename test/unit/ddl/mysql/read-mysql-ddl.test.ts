import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMysqlDdl } from '../../../../src/ddl/mysql/index.js';
import type { CatalogSchema, CatalogTable } from '../../../../src/model/catalog.js';

const CHINOOK = path.resolve(import.meta.dirname, '../../../../../shared/testdata/chinook/Chinook_MySql.sql');
const read = (text: string) => readMysqlDdl(text, { defaultSchema: 'erp', file: 'dump.sql' });

function table(schemas: readonly CatalogSchema[], name: string): CatalogTable {
  const found = schemas.flatMap((s) => s.tables).find((t) => t.name === name);
  if (!found) throw new Error(`no table ${name}`);
  return found;
}

const MARIADB_DUMP = `/*M!999999\\- enable the sandbox mode */
-- MariaDB dump 10.19  Distrib 10.11.19-MariaDB, for debian-linux-gnu (x86_64)
--
-- Server version\t10.11.19-MariaDB-0+deb12u1
/*!40101 SET NAMES utf8mb4 */;
DROP TABLE IF EXISTS \`customer\`;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE \`customer\` (
  \`id\` int(10) unsigned NOT NULL AUTO_INCREMENT,
  \`code\` varchar(30) NOT NULL,
  \`name\` varchar(100) NOT NULL DEFAULT 'it''s',
  \`status\` enum('draft','open') NOT NULL DEFAULT 'draft',
  \`credit\` decimal(12,2) NOT NULL DEFAULT 0.00,
  \`created_at\` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  \`doc\` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(\`doc\`)),
  \`twice\` int(11) GENERATED ALWAYS AS (\`id\` * 2) VIRTUAL,
  \`parent_id\` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (\`id\`),
  UNIQUE KEY \`customer_code_uq\` (\`code\`),
  KEY \`customer_name_idx\` (\`name\`(20),\`created_at\` DESC),
  KEY \`customer_parent_fk\` (\`parent_id\`),
  FULLTEXT KEY \`customer_name_ft\` (\`name\`),
  CONSTRAINT \`customer_parent_fk\` FOREIGN KEY (\`parent_id\`) REFERENCES \`customer\` (\`id\`) ON DELETE SET NULL
) ENGINE=InnoDB AUTO_INCREMENT=5 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='customers';
DROP TABLE IF EXISTS \`measurement\`;
CREATE TABLE \`measurement\` (
  \`id\` bigint(20) NOT NULL,
  \`taken_at\` date NOT NULL,
  PRIMARY KEY (\`id\`,\`taken_at\`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4
 PARTITION BY RANGE (year(\`taken_at\`))
(PARTITION \`p2024\` VALUES LESS THAN (2025) ENGINE = InnoDB,
 PARTITION \`p2025\` VALUES LESS THAN (2026) ENGINE = InnoDB);
--
-- Temporary table structure for view \`open_customers\` (old mysqldump style: a stand-in table)
--
DROP TABLE IF EXISTS \`open_customers\`;
/*!50001 DROP VIEW IF EXISTS \`open_customers\`*/;
/*!50001 CREATE TABLE \`open_customers\` (
  \`id\` tinyint NOT NULL
) ENGINE=MyISAM */;
DELIMITER ;;
/*!50003 CREATE*/ /*!50017 DEFINER=\`root\`@\`%\`*/ /*!50003 TRIGGER customer_bi BEFORE INSERT ON customer FOR EACH ROW
  BEGIN
    SET NEW.code = UPPER(NEW.code);
  END */;;
DELIMITER ;
DELIMITER ;;
CREATE DEFINER=\`root\`@\`%\` FUNCTION \`twice\`(n int) RETURNS int(11)
    DETERMINISTIC
RETURN n * 2 ;;
CREATE DEFINER=\`root\`@\`%\` PROCEDURE \`bump\`(IN n int)
    MODIFIES SQL DATA
    COMMENT 'adds n'
BEGIN
    UPDATE customer SET credit = credit + n;
  END ;;
DELIMITER ;
/*!50001 DROP TABLE IF EXISTS \`open_customers\`*/;
/*!50001 DROP VIEW IF EXISTS \`open_customers\`*/;
/*!50001 CREATE ALGORITHM=UNDEFINED */
/*!50013 DEFINER=\`root\`@\`%\` SQL SECURITY DEFINER */
/*!50001 VIEW \`open_customers\` AS select \`customer\`.\`id\` AS \`id\` from \`customer\` where \`customer\`.\`status\` = 'open' */;
CREATE SEQUENCE \`invoice_no\` start with 1000 minvalue 1000 maxvalue 999999 increment by 10 cache 1000 cycle ENGINE=InnoDB;
`;

describe('readMysqlDdl on a MariaDB mysqldump --no-data file', () => {
  const result = read(MARIADB_DUMP);
  const customer = table(result.schemas, 'customer');

  it('reads the tables (the view stand-in table is dropped) with no notes', () => {
    expect(result.notes).toEqual([]);
    expect(result.schemas.map((s) => s.name)).toEqual(['erp']);
    expect(result.schemas[0]?.tables.map((t) => t.name)).toEqual(['customer', 'measurement']);
    expect(result.sourceFacts).toEqual({ flavour: 'mariadb', version: '10.11.19-MariaDB-0+deb12u1', charset: 'utf8mb4' });
  });

  it('reads columns as COLUMN_TYPE with MariaDB-form defaults, auto_increment, json and generated columns', () => {
    const col = (name: string) => customer.columns.find((c) => c.name === name);
    expect(col('id')).toEqual({
      name: 'id', nativeType: 'int(10) unsigned', length: null, precision: null, scale: null, nullable: false,
      default: null, identity: { generation: 'auto-increment', start: null, increment: null },
    });
    expect(col('name')?.default).toBe("'it''s'");
    expect(col('status')).toMatchObject({ nativeType: "enum('draft','open')", length: 5, default: "'draft'" });
    expect(col('credit')).toMatchObject({ precision: 12, scale: 2, default: '0.00' });
    expect(col('created_at')).toMatchObject({ nativeType: 'datetime(6)', scale: 6, default: 'current_timestamp(6)' });
    expect(col('doc')).toMatchObject({ nativeType: 'longtext', userType: 'json', default: null, nullable: true });
    expect(col('twice')).toMatchObject({ computed: '`id` * 2', default: null });
    expect(col('parent_id')?.default).toBeNull();
  });

  it('reads PRIMARY, unique keys, indexes (prefix, desc, fulltext) and foreign keys', () => {
    expect(customer.primaryKey).toEqual({ name: 'PRIMARY', columns: ['id'] });
    expect(customer.uniqueKeys).toEqual([{ name: 'customer_code_uq', columns: ['code'] }]);
    expect(customer.indexes).toEqual([
      { name: 'customer_name_ft', unique: false, kind: 'fulltext', columns: [{ name: 'name', descending: false }] },
      { name: 'customer_name_idx', unique: false, kind: 'btree', columns: [{ name: 'name', descending: false }, { name: 'created_at', descending: true }] },
      { name: 'customer_parent_fk', unique: false, kind: 'btree', columns: [{ name: 'parent_id', descending: false }] },
    ]);
    expect(customer.foreignKeys).toEqual([{
      name: 'customer_parent_fk', columns: ['parent_id'], refSchema: 'erp', refTable: 'customer', refColumns: ['id'],
      onDelete: 'SET NULL', enabled: true,
    }]);
    expect(customer.attributes).toEqual({ engine: 'InnoDB', comment: 'customers', collation: 'utf8mb4_general_ci' });
  });

  it('reads PARTITION BY with its partition count', () => {
    expect(table(result.schemas, 'measurement').partitioning).toEqual({
      type: 'range', columns: ['year(`taken_at`)'], partitionCount: 2, subpartitioning: null,
    });
  });

  it('reads the final view, routines, triggers and sequences', () => {
    const schema = result.schemas[0];
    expect(schema?.views).toEqual([{ name: 'open_customers', materialized: false, lines: 1 }]);
    expect(schema?.routines).toEqual([
      { name: 'bump', kind: 'procedure', lines: 3 },
      { name: 'twice', kind: 'function', lines: 1 },
    ]);
    expect(schema?.triggers).toEqual([{ name: 'customer_bi', table: 'customer', events: 'INSERT', lines: 3 }]);
    expect(schema?.sequences).toEqual([{
      name: 'invoice_no', start: '1000', increment: '10', minValue: '1000', maxValue: '999999', cycle: true, lastValue: null,
    }]);
  });
});

describe('readMysqlDdl on MySQL 8 and hand-written DDL', () => {
  it('follows MySQL 8.0.19+ COLUMN_TYPE (no display widths) and its quoted numeric defaults', () => {
    const result = read(`-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
-- Server version\t8.0.36
CREATE TABLE \`t\` (
  \`id\` int NOT NULL AUTO_INCREMENT,
  \`flag\` tinyint(1) NOT NULL DEFAULT '1',
  \`amount\` decimal(10,2) DEFAULT '0.00',
  \`doc\` json DEFAULT NULL,
  \`at\` timestamp NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (\`id\`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;`);
    expect(table(result.schemas, 't').columns.map((c) => [c.nativeType, c.default])).toEqual([
      ['int', null], ['tinyint(1)', '1'], ['decimal(10,2)', '0.00'], ['json', null], ['timestamp', 'CURRENT_TIMESTAMP'],
    ]);
    expect(result.sourceFacts).toMatchObject({ flavour: 'mysql', version: '8.0.36' });
  });

  it('normalises hand-written types and defaults to what MariaDB stores', () => {
    const result = read(`CREATE TABLE t (
      a INT, b INTEGER UNSIGNED, c NVARCHAR(20) DEFAULT 'x', d NUMERIC(10,2) DEFAULT 0, e BOOLEAN DEFAULT TRUE,
      f DATETIME DEFAULT CURRENT_TIMESTAMP, g CHAR, h DECIMAL, i DOUBLE PRECISION, j YEAR, k JSON, l TINYINT ZEROFILL,
      m VARCHAR(5) DEFAULT 7, n BIGINT DEFAULT '-3', o ENUM("a", 'b''c'), p SERIAL_LIKE_WORD_TYPE
    );`);
    expect(table(result.schemas, 't').columns.map((c) => [c.nativeType, c.default])).toEqual([
      ['int(11)', null], ['int(10) unsigned', null], ['varchar(20)', "'x'"], ['decimal(10,2)', '0.00'], ['tinyint(1)', '1'],
      ['datetime', 'current_timestamp()'], ['char(1)', null], ['decimal(10,0)', null], ['double', null], ['year(4)', null],
      ['longtext', null], ['tinyint(3) unsigned zerofill', null], ['varchar(5)', "'7'"], ['bigint(20)', '-3'],
      ["enum('a','b''c')", null], ['serial_like_word_type', null],
    ]);
  });

  it('creates the index MySQL adds for a foreign key and drops it when a later index covers the columns', () => {
    const result = read(`
      CREATE TABLE p (id INT NOT NULL, CONSTRAINT pk PRIMARY KEY (id));
      CREATE TABLE c (id INT NOT NULL, p_id INT, q_id INT, PRIMARY KEY (id), FOREIGN KEY (q_id) REFERENCES p (id));
      ALTER TABLE c ADD CONSTRAINT fk_c_p FOREIGN KEY (p_id) REFERENCES p (id) ON DELETE NO ACTION ON UPDATE NO ACTION;
      CREATE INDEX ifk_c_p ON c (p_id);`);
    const c = table(result.schemas, 'c');
    expect(c.indexes.map((i) => i.name)).toEqual(['ifk_c_p', 'q_id']);
    expect(c.foreignKeys.map((f) => [f.name, f.onDelete])).toEqual([['c_ibfk_1', 'RESTRICT'], ['fk_c_p', 'NO ACTION']]);
    expect(table(result.schemas, 'p').primaryKey).toEqual({ name: 'PRIMARY', columns: ['id'] });
  });

  it('turns an unreadable table statement into a warning note and reads the rest', () => {
    const result = read('CREATE TABLE good (a INT);\nCREATE TABLE copy LIKE good;\n\nCREATE TABLE bad (a INT, b);\nCREATE TABLE fine (b TEXT);');
    expect(result.tables).toBe(2);
    expect(result.notes.map((n) => [n.rule, n.severity, n.object])).toEqual([
      ['ddl-unreadable-statement', 'warning', 'dump.sql:2'],
      ['ddl-unreadable-statement', 'warning', 'dump.sql:4'],
    ]);
  });
});

describe.skipIf(!existsSync(CHINOOK))('readMysqlDdl on Chinook_MySql.sql (../shared/testdata)', () => {
  if (!existsSync(CHINOOK)) console.warn(`[skip] ${CHINOOK} is absent (../shared/testdata not checked out)`);

  it('finds the counts taken by hand from the file', () => {
    const result = read(readFileSync(CHINOOK, 'utf8'));
    // By hand from the file: `CREATE DATABASE \`Chinook\`; USE \`Chinook\`;` then 11 CREATE TABLE statements whose
    // column lines are Album 3, Artist 2, Customer 13, Employee 15, Genre 2, Invoice 9, InvoiceLine 5,
    // MediaType 2, Playlist 2, PlaylistTrack 2, Track 9 = 64; one `CONSTRAINT PK_… PRIMARY KEY` each (11);
    // 11 `ALTER TABLE … ADD CONSTRAINT FK_… FOREIGN KEY`; 11 `CREATE INDEX IFK_…`, each covering its
    // foreign key, so the index MySQL would create for the key is dropped again: 11 indexes in all.
    expect(result.notes).toEqual([]);
    expect(result.schemas.map((s) => s.name)).toEqual(['Chinook']);
    const tables = result.schemas[0]?.tables ?? [];
    expect(tables).toHaveLength(11);
    expect(tables.reduce((n, t) => n + t.columns.length, 0)).toBe(64);
    expect(tables.filter((t) => t.primaryKey?.name === 'PRIMARY')).toHaveLength(11);
    expect(tables.reduce((n, t) => n + t.foreignKeys.length, 0)).toBe(11);
    expect(tables.flatMap((t) => t.indexes.map((i) => i.name)).filter((n) => n.startsWith('IFK_'))).toHaveLength(11);
    expect(tables.reduce((n, t) => n + t.indexes.length, 0)).toBe(11);
    const track = table(result.schemas, 'Track');
    expect(track.columns.map((c) => c.nativeType)).toEqual([
      'int(11)', 'varchar(200)', 'int(11)', 'int(11)', 'int(11)', 'varchar(220)', 'int(11)', 'int(11)', 'decimal(10,2)',
    ]);
    expect(table(result.schemas, 'PlaylistTrack').primaryKey).toEqual({ name: 'PRIMARY', columns: ['PlaylistId', 'TrackId'] });
    expect(table(result.schemas, 'Employee').foreignKeys).toEqual([{
      name: 'FK_EmployeeReportsTo', columns: ['ReportsTo'], refSchema: 'Chinook', refTable: 'Employee',
      refColumns: ['EmployeeId'], onDelete: 'NO ACTION', enabled: true,
    }]);
  });
});
