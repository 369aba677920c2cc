-- erp-migrate post-load DDL for postgres: unique constraints, indexes, foreign keys, identity resets.
-- Run after the full load (and before CDC cutover). Idempotent: every statement may run again.

-- secondary indexes

CREATE INDEX IF NOT EXISTS ix_gl_je_headers_ledger ON erp.gl_je_headers (ledger_id);

CREATE INDEX IF NOT EXISTS ix_gl_je_lines_header ON erp.gl_je_lines (je_header_id);

-- foreign keys

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'erp.ap_invoice_attachments'::regclass AND conname = 'fk_ap_attach_invoice') THEN
    ALTER TABLE erp.ap_invoice_attachments ADD CONSTRAINT fk_ap_attach_invoice FOREIGN KEY (invoice_id) REFERENCES erp.ap_invoices (invoice_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'erp.ap_invoices'::regclass AND conname = 'fk_ap_invoices_supplier') THEN
    ALTER TABLE erp.ap_invoices ADD CONSTRAINT fk_ap_invoices_supplier FOREIGN KEY (supplier_id) REFERENCES erp.ap_suppliers (supplier_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'erp.ap_supplier_sites'::regclass AND conname = 'fk_ap_sites_contact') THEN
    ALTER TABLE erp.ap_supplier_sites ADD CONSTRAINT fk_ap_sites_contact FOREIGN KEY (default_contact_id) REFERENCES erp.ap_supplier_contacts (contact_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'erp.ap_suppliers'::regclass AND conname = 'fk_ap_suppliers_site') THEN
    ALTER TABLE erp.ap_suppliers ADD CONSTRAINT fk_ap_suppliers_site FOREIGN KEY (primary_site_id) REFERENCES erp.ap_supplier_sites (site_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'erp.fnd_users'::regclass AND conname = 'fk_fnd_users_created_by') THEN
    ALTER TABLE erp.fnd_users ADD CONSTRAINT fk_fnd_users_created_by FOREIGN KEY (created_by) REFERENCES erp.fnd_users (user_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'erp.gl_je_headers'::regclass AND conname = 'fk_gl_je_headers_ledger') THEN
    ALTER TABLE erp.gl_je_headers ADD CONSTRAINT fk_gl_je_headers_ledger FOREIGN KEY (ledger_id) REFERENCES erp.gl_ledgers (ledger_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'erp.gl_je_lines'::regclass AND conname = 'fk_gl_je_lines_header') THEN
    ALTER TABLE erp.gl_je_lines ADD CONSTRAINT fk_gl_je_lines_header FOREIGN KEY (je_header_id) REFERENCES erp.gl_je_headers (je_header_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'erp.gl_ledgers'::regclass AND conname = 'fk_gl_ledgers_currency') THEN
    ALTER TABLE erp.gl_ledgers ADD CONSTRAINT fk_gl_ledgers_currency FOREIGN KEY (currency_code) REFERENCES erp.fnd_currencies (currency_code);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'erp.oe_order_lines'::regclass AND conname = 'fk_oe_lines_header') THEN
    ALTER TABLE erp.oe_order_lines ADD CONSTRAINT fk_oe_lines_header FOREIGN KEY (header_id) REFERENCES erp.oe_order_headers (header_id);
  END IF;
END $erpm$;

-- foreign keys that close a dependency cycle (added last)

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'erp.ap_supplier_contacts'::regclass AND conname = 'fk_ap_contacts_site') THEN
    ALTER TABLE erp.ap_supplier_contacts ADD CONSTRAINT fk_ap_contacts_site FOREIGN KEY (site_id) REFERENCES erp.ap_supplier_sites (site_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'erp.ap_supplier_sites'::regclass AND conname = 'fk_ap_sites_supplier') THEN
    ALTER TABLE erp.ap_supplier_sites ADD CONSTRAINT fk_ap_sites_supplier FOREIGN KEY (supplier_id) REFERENCES erp.ap_suppliers (supplier_id);
  END IF;
END $erpm$;
