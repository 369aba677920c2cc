/** A split export (pg_dump --section=pre-data then post-data; a mysqldump per object) is read as one script. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDdlSnapshot } from '../../../src/ddl/read-ddl.js';

function files(entries: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'erpm-ddl-multi-'));
  for (const [name, text] of Object.entries(entries)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('multi-file DDL exports', () => {
  it('PostgreSQL: constraints and indexes in post-data find the tables of pre-data', async () => {
    const dir = files({
      '1-pre-data.sql': 'CREATE TABLE public.gl_headers (id integer NOT NULL, ledger text);\nCREATE TABLE public.gl_lines (id integer NOT NULL, header_id integer);\n',
      '2-post-data.sql': [
        'ALTER TABLE ONLY public.gl_headers ADD CONSTRAINT gl_headers_pkey PRIMARY KEY (id);',
        'ALTER TABLE ONLY public.gl_lines ADD CONSTRAINT gl_lines_pkey PRIMARY KEY (id);',
        'CREATE INDEX gl_lines_header_idx ON public.gl_lines USING btree (header_id);',
        'ALTER TABLE ONLY public.gl_lines ADD CONSTRAINT gl_lines_header_fk FOREIGN KEY (header_id) REFERENCES public.gl_headers(id);',
        '',
      ].join('\n'),
    });
    const snapshot = await readDdlSnapshot([dir], { dialect: 'postgres' });
    const lines = snapshot.schemas[0]?.tables.find((t) => t.name === 'gl_lines');
    expect(lines?.primaryKey).toEqual({ name: 'gl_lines_pkey', columns: ['id'] });
    expect(lines?.indexes.map((i) => i.name)).toEqual(['gl_lines_header_idx']);
    expect(lines?.foreignKeys.map((fk) => `${fk.name} ${fk.refTable}`)).toEqual(['gl_lines_header_fk gl_headers']);
    expect(snapshot.notes).toEqual([]);
  });

  it('MySQL: an ALTER TABLE in a later file applies to a table of an earlier one', async () => {
    const dir = files({
      'a.sql': 'CREATE TABLE `ap_invoices` (`id` int(11) NOT NULL, `vendor` varchar(40) DEFAULT NULL) ENGINE=InnoDB;\n',
      'b.sql': 'ALTER TABLE `ap_invoices` ADD PRIMARY KEY (`id`), ADD KEY `ap_invoices_vendor` (`vendor`);\n',
    });
    const snapshot = await readDdlSnapshot([dir], { dialect: 'mysql', defaultSchema: 'erp' });
    const table = snapshot.schemas[0]?.tables[0];
    expect(table?.primaryKey?.columns).toEqual(['id']);
    expect(table?.indexes.map((i) => i.name)).toEqual(['ap_invoices_vendor']);
  });
});
