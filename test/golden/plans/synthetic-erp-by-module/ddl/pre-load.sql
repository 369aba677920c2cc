-- erp-migrate pre-load DDL for aurora-postgresql: schemas, tables, primary keys.
-- Run before the full load; secondary indexes, unique constraints and foreign keys are in post-load.sql.
-- Idempotent: every statement may run again.

CREATE SCHEMA IF NOT EXISTS erp;

CREATE TABLE IF NOT EXISTS erp.ap_invoice_attachments (
  attachment_id bigint NOT NULL,
  invoice_id bigint NOT NULL,
  content bytea,
  file_name varchar(255),
  CONSTRAINT pk_ap_invoice_attachments PRIMARY KEY (attachment_id)
);

CREATE TABLE IF NOT EXISTS erp.ap_invoices (
  invoice_id bigint NOT NULL,
  supplier_id integer NOT NULL,
  amount numeric(18,2),
  invoice_guid uuid,
  CONSTRAINT pk_ap_invoices PRIMARY KEY (invoice_id)
);

CREATE TABLE IF NOT EXISTS erp.ap_supplier_contacts (
  contact_id integer NOT NULL,
  site_id integer NOT NULL,
  email_address varchar(200),
  CONSTRAINT pk_ap_supplier_contacts PRIMARY KEY (contact_id)
);

CREATE TABLE IF NOT EXISTS erp.ap_supplier_sites (
  site_id integer NOT NULL,
  supplier_id integer NOT NULL,
  default_contact_id integer NOT NULL,
  CONSTRAINT pk_ap_supplier_sites PRIMARY KEY (site_id)
);

CREATE TABLE IF NOT EXISTS erp.ap_suppliers (
  supplier_id integer NOT NULL,
  name varchar(240) NOT NULL,
  primary_site_id integer NOT NULL,
  CONSTRAINT pk_ap_suppliers PRIMARY KEY (supplier_id)
);

CREATE TABLE IF NOT EXISTS erp.audit_events (
  event_time timestamp(3),
  action varchar(50),
  user_id integer NOT NULL,
  CONSTRAINT audit_events_pkey PRIMARY KEY (event_time, user_id)
);

CREATE TABLE IF NOT EXISTS erp.fnd_currencies (
  currency_code char(3) NOT NULL,
  name varchar(80),
  "precision" smallint,
  CONSTRAINT pk_fnd_currencies PRIMARY KEY (currency_code)
);

CREATE TABLE IF NOT EXISTS erp.fnd_lookup_values (
  lookup_type varchar(30) NOT NULL,
  lookup_code varchar(30) NOT NULL,
  meaning varchar(80),
  enabled boolean DEFAULT true NOT NULL,
  CONSTRAINT pk_fnd_lookup_values PRIMARY KEY (lookup_type, lookup_code)
);

CREATE TABLE IF NOT EXISTS erp.fnd_users (
  user_id integer NOT NULL,
  user_name varchar(100) NOT NULL,
  created_by integer NOT NULL,
  created_at timestamp(6) DEFAULT LOCALTIMESTAMP(6) NOT NULL,
  CONSTRAINT pk_fnd_users PRIMARY KEY (user_id)
);

CREATE TABLE IF NOT EXISTS erp.gl_balances (
  ledger_id integer NOT NULL,
  period char(7) NOT NULL,
  balance numeric(18,2),
  CONSTRAINT pk_gl_balances PRIMARY KEY (ledger_id, period)
);

CREATE TABLE IF NOT EXISTS erp.gl_je_headers (
  je_header_id bigint NOT NULL,
  ledger_id integer NOT NULL,
  posted_at timestamptz(6),
  total numeric(18,2),
  CONSTRAINT pk_gl_je_headers PRIMARY KEY (je_header_id)
);

CREATE TABLE IF NOT EXISTS erp.gl_je_lines (
  je_line_id bigint NOT NULL,
  je_header_id bigint NOT NULL,
  amount numeric(18,2),
  description varchar(240),
  source_system varchar(20),
  CONSTRAINT pk_gl_je_lines PRIMARY KEY (je_line_id)
);

CREATE TABLE IF NOT EXISTS erp.gl_ledgers (
  ledger_id integer NOT NULL,
  name varchar(30) NOT NULL,
  currency_code char(3),
  CONSTRAINT pk_gl_ledgers PRIMARY KEY (ledger_id)
);

CREATE TABLE IF NOT EXISTS erp.oe_order_headers (
  header_id bigint NOT NULL,
  order_number varchar(30) NOT NULL,
  notes text,
  org_node text,
  CONSTRAINT pk_oe_order_headers PRIMARY KEY (header_id)
);

CREATE TABLE IF NOT EXISTS erp.oe_order_lines (
  line_id bigint NOT NULL,
  header_id bigint NOT NULL,
  quantity numeric(12,3),
  spec xml,
  CONSTRAINT pk_oe_order_lines PRIMARY KEY (line_id)
);

CREATE TABLE IF NOT EXISTS erp.price_lists (
  price_list_id integer NOT NULL,
  name varchar(100),
  price numeric(20,4),
  CONSTRAINT pk_oe_price_lists PRIMARY KEY (price_list_id)
);
