/**
 * One identifier quoting per dialect (src/dialects/<name>/quote.ts). The same awkward names through
 * all four: a reserved word in one dialect is an ordinary name in another (`user` is reserved in
 * PostgreSQL, Oracle and SQL Server, not in MySQL/MariaDB), and each keeps names exactly as given.
 */
import { describe, expect, it } from 'vitest';
import * as mssql from '../../../src/dialects/mssql/quote.js';
import * as mysql from '../../../src/dialects/mysql/quote.js';
import * as oracle from '../../../src/dialects/oracle/quote.js';
import * as postgres from '../../../src/dialects/postgres/quote.js';

describe('identifier quoting per dialect', () => {
  it('quotes `user` where the dialect reserves it, and only there', () => {
    expect(postgres.quoteIdentifier('user')).toBe('"user"');
    expect(mysql.quoteIdentifier('user')).toBe('user');
    expect(oracle.quoteIdentifier('USER')).toBe('"USER"');
    expect(mssql.needsQuoting('user')).toBe(true);
    expect(mssql.quoteIdentifier('user')).toBe('[user]');
  });

  it('PostgreSQL: quote_ident() rules; column-name key words (C) are quoted yet are no finding as table or column names', () => {
    expect(['gl_lines', 'between', 'Order', 'a"b', 'json_table'].map(postgres.quoteIdentifier))
      .toEqual(['gl_lines', '"between"', '"Order"', '"a""b"', '"json_table"']);
    expect(['between', 'user', 'left', 'x$1', 'a b'].map(postgres.needsQuotingAsName)).toEqual([false, true, true, false, true]);
  });

  it('MySQL / MariaDB: backticks for reserved words of either server, odd characters and all-digit names', () => {
    expect(['gl_lines', 'Orders', 'order', 'rank', 'int8', '123', 'a-b', 'a`b'].map(mysql.quoteIdentifier))
      .toEqual(['gl_lines', 'Orders', '`order`', '`rank`', '`int8`', '`123`', '`a-b`', '`a``b`']);
  });

  it('Oracle: bare only when read back unchanged (upper case, not reserved, at most 128 bytes)', () => {
    expect(['GL_LINES', 'A$B#1', 'LEVEL', 'Lines', 'DAY', 'X'.repeat(129)].map(oracle.quoteIdentifier))
      .toEqual(['GL_LINES', 'A$B#1', '"LEVEL"', '"Lines"', 'DAY', `"${'X'.repeat(129)}"`]);
  });

  it('SQL Server: always brackets; needsQuoting tells regular identifiers from the rest', () => {
    expect(['Orders', 'a]b'].map(mssql.quoteIdentifier)).toEqual(['[Orders]', '[a]]b]']);
    expect(['Orders', '#tmp', 'Order', 'a b', '1x'].map(mssql.needsQuoting)).toEqual([false, false, true, true, true]);
  });

  it('quoteName qualifies with the schema, and leaves an empty schema out', () => {
    expect([postgres.quoteName('Sales', 'order'), postgres.quoteName('', 't')]).toEqual(['"Sales"."order"', 't']);
    expect([mysql.quoteName('erp', 'key'), oracle.quoteName('GL', 'Journal Line'), mssql.quoteName('dbo', 'T')])
      .toEqual(['erp.`key`', 'GL."Journal Line"', '[dbo].[T]']);
  });
});
