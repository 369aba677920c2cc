-- erp-migrate pre-load DDL for postgres: schemas, sequences, tables, primary keys.
-- Run before the full load; secondary indexes, unique constraints and foreign keys are in post-load.sql.
-- Idempotent: every statement may run again.

CREATE SCHEMA IF NOT EXISTS hr;

-- sequences (DMS does not migrate them; post-load.sql moves each past the source's last value)
CREATE SEQUENCE IF NOT EXISTS hr.departments_seq AS bigint START WITH 280 INCREMENT BY 10 MINVALUE 1 MAXVALUE 9990 NO CYCLE;
-- HR.EMPLOYEES_SEQ: clamped to bigint: MAXVALUE 9999999999999999999999999999 → 9223372036854775807
CREATE SEQUENCE IF NOT EXISTS hr.employees_seq AS bigint START WITH 207 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 NO CYCLE;
CREATE SEQUENCE IF NOT EXISTS hr.locations_seq AS bigint START WITH 3300 INCREMENT BY 100 MINVALUE 1 MAXVALUE 9900 NO CYCLE;

CREATE TABLE IF NOT EXISTS hr.countries (
  country_id char(2) NOT NULL,
  country_name varchar(60),
  region_id numeric,
  CONSTRAINT country_c_id_pk PRIMARY KEY (country_id)
);

CREATE TABLE IF NOT EXISTS hr.departments (
  department_id smallint NOT NULL,
  department_name varchar(30) NOT NULL,
  manager_id integer,
  location_id smallint,
  CONSTRAINT dept_id_pk PRIMARY KEY (department_id)
);

CREATE TABLE IF NOT EXISTS hr.employees (
  employee_id integer NOT NULL,
  first_name varchar(20),
  last_name varchar(25) NOT NULL,
  email varchar(25) NOT NULL,
  phone_number varchar(20),
  hire_date timestamp(0) NOT NULL,
  job_id varchar(10) NOT NULL,
  salary numeric(8,2),
  commission_pct numeric(2,2),
  manager_id integer,
  department_id smallint,
  CONSTRAINT emp_emp_id_pk PRIMARY KEY (employee_id)
);

CREATE TABLE IF NOT EXISTS hr.job_history (
  employee_id integer NOT NULL,
  start_date timestamp(0) NOT NULL,
  end_date timestamp(0) NOT NULL,
  job_id varchar(10) NOT NULL,
  department_id smallint,
  CONSTRAINT jhist_emp_id_st_date_pk PRIMARY KEY (employee_id, start_date)
);

CREATE TABLE IF NOT EXISTS hr.jobs (
  job_id varchar(10) NOT NULL,
  job_title varchar(35) NOT NULL,
  min_salary integer,
  max_salary integer,
  CONSTRAINT job_id_pk PRIMARY KEY (job_id)
);

CREATE TABLE IF NOT EXISTS hr.locations (
  location_id smallint NOT NULL,
  street_address varchar(40),
  postal_code varchar(12),
  city varchar(30) NOT NULL,
  state_province varchar(25),
  country_id char(2),
  CONSTRAINT loc_id_pk PRIMARY KEY (location_id)
);

CREATE TABLE IF NOT EXISTS hr.regions (
  region_id numeric NOT NULL,
  region_name varchar(25),
  CONSTRAINT reg_id_pk PRIMARY KEY (region_id)
);
