-- erp-migrate post-load DDL for postgres: unique constraints, indexes, foreign keys, identity resets, sequence resets.
-- Run after the full load (and before CDC cutover). Idempotent: every statement may run again.

-- unique constraints

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'hr.employees'::regclass AND conname = 'emp_email_uk') THEN
    ALTER TABLE hr.employees ADD CONSTRAINT emp_email_uk UNIQUE (email);
  END IF;
END $erpm$;

-- secondary indexes

CREATE INDEX IF NOT EXISTS dept_location_ix ON hr.departments (location_id);

CREATE INDEX IF NOT EXISTS emp_department_ix ON hr.employees (department_id);

CREATE INDEX IF NOT EXISTS emp_job_ix ON hr.employees (job_id);

CREATE INDEX IF NOT EXISTS emp_manager_ix ON hr.employees (manager_id);

CREATE INDEX IF NOT EXISTS emp_name_ix ON hr.employees (last_name, first_name);

CREATE INDEX IF NOT EXISTS jhist_department_ix ON hr.job_history (department_id);

CREATE INDEX IF NOT EXISTS jhist_employee_ix ON hr.job_history (employee_id);

CREATE INDEX IF NOT EXISTS jhist_job_ix ON hr.job_history (job_id);

CREATE INDEX IF NOT EXISTS loc_city_ix ON hr.locations (city);

CREATE INDEX IF NOT EXISTS loc_country_ix ON hr.locations (country_id);

CREATE INDEX IF NOT EXISTS loc_state_province_ix ON hr.locations (state_province);

-- foreign keys

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'hr.countries'::regclass AND conname = 'countr_reg_fk') THEN
    ALTER TABLE hr.countries ADD CONSTRAINT countr_reg_fk FOREIGN KEY (region_id) REFERENCES hr.regions (region_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'hr.departments'::regclass AND conname = 'dept_loc_fk') THEN
    ALTER TABLE hr.departments ADD CONSTRAINT dept_loc_fk FOREIGN KEY (location_id) REFERENCES hr.locations (location_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'hr.employees'::regclass AND conname = 'emp_dept_fk') THEN
    ALTER TABLE hr.employees ADD CONSTRAINT emp_dept_fk FOREIGN KEY (department_id) REFERENCES hr.departments (department_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'hr.employees'::regclass AND conname = 'emp_job_fk') THEN
    ALTER TABLE hr.employees ADD CONSTRAINT emp_job_fk FOREIGN KEY (job_id) REFERENCES hr.jobs (job_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'hr.employees'::regclass AND conname = 'emp_manager_fk') THEN
    ALTER TABLE hr.employees ADD CONSTRAINT emp_manager_fk FOREIGN KEY (manager_id) REFERENCES hr.employees (employee_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'hr.job_history'::regclass AND conname = 'jhist_dept_fk') THEN
    ALTER TABLE hr.job_history ADD CONSTRAINT jhist_dept_fk FOREIGN KEY (department_id) REFERENCES hr.departments (department_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'hr.job_history'::regclass AND conname = 'jhist_emp_fk') THEN
    ALTER TABLE hr.job_history ADD CONSTRAINT jhist_emp_fk FOREIGN KEY (employee_id) REFERENCES hr.employees (employee_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'hr.job_history'::regclass AND conname = 'jhist_job_fk') THEN
    ALTER TABLE hr.job_history ADD CONSTRAINT jhist_job_fk FOREIGN KEY (job_id) REFERENCES hr.jobs (job_id);
  END IF;
END $erpm$;

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'hr.locations'::regclass AND conname = 'loc_c_id_fk') THEN
    ALTER TABLE hr.locations ADD CONSTRAINT loc_c_id_fk FOREIGN KEY (country_id) REFERENCES hr.countries (country_id);
  END IF;
END $erpm$;

-- foreign keys that close a dependency cycle (added last)

DO $erpm$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'hr.departments'::regclass AND conname = 'dept_mgr_fk') THEN
    ALTER TABLE hr.departments ADD CONSTRAINT dept_mgr_fk FOREIGN KEY (manager_id) REFERENCES hr.employees (employee_id);
  END IF;
END $erpm$;

-- sequence resets: past the source's last value as the inventory recorded it (Oracle LAST_NUMBER is the cached high-water mark, a safe floor); at cutover rerun with the source's current value

-- HR.DEPARTMENTS_SEQ: last value unknown (DDL export): set from START WITH; set it from the source at cutover
SELECT setval('hr.departments_seq', GREATEST(280, (SELECT last_value FROM hr.departments_seq)), true);

-- HR.EMPLOYEES_SEQ: last value unknown (DDL export): set from START WITH; set it from the source at cutover
SELECT setval('hr.employees_seq', GREATEST(207, (SELECT last_value FROM hr.employees_seq)), true);

-- HR.LOCATIONS_SEQ: last value unknown (DDL export): set from START WITH; set it from the source at cutover
SELECT setval('hr.locations_seq', GREATEST(3300, (SELECT last_value FROM hr.locations_seq)), true);
