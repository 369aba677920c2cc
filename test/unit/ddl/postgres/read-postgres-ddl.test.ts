import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPostgresDdl } from '../../../../src/ddl/postgres/index.js';
import type { CatalogSchema, CatalogTable } from '../../../../src/model/catalog.js';

const CHINOOK = path.resolve(import.meta.dirname, '../../../../../shared/testdata/chinook/Chinook_PostgreSql.sql');
const read = (text: string) => readPostgresDdl(text, { defaultSchema: 'public', file: 'dump.sql' });

function table(schemas: readonly CatalogSchema[], schema: string, name: string): CatalogTable {
  const found = schemas.find((s) => s.name === schema)?.tables.find((t) => t.name === name);
  if (!found) throw new Error(`no table ${schema}.${name}`);
  return found;
}

const PG_DUMP = String.raw`\restrict XyZ
SET statement_timeout = 0;
SELECT pg_catalog.set_config('search_path', '', false);
CREATE SCHEMA sales;
CREATE DOMAIN public.amount AS numeric(14,2);
CREATE TABLE public.customer (
    id integer NOT NULL,
    code character varying(30) NOT NULL,
    "Mixed Name" character varying(40) DEFAULT 'x'::character varying,
    created_at timestamp(3) with time zone DEFAULT now() NOT NULL,
    balance public.amount,
    big bigint NOT NULL
);
ALTER TABLE public.customer OWNER TO erp;
COMMENT ON TABLE public.customer IS 'customers';
ALTER TABLE public.customer ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.customer_id_seq
    START WITH 100
    INCREMENT BY 5
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);
CREATE TABLE sales.orders (
    id integer NOT NULL,
    customer_id integer NOT NULL,
    status character varying(20) DEFAULT 'draft'::character varying,
    note character varying(200) DEFAULT 'it''s, fine'::character varying
);
CREATE SEQUENCE sales.orders_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE sales.orders_id_seq OWNED BY sales.orders.id;
CREATE TABLE sales.measurement (
    id bigint NOT NULL,
    taken_at date NOT NULL
)
PARTITION BY RANGE (taken_at);
CREATE TABLE sales.measurement_2024 (
    id bigint NOT NULL,
    taken_at date NOT NULL
);
CREATE TABLE sales.measurement_2025 PARTITION OF sales.measurement FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE VIEW sales.open_orders AS
 SELECT o.id,
    o.customer_id
   FROM sales.orders o
  WHERE ((o.status)::text = 'open'::text);
CREATE FUNCTION sales.touch() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  RETURN NEW;
END;
$$;
CREATE FUNCTION sales.add(a numeric, b numeric) RETURNS numeric
    LANGUAGE sql
    BEGIN ATOMIC
 SELECT (a + b);
END;
ALTER TABLE ONLY sales.measurement ATTACH PARTITION sales.measurement_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
ALTER TABLE ONLY sales.orders ALTER COLUMN id SET DEFAULT nextval('sales.orders_id_seq'::regclass);
ALTER TABLE ONLY public.customer
    ADD CONSTRAINT customer_code_key UNIQUE (code);
ALTER TABLE ONLY public.customer
    ADD CONSTRAINT customer_pkey PRIMARY KEY (id);
ALTER TABLE ONLY sales.measurement
    ADD CONSTRAINT measurement_pkey PRIMARY KEY (id, taken_at);
ALTER TABLE ONLY sales.measurement_2024
    ADD CONSTRAINT measurement_2024_pkey PRIMARY KEY (id, taken_at);
ALTER TABLE ONLY sales.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (id);
CREATE INDEX customer_expr_idx ON public.customer USING btree (lower((code)::text), ((big + 1)) DESC);
CREATE INDEX measurement_2024_idx ON sales.measurement_2024 USING btree (taken_at);
CREATE INDEX orders_open_idx ON sales.orders USING btree (customer_id DESC) WHERE ((status)::text = 'open'::text);
CREATE TRIGGER orders_touch BEFORE INSERT OR UPDATE ON sales.orders FOR EACH ROW EXECUTE FUNCTION sales.touch();
ALTER TABLE ONLY sales.orders
    ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customer(id) ON DELETE CASCADE NOT VALID;
SELECT pg_catalog.setval('sales.orders_id_seq', 42, true);
\unrestrict XyZ
`;

describe('readPostgresDdl on a pg_dump --schema-only file', () => {
  const result = read(PG_DUMP);

  it('reads every schema, merges partitions into their parent and reports no notes', () => {
    expect(result.notes).toEqual([]);
    expect(result.schemas.map((s) => s.name)).toEqual(['public', 'sales']);
    expect(result.schemas[1]?.tables.map((t) => t.name)).toEqual(['measurement', 'orders']);
    expect(result.tables).toBe(3);
    expect(table(result.schemas, 'sales', 'measurement').partitioning).toEqual({
      type: 'range', columns: ['taken_at'], partitionCount: 2, subpartitioning: null,
    });
  });

  it('merges identity from ALTER TABLE … ADD GENERATED into the column and does not list its sequence', () => {
    const customer = table(result.schemas, 'public', 'customer');
    expect(customer.columns[0]).toEqual({
      name: 'id', nativeType: 'integer', length: null, precision: null, scale: null, nullable: false, default: null,
      identity: { generation: 'always', start: '100', increment: '5' },
    });
    expect(result.schemas[0]?.sequences).toEqual([]);
    expect(customer.primaryKey).toEqual({ name: 'customer_pkey', columns: ['id'] });
    expect(customer.uniqueKeys).toEqual([{ name: 'customer_code_key', columns: ['code'] }]);
    expect(customer.attributes).toEqual({ relkind: 'r', comment: 'customers' });
  });

  it('keeps format_type text, parsed facts, defaults as written and domains as userType', () => {
    const columns = table(result.schemas, 'public', 'customer').columns;
    expect(columns[2]).toMatchObject({ name: 'Mixed Name', nativeType: 'character varying(40)', length: 40, default: "'x'::character varying" });
    expect(columns[3]).toMatchObject({ nativeType: 'timestamp(3) with time zone', scale: 3, default: 'now()', nullable: false });
    expect(columns[4]).toMatchObject({ nativeType: 'numeric(14,2)', precision: 14, scale: 2, userType: 'public.amount' });
    const note = table(result.schemas, 'sales', 'orders').columns[3];
    expect(note?.default).toBe("'it''s, fine'::character varying");
  });

  it('merges serial: OWNED BY sequence listed, SET DEFAULT nextval on the column, setval as lastValue', () => {
    const orders = table(result.schemas, 'sales', 'orders');
    expect(orders.columns[0]?.default).toBe("nextval('sales.orders_id_seq'::regclass)");
    expect(orders.columns[0]?.identity).toBeNull();
    expect(result.schemas[1]?.sequences).toEqual([{
      name: 'orders_id_seq', start: '1', increment: '1', minValue: '1', maxValue: '2147483647', cycle: false, lastValue: '42',
    }]);
    expect(orders.foreignKeys).toEqual([{
      name: 'orders_customer_id_fkey', columns: ['customer_id'], refSchema: 'public', refTable: 'customer',
      refColumns: ['id'], onDelete: 'CASCADE', enabled: false,
    }]);
  });

  it('reads expression, descending and partial indexes as pg_get_indexdef / pg_get_expr print them', () => {
    expect(table(result.schemas, 'public', 'customer').indexes).toEqual([{
      name: 'customer_expr_idx', unique: false, kind: 'btree', where: null,
      columns: [
        { name: 'lower((code)::text)', descending: false, expression: true },
        { name: '((big + 1))', descending: true, expression: true },
      ],
    }]);
    expect(table(result.schemas, 'sales', 'orders').indexes).toEqual([{
      name: 'orders_open_idx', unique: false, kind: 'btree', where: "((status)::text = 'open'::text)",
      columns: [{ name: 'customer_id', descending: true }],
    }]);
  });

  it('reads views, routines (body lines; BEGIN ATOMIC → null) and triggers', () => {
    const sales = result.schemas[1];
    expect(sales?.views).toEqual([{ name: 'open_orders', materialized: false, lines: 4 }]);
    expect(sales?.routines).toEqual([
      { name: 'add', kind: 'function', lines: null },
      { name: 'touch', kind: 'function', lines: 3 },
    ]);
    expect(sales?.triggers).toEqual([{ name: 'orders_touch', table: 'orders', events: 'INSERT OR UPDATE', lines: null }]);
  });
});

describe('readPostgresDdl on hand-written DDL', () => {
  it('folds unquoted names, names unnamed constraints as PostgreSQL does, and expands serial', () => {
    const result = read(`
      CREATE TABLE Orders (Id SERIAL PRIMARY KEY, Code VARCHAR(10) UNIQUE, Parent INT REFERENCES orders, "Amount" NUMERIC(8));
      CREATE TABLE line (order_id int, no smallint, qty numeric DEFAULT 1, PRIMARY KEY (order_id, no),
        FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE SET NULL);
    `);
    const orders = table(result.schemas, 'public', 'orders');
    expect(orders.columns.map((c) => [c.name, c.nativeType, c.nullable, c.default])).toEqual([
      ['id', 'integer', false, "nextval('public.orders_id_seq'::regclass)"],
      ['code', 'character varying(10)', true, null],
      ['parent', 'integer', true, null],
      ['Amount', 'numeric(8,0)', true, null],
    ]);
    expect(orders.primaryKey).toEqual({ name: 'orders_pkey', columns: ['id'] });
    expect(orders.uniqueKeys).toEqual([{ name: 'orders_code_key', columns: ['code'] }]);
    expect(orders.foreignKeys[0]).toMatchObject({ name: 'orders_parent_fkey', refTable: 'orders', refColumns: ['id'], onDelete: 'NO ACTION' });
    expect(table(result.schemas, 'public', 'line').foreignKeys[0]).toMatchObject({ name: 'line_order_id_fkey', onDelete: 'SET NULL' });
    expect(result.schemas[0]?.sequences.map((s) => s.name)).toEqual(['orders_id_seq']);
  });

  it('turns an unreadable table statement into a warning note and reads the rest', () => {
    const result = read('CREATE TABLE good (a int);\n\nCREATE TABLE bad (a int,, b int);\nCREATE TABLE also_good (b text);');
    expect(result.tables).toBe(2);
    expect(result.notes).toHaveLength(1);
    expect(result.notes[0]).toMatchObject({ rule: 'ddl-unreadable-statement', severity: 'warning', object: 'dump.sql:3' });
    expect(result.notes[0]?.message).toMatch(/table statement "CREATE TABLE bad/);
  });
});

describe.skipIf(!existsSync(CHINOOK))('readPostgresDdl on Chinook_PostgreSql.sql (../shared/testdata)', () => {
  if (!existsSync(CHINOOK)) console.warn(`[skip] ${CHINOOK} is absent (../shared/testdata not checked out)`);

  it('finds the counts taken by hand from the file', () => {
    const result = read(readFileSync(CHINOOK, 'utf8'));
    const tables = result.schemas.flatMap((s) => s.tables);
    // By hand from the file: 11 CREATE TABLE statements; their column lines are album 3, artist 2,
    // customer 13, employee 15, genre 2, invoice 9, invoice_line 5, media_type 2, playlist 2,
    // playlist_track 2, track 9 = 64; each table has one `CONSTRAINT …_pkey PRIMARY KEY` (11);
    // 11 `ALTER TABLE … ADD CONSTRAINT … FOREIGN KEY` and 11 `CREATE INDEX …_idx` statements.
    expect(result.notes).toEqual([]);
    expect(tables).toHaveLength(11);
    expect(tables.reduce((n, t) => n + t.columns.length, 0)).toBe(64);
    expect(tables.filter((t) => t.primaryKey !== null)).toHaveLength(11);
    expect(tables.reduce((n, t) => n + t.foreignKeys.length, 0)).toBe(11);
    expect(tables.reduce((n, t) => n + t.indexes.length, 0)).toBe(11);
    const playlistTrack = table(result.schemas, 'public', 'playlist_track');
    expect(playlistTrack.primaryKey).toEqual({ name: 'playlist_track_pkey', columns: ['playlist_id', 'track_id'] });
    const invoice = table(result.schemas, 'public', 'invoice');
    expect(invoice.columns.map((c) => c.nativeType)).toEqual([
      'integer', 'integer', 'timestamp without time zone', 'character varying(70)', 'character varying(40)',
      'character varying(40)', 'character varying(40)', 'character varying(10)', 'numeric(10,2)',
    ]);
    expect(table(result.schemas, 'public', 'employee').foreignKeys).toEqual([{
      name: 'employee_reports_to_fkey', columns: ['reports_to'], refSchema: 'public', refTable: 'employee',
      refColumns: ['employee_id'], onDelete: 'NO ACTION', enabled: true,
    }]);
  });
});
