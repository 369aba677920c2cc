-- erp-migrate pre-load DDL for postgres: schemas, tables, primary keys.
-- Run before the full load; secondary indexes, unique constraints and foreign keys are in post-load.sql.
-- Idempotent: every statement may run again.

CREATE SCHEMA IF NOT EXISTS public;

CREATE TABLE IF NOT EXISTS public.ap_checks (
  check_id bigint NOT NULL,
  check_number bigint NOT NULL,
  vendor_id bigint NOT NULL,
  amount numeric(15,2) NOT NULL,
  currency_code character varying(15) NOT NULL,
  check_date date NOT NULL,
  status_lookup_code character varying(25) NOT NULL,
  cleared_date timestamp(6) with time zone,
  CONSTRAINT ap_checks_pk PRIMARY KEY (check_id)
);

CREATE TABLE IF NOT EXISTS public.ap_invoice_distributions (
  invoice_distribution_id bigint NOT NULL,
  invoice_id bigint NOT NULL,
  invoice_line_number integer NOT NULL,
  dist_code_combination_id bigint NOT NULL,
  amount numeric(15,2) NOT NULL,
  accounting_date date NOT NULL,
  CONSTRAINT ap_invoice_distributions_pk PRIMARY KEY (invoice_distribution_id)
);

CREATE TABLE IF NOT EXISTS public.ap_invoice_lines (
  invoice_id bigint NOT NULL,
  line_number integer NOT NULL,
  line_type_lookup_code character varying(25) NOT NULL,
  amount numeric(15,2) NOT NULL,
  quantity_invoiced numeric(15,5),
  inventory_item_id bigint,
  description character varying(240),
  CONSTRAINT ap_invoice_lines_pk PRIMARY KEY (invoice_id, line_number)
);

CREATE TABLE IF NOT EXISTS public.ap_invoices (
  invoice_id bigint NOT NULL,
  vendor_id bigint NOT NULL,
  vendor_site_id bigint NOT NULL,
  invoice_num character varying(50) NOT NULL,
  invoice_currency_code character varying(15) NOT NULL,
  invoice_amount numeric(15,2) NOT NULL,
  invoice_date date NOT NULL,
  gl_date date NOT NULL,
  payment_status_flag character(1) NOT NULL,
  description character varying(240),
  creation_date timestamp(6) with time zone NOT NULL,
  CONSTRAINT ap_invoices_pk PRIMARY KEY (invoice_id)
);

CREATE TABLE IF NOT EXISTS public.ap_supplier_sites (
  vendor_site_id bigint NOT NULL,
  vendor_id bigint NOT NULL,
  vendor_site_code character varying(15) NOT NULL,
  address_line1 character varying(240) NOT NULL,
  city character varying(60) NOT NULL,
  country character(2) NOT NULL,
  pay_site_flag character(1) NOT NULL,
  CONSTRAINT ap_supplier_sites_pk PRIMARY KEY (vendor_site_id)
);

CREATE TABLE IF NOT EXISTS public.ap_suppliers (
  vendor_id bigint NOT NULL,
  segment1 character varying(30) NOT NULL,
  vendor_name character varying(240) NOT NULL,
  vendor_name_alt character varying(320),
  vendor_type_lookup_code character(10) NOT NULL,
  tax_reference character varying(20),
  enabled_flag character(1) NOT NULL,
  creation_date timestamp(6) without time zone NOT NULL,
  CONSTRAINT ap_suppliers_pk PRIMARY KEY (vendor_id)
);

CREATE TABLE IF NOT EXISTS public.ar_cash_receipts (
  cash_receipt_id bigint NOT NULL,
  receipt_number character varying(30) NOT NULL,
  pay_from_customer bigint NOT NULL,
  amount numeric(15,2) NOT NULL,
  currency_code character varying(15) NOT NULL,
  receipt_date date NOT NULL,
  comments text,
  CONSTRAINT ar_cash_receipts_pk PRIMARY KEY (cash_receipt_id)
);

CREATE TABLE IF NOT EXISTS public.ar_customer_sites (
  site_use_id bigint NOT NULL,
  customer_id bigint NOT NULL,
  site_use_code character varying(30) NOT NULL,
  location character varying(40) NOT NULL,
  address character varying(480) NOT NULL,
  primary_flag character(1) NOT NULL,
  CONSTRAINT ar_customer_sites_pk PRIMARY KEY (site_use_id)
);

CREATE TABLE IF NOT EXISTS public.ar_customers (
  customer_id bigint NOT NULL,
  customer_number character varying(30) NOT NULL,
  customer_name character varying(360) NOT NULL,
  customer_name_phonetic character varying(320),
  customer_type character(1) NOT NULL,
  status character(1) NOT NULL,
  creation_date timestamp(6) without time zone NOT NULL,
  CONSTRAINT ar_customers_pk PRIMARY KEY (customer_id)
);

CREATE TABLE IF NOT EXISTS public.ar_transaction_lines (
  customer_trx_id bigint NOT NULL,
  line_number integer NOT NULL,
  inventory_item_id bigint,
  description character varying(240) NOT NULL,
  quantity_invoiced numeric(15,5) NOT NULL,
  unit_selling_price numeric(38,10) NOT NULL,
  extended_amount numeric(15,2) NOT NULL,
  CONSTRAINT ar_transaction_lines_pk PRIMARY KEY (customer_trx_id, line_number)
);

CREATE TABLE IF NOT EXISTS public.ar_transactions (
  customer_trx_id bigint NOT NULL,
  trx_number character varying(20) NOT NULL,
  bill_to_customer_id bigint NOT NULL,
  bill_to_site_use_id bigint,
  trx_date date NOT NULL,
  invoice_currency_code character varying(15) NOT NULL,
  amount_due numeric(15,2) NOT NULL,
  complete_flag character(1) NOT NULL,
  creation_date timestamp(6) with time zone NOT NULL,
  CONSTRAINT ar_transactions_pk PRIMARY KEY (customer_trx_id)
);

CREATE TABLE IF NOT EXISTS public.bom_bills_of_material (
  bill_sequence_id bigint NOT NULL,
  assembly_item_id bigint NOT NULL,
  organization_id bigint NOT NULL,
  alternate_bom_designator character varying(10),
  creation_date timestamp(6) without time zone NOT NULL,
  CONSTRAINT bom_bills_of_material_pk PRIMARY KEY (bill_sequence_id)
);

CREATE TABLE IF NOT EXISTS public.bom_components (
  component_sequence_id bigint NOT NULL,
  bill_sequence_id bigint NOT NULL,
  component_item_id bigint NOT NULL,
  item_num integer NOT NULL,
  component_quantity numeric(38,10) NOT NULL,
  effectivity_date timestamp(0) without time zone NOT NULL,
  CONSTRAINT bom_components_pk PRIMARY KEY (component_sequence_id)
);

CREATE TABLE IF NOT EXISTS public.fnd_currencies (
  currency_code character varying(15) NOT NULL,
  name character varying(80) NOT NULL,
  currency_precision smallint NOT NULL,
  enabled_flag character(1) NOT NULL,
  CONSTRAINT fnd_currencies_pk PRIMARY KEY (currency_code)
);

CREATE TABLE IF NOT EXISTS public.fnd_lobs (
  file_id bigint GENERATED BY DEFAULT AS IDENTITY (START WITH 1 INCREMENT BY 1) NOT NULL,
  file_name character varying(256) NOT NULL,
  file_content_type character varying(256) NOT NULL,
  upload_date timestamp(6) without time zone NOT NULL,
  file_data bytea,
  file_text text,
  CONSTRAINT fnd_lobs_pk PRIMARY KEY (file_id)
);

CREATE TABLE IF NOT EXISTS public.fnd_lookup_values (
  lookup_value_id bigint GENERATED BY DEFAULT AS IDENTITY (START WITH 1 INCREMENT BY 1) NOT NULL,
  lookup_type character varying(30) NOT NULL,
  lookup_code character varying(30) NOT NULL,
  meaning character varying(80) NOT NULL,
  "order" integer NOT NULL,
  enabled_flag character(1) NOT NULL,
  CONSTRAINT fnd_lookup_values_pk PRIMARY KEY (lookup_value_id)
);

CREATE TABLE IF NOT EXISTS public.fnd_units_of_measure (
  uom_code character varying(3) NOT NULL,
  unit_of_measure character varying(25) NOT NULL,
  description character varying(240),
  CONSTRAINT fnd_units_of_measure_pk PRIMARY KEY (uom_code)
);

CREATE TABLE IF NOT EXISTS public.fnd_user (
  user_id bigint NOT NULL,
  user_name character varying(100) NOT NULL,
  description character varying(240),
  email_address character varying(240),
  start_date date NOT NULL,
  last_logon_date timestamp(6) without time zone,
  CONSTRAINT fnd_user_pk PRIMARY KEY (user_id)
);

CREATE TABLE IF NOT EXISTS public.gl_balances (
  code_combination_id bigint NOT NULL,
  period_name character varying(15) NOT NULL,
  ledger_id bigint NOT NULL,
  currency_code character varying(15) NOT NULL,
  period_net_dr numeric(15,2) NOT NULL,
  period_net_cr numeric(15,2) NOT NULL,
  begin_balance_dr numeric(15,2) NOT NULL,
  begin_balance_cr numeric(15,2) NOT NULL,
  CONSTRAINT gl_balances_pk PRIMARY KEY (code_combination_id, period_name)
);

CREATE TABLE IF NOT EXISTS public.gl_code_combinations (
  code_combination_id bigint NOT NULL,
  chart_of_accounts_id bigint NOT NULL,
  account_type character(1) NOT NULL,
  segment1 character varying(25) NOT NULL,
  segment2 character varying(25) NOT NULL,
  segment3 character varying(25) NOT NULL,
  concatenated_segments character varying(155) NOT NULL,
  enabled_flag character(1) NOT NULL,
  start_date_active date,
  CONSTRAINT gl_code_combinations_pk PRIMARY KEY (code_combination_id)
);

CREATE TABLE IF NOT EXISTS public.gl_daily_rates (
  from_currency character varying(15) NOT NULL,
  to_currency character varying(15) NOT NULL,
  conversion_date date NOT NULL,
  conversion_type character varying(30) NOT NULL,
  conversion_rate numeric(38,10) NOT NULL,
  status_code character(1) NOT NULL,
  CONSTRAINT gl_daily_rates_pk PRIMARY KEY (from_currency, to_currency, conversion_date)
);

-- public.gl_interface: no primary key (DMS validation and CDC need one)
CREATE TABLE IF NOT EXISTS public.gl_interface (
  status character varying(50) NOT NULL,
  ledger_id bigint NOT NULL,
  accounting_date date NOT NULL,
  currency_code character varying(15) NOT NULL,
  entered_dr numeric(15,2),
  entered_cr numeric(15,2),
  reference1 character varying(100),
  segment_string character varying(155) NOT NULL,
  date_created timestamp(6) without time zone NOT NULL
);

CREATE TABLE IF NOT EXISTS public.gl_je_headers (
  je_header_id bigint NOT NULL,
  ledger_id bigint NOT NULL,
  je_category character varying(25) NOT NULL,
  period_name character varying(15) NOT NULL,
  currency_code character varying(15) NOT NULL,
  name character varying(100) NOT NULL,
  description character varying(240),
  status character(1) NOT NULL,
  posted_date timestamp(6) without time zone,
  creation_date timestamp(6) with time zone NOT NULL,
  CONSTRAINT gl_je_headers_pk PRIMARY KEY (je_header_id)
);

CREATE TABLE IF NOT EXISTS public.gl_je_lines (
  je_header_id bigint NOT NULL,
  je_line_num bigint NOT NULL,
  code_combination_id bigint NOT NULL,
  entered_dr numeric(15,2),
  entered_cr numeric(15,2),
  accounted_dr numeric(15,2),
  accounted_cr numeric(15,2),
  description character varying(240),
  effective_date date NOT NULL,
  CONSTRAINT gl_je_lines_pk PRIMARY KEY (je_header_id, je_line_num)
);

CREATE TABLE IF NOT EXISTS public.gl_ledgers (
  ledger_id bigint NOT NULL,
  name character varying(30) NOT NULL,
  short_name character varying(20) NOT NULL,
  currency_code character varying(15) NOT NULL,
  chart_of_accounts_id bigint NOT NULL,
  period_set_name character varying(15) NOT NULL,
  description character varying(240),
  CONSTRAINT gl_ledgers_pk PRIMARY KEY (ledger_id)
);

CREATE TABLE IF NOT EXISTS public.gl_periods (
  period_set_name character varying(15) NOT NULL,
  period_name character varying(15) NOT NULL,
  start_date date NOT NULL,
  end_date date NOT NULL,
  period_year smallint NOT NULL,
  period_num smallint NOT NULL,
  adjustment_period_flag character(1) NOT NULL,
  CONSTRAINT gl_periods_pk PRIMARY KEY (period_set_name, period_name)
);

CREATE TABLE IF NOT EXISTS public.inv_organizations (
  organization_id bigint NOT NULL,
  organization_code character(3) NOT NULL,
  name character varying(240) NOT NULL,
  location_code character varying(60) NOT NULL,
  calendar_code character varying(10) NOT NULL,
  CONSTRAINT inv_organizations_pk PRIMARY KEY (organization_id)
);

CREATE TABLE IF NOT EXISTS public.mtl_categories (
  category_id bigint NOT NULL,
  structure_id integer NOT NULL,
  segment1 character varying(40) NOT NULL,
  segment2 character varying(40) NOT NULL,
  description character varying(240),
  CONSTRAINT mtl_categories_pk PRIMARY KEY (category_id)
);

CREATE TABLE IF NOT EXISTS public.mtl_item_categories (
  inventory_item_id bigint NOT NULL,
  category_id bigint NOT NULL,
  category_set_id integer NOT NULL,
  last_update_date timestamp(6) without time zone NOT NULL,
  CONSTRAINT mtl_item_categories_pk PRIMARY KEY (inventory_item_id, category_id)
);

CREATE TABLE IF NOT EXISTS public.mtl_material_transactions (
  transaction_id bigint NOT NULL,
  inventory_item_id bigint NOT NULL,
  organization_id bigint NOT NULL,
  transaction_type_id smallint NOT NULL,
  transaction_quantity numeric(15,5) NOT NULL,
  transaction_uom character varying(3) NOT NULL,
  transaction_date timestamp(6) without time zone NOT NULL,
  creation_date timestamp(6) with time zone NOT NULL,
  transaction_reference character varying(240),
  CONSTRAINT mtl_material_transactions_pk PRIMARY KEY (transaction_id)
);

CREATE TABLE IF NOT EXISTS public.mtl_onhand_quantities (
  inventory_item_id bigint NOT NULL,
  organization_id bigint NOT NULL,
  subinventory_code character varying(10) NOT NULL,
  transaction_quantity numeric(15,5) NOT NULL,
  date_received date NOT NULL,
  CONSTRAINT mtl_onhand_quantities_pk PRIMARY KEY (inventory_item_id, organization_id)
);

CREATE TABLE IF NOT EXISTS public.mtl_system_items (
  inventory_item_id bigint NOT NULL,
  segment1 character varying(40) NOT NULL,
  description character varying(240) NOT NULL,
  primary_uom_code character varying(3) NOT NULL,
  item_type character varying(30) NOT NULL,
  list_price_per_unit numeric(15,5) NOT NULL,
  unit_weight numeric(38,10),
  shelf_life_days integer,
  enabled_flag character(1) NOT NULL,
  creation_date timestamp(6) without time zone NOT NULL,
  long_description text,
  CONSTRAINT mtl_system_items_pk PRIMARY KEY (inventory_item_id)
);

CREATE TABLE IF NOT EXISTS public.oe_order_headers (
  header_id bigint NOT NULL,
  order_number bigint NOT NULL,
  sold_to_customer_id bigint NOT NULL,
  ship_to_site_use_id bigint NOT NULL,
  ordered_date timestamp(6) with time zone NOT NULL,
  transactional_curr_code character varying(15) NOT NULL,
  flow_status_code character varying(30) NOT NULL,
  salesrep_id bigint,
  CONSTRAINT oe_order_headers_pk PRIMARY KEY (header_id)
);

CREATE TABLE IF NOT EXISTS public.oe_order_lines (
  line_id bigint NOT NULL,
  header_id bigint NOT NULL,
  line_number integer NOT NULL,
  inventory_item_id bigint NOT NULL,
  ordered_quantity numeric(15,5) NOT NULL,
  order_quantity_uom character varying(3) NOT NULL,
  unit_selling_price numeric(15,5) NOT NULL,
  ship_from_org_id bigint NOT NULL,
  schedule_ship_date timestamp(6) without time zone,
  CONSTRAINT oe_order_lines_pk PRIMARY KEY (line_id)
);

CREATE TABLE IF NOT EXISTS public.pa_expenditure_items (
  expenditure_item_id bigint NOT NULL,
  task_id bigint NOT NULL,
  expenditure_type character varying(30) NOT NULL,
  expenditure_item_date date NOT NULL,
  incurred_by_person_id bigint,
  quantity numeric(15,5) NOT NULL,
  raw_cost numeric(15,2) NOT NULL,
  burdened_cost numeric(15,2) NOT NULL,
  denom_currency_code character varying(15) NOT NULL,
  CONSTRAINT pa_expenditure_items_pk PRIMARY KEY (expenditure_item_id)
);

CREATE TABLE IF NOT EXISTS public.pa_projects (
  project_id bigint NOT NULL,
  segment1 character varying(25) NOT NULL,
  name character varying(240) NOT NULL,
  project_type character varying(20) NOT NULL,
  carrying_out_organization_id bigint NOT NULL,
  start_date date NOT NULL,
  completion_date date,
  project_status_code character varying(30) NOT NULL,
  CONSTRAINT pa_projects_pk PRIMARY KEY (project_id)
);

CREATE TABLE IF NOT EXISTS public.pa_tasks (
  task_id bigint NOT NULL,
  project_id bigint NOT NULL,
  task_number integer NOT NULL,
  task_name character varying(240) NOT NULL,
  task_manager_person_id bigint,
  start_date date NOT NULL,
  CONSTRAINT pa_tasks_pk PRIMARY KEY (task_id)
);

CREATE TABLE IF NOT EXISTS public.pay_payroll_runs (
  payroll_run_id bigint GENERATED BY DEFAULT AS IDENTITY (START WITH 1 INCREMENT BY 1) NOT NULL,
  payroll_name character varying(80) NOT NULL,
  run_date date NOT NULL,
  status character varying(15) NOT NULL,
  started_at timestamp(6) with time zone NOT NULL,
  completed_at timestamp(6) with time zone,
  CONSTRAINT pay_payroll_runs_pk PRIMARY KEY (payroll_run_id)
);

CREATE TABLE IF NOT EXISTS public.pay_payslips (
  payslip_id bigint NOT NULL,
  payroll_run_id bigint NOT NULL,
  assignment_id bigint NOT NULL,
  gross_pay numeric(15,2) NOT NULL,
  tax_amount numeric(15,2) NOT NULL,
  net_pay numeric(15,2) NOT NULL,
  currency_code character varying(15) NOT NULL,
  CONSTRAINT pay_payslips_pk PRIMARY KEY (payslip_id)
);

CREATE TABLE IF NOT EXISTS public.per_assignments (
  assignment_id bigint NOT NULL,
  person_id bigint NOT NULL,
  department_id bigint NOT NULL,
  supervisor_id bigint,
  job_code character(10) NOT NULL,
  effective_start_date date NOT NULL,
  effective_end_date date,
  salary numeric(15,2) NOT NULL,
  primary_flag boolean NOT NULL,
  CONSTRAINT per_assignments_pk PRIMARY KEY (assignment_id)
);

CREATE TABLE IF NOT EXISTS public.per_departments (
  department_id bigint NOT NULL,
  name character varying(240) NOT NULL,
  parent_department_id bigint,
  manager_person_id bigint,
  cost_center character varying(10) NOT NULL,
  date_from date NOT NULL,
  CONSTRAINT per_departments_pk PRIMARY KEY (department_id)
);

CREATE TABLE IF NOT EXISTS public.per_people (
  person_id bigint NOT NULL,
  employee_number character varying(30) NOT NULL,
  full_name character varying(240) NOT NULL,
  email_address character varying(240),
  date_of_birth date NOT NULL,
  sex character(1),
  department_id bigint NOT NULL,
  national_identifier character varying(30),
  created_at timestamp(6) with time zone NOT NULL,
  CONSTRAINT per_people_pk PRIMARY KEY (person_id)
);

CREATE TABLE IF NOT EXISTS public.po_headers (
  po_header_id bigint NOT NULL,
  segment1 character varying(20) NOT NULL,
  vendor_id bigint NOT NULL,
  vendor_site_id bigint NOT NULL,
  agent_id bigint NOT NULL,
  currency_code character varying(15) NOT NULL,
  type_lookup_code character varying(25) NOT NULL,
  approved_flag character(1) NOT NULL,
  creation_date timestamp(6) with time zone NOT NULL,
  CONSTRAINT po_headers_pk PRIMARY KEY (po_header_id)
);

CREATE TABLE IF NOT EXISTS public.po_lines (
  po_line_id bigint NOT NULL,
  po_header_id bigint NOT NULL,
  line_num integer NOT NULL,
  item_id bigint,
  unit_price numeric(15,5) NOT NULL,
  quantity numeric(15,5) NOT NULL,
  uom_code character varying(3) NOT NULL,
  CONSTRAINT po_lines_pk PRIMARY KEY (po_line_id)
);

CREATE TABLE IF NOT EXISTS public.po_receipts (
  receipt_id bigint NOT NULL,
  po_line_id bigint NOT NULL,
  quantity_received numeric(15,5) NOT NULL,
  received_date timestamp(6) without time zone NOT NULL,
  received_by bigint NOT NULL,
  organization_id bigint NOT NULL,
  CONSTRAINT po_receipts_pk PRIMARY KEY (receipt_id)
);

CREATE TABLE IF NOT EXISTS public.po_requisition_headers (
  requisition_header_id bigint NOT NULL,
  segment1 character varying(20) NOT NULL,
  preparer_id bigint NOT NULL,
  authorization_status character varying(25) NOT NULL,
  description character varying(240),
  creation_date timestamp(6) without time zone NOT NULL,
  CONSTRAINT po_requisition_headers_pk PRIMARY KEY (requisition_header_id)
);

CREATE TABLE IF NOT EXISTS public.wip_discrete_jobs (
  wip_entity_id bigint NOT NULL,
  job_name character varying(240) NOT NULL,
  primary_item_id bigint NOT NULL,
  organization_id bigint NOT NULL,
  common_bom_sequence_id bigint,
  status_type smallint NOT NULL,
  start_quantity numeric(15,5) NOT NULL,
  scheduled_start_date timestamp(6) without time zone NOT NULL,
  scheduled_completion_date timestamp(6) without time zone,
  CONSTRAINT wip_discrete_jobs_pk PRIMARY KEY (wip_entity_id)
);

CREATE TABLE IF NOT EXISTS public.wip_operations (
  wip_entity_id bigint NOT NULL,
  operation_seq_num integer NOT NULL,
  department_id bigint NOT NULL,
  description character varying(240),
  usage_rate numeric(38,10) NOT NULL,
  quantity_completed numeric(15,5) NOT NULL,
  CONSTRAINT wip_operations_pk PRIMARY KEY (wip_entity_id, operation_seq_num)
);
