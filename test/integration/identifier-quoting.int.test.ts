/**
 * The dialects' identifier quoting against the live servers' own rules: PostgreSQL's quote_ident()
 * and pg_get_keywords(), and MariaDB's parser (a name quoted by quoteIdentifier must parse as a table
 * and a column name; PREPARE parses without creating anything, so no database is needed).
 */
import mysql from 'mysql2/promise';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MYSQL_RESERVED_WORDS } from '../../src/dialects/mysql/keywords.js';
import { quoteIdentifier as quoteMysql } from '../../src/dialects/mysql/quote.js';
import { POSTGRES_KEYWORDS } from '../../src/dialects/postgres/keywords.js';
import { quoteIdentifier as quotePostgres } from '../../src/dialects/postgres/quote.js';
import { liveAvailable, mysqlUrl, postgresUrl } from '../support/databases.js';

const TRICKY = ['gl_je_lines', 'Order', 'ORDER', 'a b', 'x$1', '1x', '_x', 'a"b', 'a`b', 'naïve', ''];

describe.runIf(await liveAvailable('postgres'))('PostgreSQL identifier quoting (live)', () => {
  let client: pg.Client;
  let serverKeywords: Map<string, string>;
  beforeAll(async () => {
    client = new pg.Client({ connectionString: postgresUrl('postgres') });
    await client.connect();
    const { rows } = await client.query<{ word: string; catcode: string }>('SELECT word, catcode FROM pg_get_keywords()');
    serverKeywords = new Map(rows.map((r) => [r.word, r.catcode]));
  });
  afterAll(async () => client?.end());

  it('keywords.ts has every key word this server quotes, with its category', () => {
    const quoted = [...serverKeywords].filter(([, code]) => code !== 'U');
    expect(quoted.filter(([word, code]) => POSTGRES_KEYWORDS.get(word) !== code)).toEqual([]);
    // Words beyond this server's list are the ones newer releases added, never an unreserved word here.
    expect([...POSTGRES_KEYWORDS.keys()].filter((word) => serverKeywords.get(word) === 'U')).toEqual([]);
  });

  it('quoteIdentifier agrees with quote_ident() on every key word and on awkward names', async () => {
    const names = [...serverKeywords.keys(), ...TRICKY.filter((n) => n !== '')];
    const { rows } = await client.query<{ name: string; quoted: string }>('SELECT n AS name, quote_ident(n) AS quoted FROM unnest($1::text[]) AS n', [names]);
    expect(rows.filter((r) => quotePostgres(r.name) !== r.quoted).map((r) => `${r.name}: ${quotePostgres(r.name)} ≠ ${r.quoted}`)).toEqual([]);
  });
});

describe.runIf(await liveAvailable('mysql'))('MariaDB identifier quoting (live)', () => {
  let conn: mysql.Connection;
  beforeAll(async () => {
    conn = await mysql.createConnection(mysqlUrl(''));
  });
  afterAll(async () => conn?.end());

  async function parses(sql: string): Promise<boolean> {
    try {
      await conn.query('PREPARE probe FROM ?', [sql]);
    } catch (error) {
      if ((error as { errno?: number }).errno === 1064) return false;
    }
    return true;
  }

  it('every key word of this server, quoted as needed, parses as a table and a column name', async () => {
    const [rows] = await conn.query<mysql.RowDataPacket[]>('SELECT WORD FROM information_schema.KEYWORDS');
    const words = rows.map((r) => String(r.WORD).toLowerCase()).filter((w) => /^[a-z_][a-z0-9_]*$/.test(w));
    expect(words.length).toBeGreaterThan(500);
    const failing: string[] = [];
    for (const word of [...words, ...TRICKY.filter((n) => n !== '')]) {
      const name = quoteMysql(word);
      if (!(await parses(`CREATE TABLE ${name} (${name} int)`))) failing.push(word);
    }
    expect(failing).toEqual([]);
  });

  it('the reserved list holds no word this server accepts bare, apart from MySQL 8 reserved words', async () => {
    const mysql8Only = new Set(['cube', 'cume_dist', 'database', 'dense_rank', 'empty', 'first_value', 'function', 'generated', 'get',
      'grouping', 'groups', 'io_after_gtids', 'io_before_gtids', 'json_table', 'lag', 'last_value', 'lateral', 'lead', 'master_bind',
      'master_ssl_verify_server_cert', 'nth_value', 'ntile', 'of', 'optimizer_costs', 'option', 'over', 'percent_rank', 'persist',
      'persist_only', 'rank', 'row', 'row_number', 'rows', 'schema', 'stored', 'system', 'virtual', 'window']);
    const acceptedBare: string[] = [];
    for (const word of MYSQL_RESERVED_WORDS) {
      if (mysql8Only.has(word)) continue;
      if (await parses(`CREATE TABLE ${word} (a int)`) && await parses(`CREATE TABLE t (${word} int)`)) acceptedBare.push(word);
    }
    expect(acceptedBare).toEqual([]);
  });
});
