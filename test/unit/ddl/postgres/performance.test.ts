/**
 * Size budget: a 500-table, ~2 MB pg_dump reads in under 3 s of CPU. The 20,000-table run (under 60 s)
 * is opt-in (ERP_MIGRATE_BENCH=1) because it takes tens of seconds on a shared CI core.
 */
import { describe, expect, it } from 'vitest';
import { readPostgresDdl } from '../../../../src/ddl/postgres/index.js';

/** A pg_dump-shaped export: per table a 80-column CREATE TABLE, OWNER, PK, index, FK and comments. */
export function makePgDump(tables: number): string {
  const parts = ['\\restrict k\n', "SET statement_timeout = 0;\nSELECT pg_catalog.set_config('search_path', '', false);\n"];
  for (let t = 0; t < tables; t += 1) {
    const columns = Array.from({ length: 80 }, (_, c) => {
      const type = ['character varying(40)', 'numeric(12,2)', 'timestamp(3) without time zone'][c % 3];
      const dflt = c % 4 === 0 ? " DEFAULT 'x'::character varying" : '';
      return `    col_${c} ${type}${c % 3 === 0 ? dflt : ''}${c % 2 ? ' NOT NULL' : ''}`;
    });
    parts.push(
      `--\n-- Name: tab_${t}; Type: TABLE; Schema: public; Owner: erp\n--\n\nCREATE TABLE public.tab_${t} (\n    id integer NOT NULL,\n${columns.join(',\n')}\n);\n\n`,
      `ALTER TABLE public.tab_${t} OWNER TO erp;\nCOMMENT ON TABLE public.tab_${t} IS 'table number ${t} of the benchmark export';\n\n`,
      `--\n-- Name: tab_${t} tab_${t}_pkey; Type: CONSTRAINT; Schema: public; Owner: erp\n--\n\nALTER TABLE ONLY public.tab_${t}\n    ADD CONSTRAINT tab_${t}_pkey PRIMARY KEY (id);\n\n`,
      `CREATE INDEX tab_${t}_c1_idx ON public.tab_${t} USING btree (col_1, col_2 DESC);\n\n`,
      t > 0 ? `ALTER TABLE ONLY public.tab_${t}\n    ADD CONSTRAINT tab_${t}_fk FOREIGN KEY (id) REFERENCES public.tab_${t - 1}(id) ON DELETE CASCADE;\n\n` : '',
      `GRANT SELECT ON TABLE public.tab_${t} TO reporting;\n\n`,
    );
  }
  return parts.join('');
}

/**
 * CPU milliseconds (user + system) of the read: the budget is about our work, and wall time on a
 * machine shared by many test workers mostly measures the others.
 */
function timeRead(text: string): { ms: number; tables: number } {
  const started = process.cpuUsage();
  const result = readPostgresDdl(text, { defaultSchema: 'public', file: 'bench.sql' });
  const used = process.cpuUsage(started);
  return { ms: (used.user + used.system) / 1000, tables: result.tables };
}

describe('readPostgresDdl performance', () => {
  it('reads a 500-table, ~2 MB export in under 3 s of CPU', () => {
    const text = makePgDump(500);
    expect(text.length).toBeGreaterThan(1_900_000);
    const { ms, tables } = timeRead(text);
    expect(tables).toBe(500);
    expect(ms).toBeLessThan(3000);
  });

  it.skipIf(process.env.ERP_MIGRATE_BENCH !== '1')('reads 20,000 tables in under 60 s of CPU', () => {
    const { ms, tables } = timeRead(makePgDump(20_000));
    expect(tables).toBe(20_000);
    expect(ms).toBeLessThan(60_000);
  }, 120_000);
});
