-- erp-migrate post-load DDL for postgres: unique constraints, indexes, foreign keys, identity resets.
-- Run after the full load (and before CDC cutover). Idempotent: every statement may run again.

-- unique constraints

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.ap_checks'::regclass AND conname = 'ap_checks_u1') THEN
    ALTER TABLE public.ap_checks ADD CONSTRAINT ap_checks_u1 UNIQUE (check_number);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.ap_invoices'::regclass AND conname = 'ap_invoices_u1') THEN
    ALTER TABLE public.ap_invoices ADD CONSTRAINT ap_invoices_u1 UNIQUE (vendor_id, invoice_num);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.ap_suppliers'::regclass AND conname = 'ap_suppliers_u1') THEN
    ALTER TABLE public.ap_suppliers ADD CONSTRAINT ap_suppliers_u1 UNIQUE (segment1);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.ar_customers'::regclass AND conname = 'ar_customers_u1') THEN
    ALTER TABLE public.ar_customers ADD CONSTRAINT ar_customers_u1 UNIQUE (customer_number);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.ar_transactions'::regclass AND conname = 'ar_transactions_u1') THEN
    ALTER TABLE public.ar_transactions ADD CONSTRAINT ar_transactions_u1 UNIQUE (trx_number);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.bom_components'::regclass AND conname = 'bom_components_u1') THEN
    ALTER TABLE public.bom_components ADD CONSTRAINT bom_components_u1 UNIQUE (bill_sequence_id, item_num);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.fnd_lookup_values'::regclass AND conname = 'fnd_lookup_values_u1') THEN
    ALTER TABLE public.fnd_lookup_values ADD CONSTRAINT fnd_lookup_values_u1 UNIQUE (lookup_type, lookup_code);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.fnd_units_of_measure'::regclass AND conname = 'fnd_units_of_measure_u1') THEN
    ALTER TABLE public.fnd_units_of_measure ADD CONSTRAINT fnd_units_of_measure_u1 UNIQUE (unit_of_measure);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.fnd_user'::regclass AND conname = 'fnd_user_u1') THEN
    ALTER TABLE public.fnd_user ADD CONSTRAINT fnd_user_u1 UNIQUE (user_name);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.gl_code_combinations'::regclass AND conname = 'gl_code_combinations_u1') THEN
    ALTER TABLE public.gl_code_combinations ADD CONSTRAINT gl_code_combinations_u1 UNIQUE (concatenated_segments);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.gl_ledgers'::regclass AND conname = 'gl_ledgers_u1') THEN
    ALTER TABLE public.gl_ledgers ADD CONSTRAINT gl_ledgers_u1 UNIQUE (name);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.inv_organizations'::regclass AND conname = 'inv_organizations_u1') THEN
    ALTER TABLE public.inv_organizations ADD CONSTRAINT inv_organizations_u1 UNIQUE (organization_code);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.mtl_system_items'::regclass AND conname = 'mtl_system_items_u1') THEN
    ALTER TABLE public.mtl_system_items ADD CONSTRAINT mtl_system_items_u1 UNIQUE (segment1);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.oe_order_headers'::regclass AND conname = 'oe_order_headers_u1') THEN
    ALTER TABLE public.oe_order_headers ADD CONSTRAINT oe_order_headers_u1 UNIQUE (order_number);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.oe_order_lines'::regclass AND conname = 'oe_order_lines_u1') THEN
    ALTER TABLE public.oe_order_lines ADD CONSTRAINT oe_order_lines_u1 UNIQUE (header_id, line_number);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.pa_projects'::regclass AND conname = 'pa_projects_u1') THEN
    ALTER TABLE public.pa_projects ADD CONSTRAINT pa_projects_u1 UNIQUE (segment1);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.pa_tasks'::regclass AND conname = 'pa_tasks_u1') THEN
    ALTER TABLE public.pa_tasks ADD CONSTRAINT pa_tasks_u1 UNIQUE (project_id, task_number);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.per_people'::regclass AND conname = 'per_people_u1') THEN
    ALTER TABLE public.per_people ADD CONSTRAINT per_people_u1 UNIQUE (employee_number);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.po_headers'::regclass AND conname = 'po_headers_u1') THEN
    ALTER TABLE public.po_headers ADD CONSTRAINT po_headers_u1 UNIQUE (segment1);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.po_lines'::regclass AND conname = 'po_lines_u1') THEN
    ALTER TABLE public.po_lines ADD CONSTRAINT po_lines_u1 UNIQUE (po_header_id, line_num);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.po_requisition_headers'::regclass AND conname = 'po_requisition_headers_u1') THEN
    ALTER TABLE public.po_requisition_headers ADD CONSTRAINT po_requisition_headers_u1 UNIQUE (segment1);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.wip_discrete_jobs'::regclass AND conname = 'wip_discrete_jobs_u1') THEN
    ALTER TABLE public.wip_discrete_jobs ADD CONSTRAINT wip_discrete_jobs_u1 UNIQUE (job_name);
  END IF;
END $erpm$;

-- secondary indexes

CREATE INDEX IF NOT EXISTS ap_invoice_distributions_n1 ON public.ap_invoice_distributions (invoice_id, invoice_line_number);

CREATE INDEX IF NOT EXISTS ap_invoices_n1 ON public.ap_invoices (vendor_id);

CREATE INDEX IF NOT EXISTS ap_invoices_n2 ON public.ap_invoices (invoice_date);

CREATE INDEX IF NOT EXISTS ap_supplier_sites_n1 ON public.ap_supplier_sites (vendor_id);

CREATE INDEX IF NOT EXISTS ar_customer_sites_n1 ON public.ar_customer_sites (customer_id);

CREATE INDEX IF NOT EXISTS ar_transactions_n1 ON public.ar_transactions (bill_to_customer_id);

CREATE INDEX IF NOT EXISTS fnd_lobs_n1 ON public.fnd_lobs (upload_date);

CREATE INDEX IF NOT EXISTS gl_interface_n1 ON public.gl_interface (status, accounting_date);

CREATE INDEX IF NOT EXISTS gl_je_headers_n1 ON public.gl_je_headers (ledger_id, period_name);

CREATE INDEX IF NOT EXISTS gl_je_lines_n1 ON public.gl_je_lines (code_combination_id);

CREATE INDEX IF NOT EXISTS mtl_material_transactions_n1 ON public.mtl_material_transactions (inventory_item_id, organization_id);

CREATE INDEX IF NOT EXISTS mtl_material_transactions_n2 ON public.mtl_material_transactions (transaction_date);

CREATE INDEX IF NOT EXISTS pa_expenditure_items_n1 ON public.pa_expenditure_items (task_id);

CREATE INDEX IF NOT EXISTS pay_payslips_n1 ON public.pay_payslips (payroll_run_id);

CREATE INDEX IF NOT EXISTS pay_payslips_n2 ON public.pay_payslips (assignment_id);

CREATE INDEX IF NOT EXISTS per_assignments_n1 ON public.per_assignments (person_id);

CREATE INDEX IF NOT EXISTS per_people_n1 ON public.per_people (department_id);

CREATE INDEX IF NOT EXISTS po_headers_n1 ON public.po_headers (vendor_id);

-- foreign keys

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.ap_checks'::regclass AND conname = 'ap_checks_fk1') THEN
    ALTER TABLE public.ap_checks ADD CONSTRAINT ap_checks_fk1 FOREIGN KEY (vendor_id) REFERENCES public.ap_suppliers (vendor_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.ap_checks'::regclass AND conname = 'ap_checks_fk2') THEN
    ALTER TABLE public.ap_checks ADD CONSTRAINT ap_checks_fk2 FOREIGN KEY (currency_code) REFERENCES public.fnd_currencies (currency_code);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.ap_invoice_distributions'::regclass AND conname = 'ap_invoice_distributions_fk1') THEN
    ALTER TABLE public.ap_invoice_distributions ADD CONSTRAINT ap_invoice_distributions_fk1 FOREIGN KEY (invoice_id, invoice_line_number) REFERENCES public.ap_invoice_lines (invoice_id, line_number);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.ap_invoice_distributions'::regclass AND conname = 'ap_invoice_distributions_fk2') THEN
    ALTER TABLE public.ap_invoice_distributions ADD CONSTRAINT ap_invoice_distributions_fk2 FOREIGN KEY (dist_code_combination_id) REFERENCES public.gl_code_combinations (code_combination_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.ap_invoice_lines'::regclass AND conname = 'ap_invoice_lines_fk1') THEN
    ALTER TABLE public.ap_invoice_lines ADD CONSTRAINT ap_invoice_lines_fk1 FOREIGN KEY (invoice_id) REFERENCES public.ap_invoices (invoice_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.ap_invoice_lines'::regclass AND conname = 'ap_invoice_lines_fk2') THEN
    ALTER TABLE public.ap_invoice_lines ADD CONSTRAINT ap_invoice_lines_fk2 FOREIGN KEY (inventory_item_id) REFERENCES public.mtl_system_items (inventory_item_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.ap_invoices'::regclass AND conname = 'ap_invoices_fk1') THEN
    ALTER TABLE public.ap_invoices ADD CONSTRAINT ap_invoices_fk1 FOREIGN KEY (vendor_id) REFERENCES public.ap_suppliers (vendor_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.ap_invoices'::regclass AND conname = 'ap_invoices_fk2') THEN
    ALTER TABLE public.ap_invoices ADD CONSTRAINT ap_invoices_fk2 FOREIGN KEY (vendor_site_id) REFERENCES public.ap_supplier_sites (vendor_site_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.ap_invoices'::regclass AND conname = 'ap_invoices_fk3') THEN
    ALTER TABLE public.ap_invoices ADD CONSTRAINT ap_invoices_fk3 FOREIGN KEY (invoice_currency_code) REFERENCES public.fnd_currencies (currency_code);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.ap_supplier_sites'::regclass AND conname = 'ap_supplier_sites_fk1') THEN
    ALTER TABLE public.ap_supplier_sites ADD CONSTRAINT ap_supplier_sites_fk1 FOREIGN KEY (vendor_id) REFERENCES public.ap_suppliers (vendor_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.ar_cash_receipts'::regclass AND conname = 'ar_cash_receipts_fk1') THEN
    ALTER TABLE public.ar_cash_receipts ADD CONSTRAINT ar_cash_receipts_fk1 FOREIGN KEY (pay_from_customer) REFERENCES public.ar_customers (customer_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.ar_cash_receipts'::regclass AND conname = 'ar_cash_receipts_fk2') THEN
    ALTER TABLE public.ar_cash_receipts ADD CONSTRAINT ar_cash_receipts_fk2 FOREIGN KEY (currency_code) REFERENCES public.fnd_currencies (currency_code);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.ar_customer_sites'::regclass AND conname = 'ar_customer_sites_fk1') THEN
    ALTER TABLE public.ar_customer_sites ADD CONSTRAINT ar_customer_sites_fk1 FOREIGN KEY (customer_id) REFERENCES public.ar_customers (customer_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.ar_transaction_lines'::regclass AND conname = 'ar_transaction_lines_fk1') THEN
    ALTER TABLE public.ar_transaction_lines ADD CONSTRAINT ar_transaction_lines_fk1 FOREIGN KEY (customer_trx_id) REFERENCES public.ar_transactions (customer_trx_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.ar_transaction_lines'::regclass AND conname = 'ar_transaction_lines_fk2') THEN
    ALTER TABLE public.ar_transaction_lines ADD CONSTRAINT ar_transaction_lines_fk2 FOREIGN KEY (inventory_item_id) REFERENCES public.mtl_system_items (inventory_item_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.ar_transactions'::regclass AND conname = 'ar_transactions_fk1') THEN
    ALTER TABLE public.ar_transactions ADD CONSTRAINT ar_transactions_fk1 FOREIGN KEY (bill_to_customer_id) REFERENCES public.ar_customers (customer_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.ar_transactions'::regclass AND conname = 'ar_transactions_fk2') THEN
    ALTER TABLE public.ar_transactions ADD CONSTRAINT ar_transactions_fk2 FOREIGN KEY (bill_to_site_use_id) REFERENCES public.ar_customer_sites (site_use_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.ar_transactions'::regclass AND conname = 'ar_transactions_fk3') THEN
    ALTER TABLE public.ar_transactions ADD CONSTRAINT ar_transactions_fk3 FOREIGN KEY (invoice_currency_code) REFERENCES public.fnd_currencies (currency_code);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.bom_bills_of_material'::regclass AND conname = 'bom_bills_of_material_fk1') THEN
    ALTER TABLE public.bom_bills_of_material ADD CONSTRAINT bom_bills_of_material_fk1 FOREIGN KEY (assembly_item_id) REFERENCES public.mtl_system_items (inventory_item_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.bom_bills_of_material'::regclass AND conname = 'bom_bills_of_material_fk2') THEN
    ALTER TABLE public.bom_bills_of_material ADD CONSTRAINT bom_bills_of_material_fk2 FOREIGN KEY (organization_id) REFERENCES public.inv_organizations (organization_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.bom_components'::regclass AND conname = 'bom_components_fk1') THEN
    ALTER TABLE public.bom_components ADD CONSTRAINT bom_components_fk1 FOREIGN KEY (bill_sequence_id) REFERENCES public.bom_bills_of_material (bill_sequence_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.bom_components'::regclass AND conname = 'bom_components_fk2') THEN
    ALTER TABLE public.bom_components ADD CONSTRAINT bom_components_fk2 FOREIGN KEY (component_item_id) REFERENCES public.mtl_system_items (inventory_item_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.gl_balances'::regclass AND conname = 'gl_balances_fk1') THEN
    ALTER TABLE public.gl_balances ADD CONSTRAINT gl_balances_fk1 FOREIGN KEY (code_combination_id) REFERENCES public.gl_code_combinations (code_combination_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.gl_balances'::regclass AND conname = 'gl_balances_fk2') THEN
    ALTER TABLE public.gl_balances ADD CONSTRAINT gl_balances_fk2 FOREIGN KEY (ledger_id) REFERENCES public.gl_ledgers (ledger_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.gl_balances'::regclass AND conname = 'gl_balances_fk3') THEN
    ALTER TABLE public.gl_balances ADD CONSTRAINT gl_balances_fk3 FOREIGN KEY (currency_code) REFERENCES public.fnd_currencies (currency_code);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.gl_daily_rates'::regclass AND conname = 'gl_daily_rates_fk1') THEN
    ALTER TABLE public.gl_daily_rates ADD CONSTRAINT gl_daily_rates_fk1 FOREIGN KEY (from_currency) REFERENCES public.fnd_currencies (currency_code);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.gl_daily_rates'::regclass AND conname = 'gl_daily_rates_fk2') THEN
    ALTER TABLE public.gl_daily_rates ADD CONSTRAINT gl_daily_rates_fk2 FOREIGN KEY (to_currency) REFERENCES public.fnd_currencies (currency_code);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.gl_je_headers'::regclass AND conname = 'gl_je_headers_fk1') THEN
    ALTER TABLE public.gl_je_headers ADD CONSTRAINT gl_je_headers_fk1 FOREIGN KEY (ledger_id) REFERENCES public.gl_ledgers (ledger_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.gl_je_headers'::regclass AND conname = 'gl_je_headers_fk2') THEN
    ALTER TABLE public.gl_je_headers ADD CONSTRAINT gl_je_headers_fk2 FOREIGN KEY (currency_code) REFERENCES public.fnd_currencies (currency_code);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.gl_je_lines'::regclass AND conname = 'gl_je_lines_fk1') THEN
    ALTER TABLE public.gl_je_lines ADD CONSTRAINT gl_je_lines_fk1 FOREIGN KEY (je_header_id) REFERENCES public.gl_je_headers (je_header_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.gl_je_lines'::regclass AND conname = 'gl_je_lines_fk2') THEN
    ALTER TABLE public.gl_je_lines ADD CONSTRAINT gl_je_lines_fk2 FOREIGN KEY (code_combination_id) REFERENCES public.gl_code_combinations (code_combination_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.gl_ledgers'::regclass AND conname = 'gl_ledgers_fk1') THEN
    ALTER TABLE public.gl_ledgers ADD CONSTRAINT gl_ledgers_fk1 FOREIGN KEY (currency_code) REFERENCES public.fnd_currencies (currency_code);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.mtl_item_categories'::regclass AND conname = 'mtl_item_categories_fk1') THEN
    ALTER TABLE public.mtl_item_categories ADD CONSTRAINT mtl_item_categories_fk1 FOREIGN KEY (inventory_item_id) REFERENCES public.mtl_system_items (inventory_item_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.mtl_item_categories'::regclass AND conname = 'mtl_item_categories_fk2') THEN
    ALTER TABLE public.mtl_item_categories ADD CONSTRAINT mtl_item_categories_fk2 FOREIGN KEY (category_id) REFERENCES public.mtl_categories (category_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.mtl_material_transactions'::regclass AND conname = 'mtl_material_transactions_fk1') THEN
    ALTER TABLE public.mtl_material_transactions ADD CONSTRAINT mtl_material_transactions_fk1 FOREIGN KEY (inventory_item_id) REFERENCES public.mtl_system_items (inventory_item_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.mtl_material_transactions'::regclass AND conname = 'mtl_material_transactions_fk2') THEN
    ALTER TABLE public.mtl_material_transactions ADD CONSTRAINT mtl_material_transactions_fk2 FOREIGN KEY (organization_id) REFERENCES public.inv_organizations (organization_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.mtl_material_transactions'::regclass AND conname = 'mtl_material_transactions_fk3') THEN
    ALTER TABLE public.mtl_material_transactions ADD CONSTRAINT mtl_material_transactions_fk3 FOREIGN KEY (transaction_uom) REFERENCES public.fnd_units_of_measure (uom_code);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.mtl_onhand_quantities'::regclass AND conname = 'mtl_onhand_quantities_fk1') THEN
    ALTER TABLE public.mtl_onhand_quantities ADD CONSTRAINT mtl_onhand_quantities_fk1 FOREIGN KEY (inventory_item_id) REFERENCES public.mtl_system_items (inventory_item_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.mtl_onhand_quantities'::regclass AND conname = 'mtl_onhand_quantities_fk2') THEN
    ALTER TABLE public.mtl_onhand_quantities ADD CONSTRAINT mtl_onhand_quantities_fk2 FOREIGN KEY (organization_id) REFERENCES public.inv_organizations (organization_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.mtl_system_items'::regclass AND conname = 'mtl_system_items_fk1') THEN
    ALTER TABLE public.mtl_system_items ADD CONSTRAINT mtl_system_items_fk1 FOREIGN KEY (primary_uom_code) REFERENCES public.fnd_units_of_measure (uom_code);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.oe_order_headers'::regclass AND conname = 'oe_order_headers_fk1') THEN
    ALTER TABLE public.oe_order_headers ADD CONSTRAINT oe_order_headers_fk1 FOREIGN KEY (sold_to_customer_id) REFERENCES public.ar_customers (customer_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.oe_order_headers'::regclass AND conname = 'oe_order_headers_fk2') THEN
    ALTER TABLE public.oe_order_headers ADD CONSTRAINT oe_order_headers_fk2 FOREIGN KEY (ship_to_site_use_id) REFERENCES public.ar_customer_sites (site_use_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.oe_order_headers'::regclass AND conname = 'oe_order_headers_fk3') THEN
    ALTER TABLE public.oe_order_headers ADD CONSTRAINT oe_order_headers_fk3 FOREIGN KEY (transactional_curr_code) REFERENCES public.fnd_currencies (currency_code);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.oe_order_headers'::regclass AND conname = 'oe_order_headers_fk4') THEN
    ALTER TABLE public.oe_order_headers ADD CONSTRAINT oe_order_headers_fk4 FOREIGN KEY (salesrep_id) REFERENCES public.per_people (person_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.oe_order_lines'::regclass AND conname = 'oe_order_lines_fk1') THEN
    ALTER TABLE public.oe_order_lines ADD CONSTRAINT oe_order_lines_fk1 FOREIGN KEY (header_id) REFERENCES public.oe_order_headers (header_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.oe_order_lines'::regclass AND conname = 'oe_order_lines_fk2') THEN
    ALTER TABLE public.oe_order_lines ADD CONSTRAINT oe_order_lines_fk2 FOREIGN KEY (inventory_item_id) REFERENCES public.mtl_system_items (inventory_item_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.oe_order_lines'::regclass AND conname = 'oe_order_lines_fk3') THEN
    ALTER TABLE public.oe_order_lines ADD CONSTRAINT oe_order_lines_fk3 FOREIGN KEY (order_quantity_uom) REFERENCES public.fnd_units_of_measure (uom_code);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.oe_order_lines'::regclass AND conname = 'oe_order_lines_fk4') THEN
    ALTER TABLE public.oe_order_lines ADD CONSTRAINT oe_order_lines_fk4 FOREIGN KEY (ship_from_org_id) REFERENCES public.inv_organizations (organization_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.pa_expenditure_items'::regclass AND conname = 'pa_expenditure_items_fk1') THEN
    ALTER TABLE public.pa_expenditure_items ADD CONSTRAINT pa_expenditure_items_fk1 FOREIGN KEY (task_id) REFERENCES public.pa_tasks (task_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.pa_expenditure_items'::regclass AND conname = 'pa_expenditure_items_fk2') THEN
    ALTER TABLE public.pa_expenditure_items ADD CONSTRAINT pa_expenditure_items_fk2 FOREIGN KEY (incurred_by_person_id) REFERENCES public.per_people (person_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.pa_expenditure_items'::regclass AND conname = 'pa_expenditure_items_fk3') THEN
    ALTER TABLE public.pa_expenditure_items ADD CONSTRAINT pa_expenditure_items_fk3 FOREIGN KEY (denom_currency_code) REFERENCES public.fnd_currencies (currency_code);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.pa_projects'::regclass AND conname = 'pa_projects_fk1') THEN
    ALTER TABLE public.pa_projects ADD CONSTRAINT pa_projects_fk1 FOREIGN KEY (carrying_out_organization_id) REFERENCES public.per_departments (department_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.pa_tasks'::regclass AND conname = 'pa_tasks_fk1') THEN
    ALTER TABLE public.pa_tasks ADD CONSTRAINT pa_tasks_fk1 FOREIGN KEY (project_id) REFERENCES public.pa_projects (project_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.pa_tasks'::regclass AND conname = 'pa_tasks_fk2') THEN
    ALTER TABLE public.pa_tasks ADD CONSTRAINT pa_tasks_fk2 FOREIGN KEY (task_manager_person_id) REFERENCES public.per_people (person_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.pay_payslips'::regclass AND conname = 'pay_payslips_fk1') THEN
    ALTER TABLE public.pay_payslips ADD CONSTRAINT pay_payslips_fk1 FOREIGN KEY (payroll_run_id) REFERENCES public.pay_payroll_runs (payroll_run_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.pay_payslips'::regclass AND conname = 'pay_payslips_fk2') THEN
    ALTER TABLE public.pay_payslips ADD CONSTRAINT pay_payslips_fk2 FOREIGN KEY (assignment_id) REFERENCES public.per_assignments (assignment_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.pay_payslips'::regclass AND conname = 'pay_payslips_fk3') THEN
    ALTER TABLE public.pay_payslips ADD CONSTRAINT pay_payslips_fk3 FOREIGN KEY (currency_code) REFERENCES public.fnd_currencies (currency_code);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.per_assignments'::regclass AND conname = 'per_assignments_fk1') THEN
    ALTER TABLE public.per_assignments ADD CONSTRAINT per_assignments_fk1 FOREIGN KEY (person_id) REFERENCES public.per_people (person_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.per_assignments'::regclass AND conname = 'per_assignments_fk2') THEN
    ALTER TABLE public.per_assignments ADD CONSTRAINT per_assignments_fk2 FOREIGN KEY (department_id) REFERENCES public.per_departments (department_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.per_assignments'::regclass AND conname = 'per_assignments_fk3') THEN
    ALTER TABLE public.per_assignments ADD CONSTRAINT per_assignments_fk3 FOREIGN KEY (supervisor_id) REFERENCES public.per_people (person_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.per_departments'::regclass AND conname = 'per_departments_fk1') THEN
    ALTER TABLE public.per_departments ADD CONSTRAINT per_departments_fk1 FOREIGN KEY (parent_department_id) REFERENCES public.per_departments (department_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.per_people'::regclass AND conname = 'per_people_fk1') THEN
    ALTER TABLE public.per_people ADD CONSTRAINT per_people_fk1 FOREIGN KEY (department_id) REFERENCES public.per_departments (department_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.po_headers'::regclass AND conname = 'po_headers_fk1') THEN
    ALTER TABLE public.po_headers ADD CONSTRAINT po_headers_fk1 FOREIGN KEY (vendor_id) REFERENCES public.ap_suppliers (vendor_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.po_headers'::regclass AND conname = 'po_headers_fk2') THEN
    ALTER TABLE public.po_headers ADD CONSTRAINT po_headers_fk2 FOREIGN KEY (vendor_site_id) REFERENCES public.ap_supplier_sites (vendor_site_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.po_headers'::regclass AND conname = 'po_headers_fk3') THEN
    ALTER TABLE public.po_headers ADD CONSTRAINT po_headers_fk3 FOREIGN KEY (agent_id) REFERENCES public.per_people (person_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.po_headers'::regclass AND conname = 'po_headers_fk4') THEN
    ALTER TABLE public.po_headers ADD CONSTRAINT po_headers_fk4 FOREIGN KEY (currency_code) REFERENCES public.fnd_currencies (currency_code);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.po_lines'::regclass AND conname = 'po_lines_fk1') THEN
    ALTER TABLE public.po_lines ADD CONSTRAINT po_lines_fk1 FOREIGN KEY (po_header_id) REFERENCES public.po_headers (po_header_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.po_lines'::regclass AND conname = 'po_lines_fk2') THEN
    ALTER TABLE public.po_lines ADD CONSTRAINT po_lines_fk2 FOREIGN KEY (item_id) REFERENCES public.mtl_system_items (inventory_item_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.po_lines'::regclass AND conname = 'po_lines_fk3') THEN
    ALTER TABLE public.po_lines ADD CONSTRAINT po_lines_fk3 FOREIGN KEY (uom_code) REFERENCES public.fnd_units_of_measure (uom_code);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.po_receipts'::regclass AND conname = 'po_receipts_fk1') THEN
    ALTER TABLE public.po_receipts ADD CONSTRAINT po_receipts_fk1 FOREIGN KEY (po_line_id) REFERENCES public.po_lines (po_line_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.po_receipts'::regclass AND conname = 'po_receipts_fk2') THEN
    ALTER TABLE public.po_receipts ADD CONSTRAINT po_receipts_fk2 FOREIGN KEY (received_by) REFERENCES public.per_people (person_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.po_receipts'::regclass AND conname = 'po_receipts_fk3') THEN
    ALTER TABLE public.po_receipts ADD CONSTRAINT po_receipts_fk3 FOREIGN KEY (organization_id) REFERENCES public.inv_organizations (organization_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.po_requisition_headers'::regclass AND conname = 'po_requisition_headers_fk1') THEN
    ALTER TABLE public.po_requisition_headers ADD CONSTRAINT po_requisition_headers_fk1 FOREIGN KEY (preparer_id) REFERENCES public.per_people (person_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.wip_discrete_jobs'::regclass AND conname = 'wip_discrete_jobs_fk1') THEN
    ALTER TABLE public.wip_discrete_jobs ADD CONSTRAINT wip_discrete_jobs_fk1 FOREIGN KEY (primary_item_id) REFERENCES public.mtl_system_items (inventory_item_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.wip_discrete_jobs'::regclass AND conname = 'wip_discrete_jobs_fk2') THEN
    ALTER TABLE public.wip_discrete_jobs ADD CONSTRAINT wip_discrete_jobs_fk2 FOREIGN KEY (organization_id) REFERENCES public.inv_organizations (organization_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.wip_discrete_jobs'::regclass AND conname = 'wip_discrete_jobs_fk3') THEN
    ALTER TABLE public.wip_discrete_jobs ADD CONSTRAINT wip_discrete_jobs_fk3 FOREIGN KEY (common_bom_sequence_id) REFERENCES public.bom_bills_of_material (bill_sequence_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.wip_operations'::regclass AND conname = 'wip_operations_fk1') THEN
    ALTER TABLE public.wip_operations ADD CONSTRAINT wip_operations_fk1 FOREIGN KEY (wip_entity_id) REFERENCES public.wip_discrete_jobs (wip_entity_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.wip_operations'::regclass AND conname = 'wip_operations_fk2') THEN
    ALTER TABLE public.wip_operations ADD CONSTRAINT wip_operations_fk2 FOREIGN KEY (department_id) REFERENCES public.per_departments (department_id);
  END IF;
END $erpm$;

-- foreign keys that close a dependency cycle (added last)

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.per_departments'::regclass AND conname = 'per_departments_fk2') THEN
    ALTER TABLE public.per_departments ADD CONSTRAINT per_departments_fk2 FOREIGN KEY (manager_person_id) REFERENCES public.per_people (person_id);
  END IF;
END $erpm$;

-- identity resets: next value = max + 1

SELECT setval(pg_get_serial_sequence('public.fnd_lobs', 'file_id'), coalesce(max(file_id), 0) + 1, false) FROM public.fnd_lobs;

SELECT setval(pg_get_serial_sequence('public.fnd_lookup_values', 'lookup_value_id'), coalesce(max(lookup_value_id), 0) + 1, false) FROM public.fnd_lookup_values;

SELECT setval(pg_get_serial_sequence('public.pay_payroll_runs', 'payroll_run_id'), coalesce(max(payroll_run_id), 0) + 1, false) FROM public.pay_payroll_runs;
