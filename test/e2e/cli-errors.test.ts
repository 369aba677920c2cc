/**
 * Bad input as a user meets it: one line `error[CODE]: …` + `hint: …`, the documented exit code,
 * no stack trace, no password, no partial output folder.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import mysql from 'mysql2/promise';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LIVE_MYSQL, liveAvailable } from '../support/databases.js';
import { runCli } from '../support/cli.js';

const work = mkdtempSync(join(tmpdir(), 'erpm-e2e-errors-'));

function expectOneLineError(stderr: string, code: RegExp): void {
  // Progress lines (`… step`, `✓ done`) precede the error on a non-terminal stderr; the error itself is one line + hint.
  const lines = stderr.split('\n').filter((line) => line.trim() !== '' && !/^(… |✓ )/.test(line));
  expect(lines[0]).toMatch(new RegExp(`^error\\[${code.source}\\]: `));
  expect(lines.filter((line) => line.startsWith('error['))).toHaveLength(1);
  expect(lines.some((line) => /^hint: /.test(line))).toBe(true);
  expect(stderr).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
}

describe('CLI usage', () => {
  it('prints help with every command and exits 0', () => {
    const result = runCli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/assess/);
    expect(result.stdout).toMatch(/plan/);
    expect(result.stdout).toMatch(/demo/);
  });

  it('exits 2 on an unknown option', () => {
    expect(runCli(['assess', '--bogus']).code).toBe(2);
  });

  it('exits 2 with a one-line error for an unknown URL scheme', () => {
    const out = join(work, 'scheme');
    const result = runCli(['assess', '--source', 'db2://u:hunter2@h/x', '--out', out]);
    expect(result.code).toBe(2);
    expectOneLineError(result.stderr, /E_CONN_URL/);
    expect(result.stderr).not.toContain('hunter2');
    expect(existsSync(out)).toBe(false);
  });

  it('exits 2 for a malformed project file, naming file and line', () => {
    const dir = mkdtempSync(join(work, 'proj-'));
    writeFileSync(join(dir, 'erp-migrate.yaml'), 'connections:\n  src: [oops\n');
    const result = runCli(['assess', '--source', 'src', '--out', join(dir, 'out')], { cwd: dir });
    expect(result.code).toBe(2);
    expectOneLineError(result.stderr, /E_CONFIG_YAML/);
    expect(result.stderr).toMatch(/erp-migrate\.yaml:\d+/);
  });

  it('exits 2 for a missing DDL file', () => {
    const result = runCli(['assess', '--ddl', join(work, 'nope.sql'), '--dialect', 'oracle', '--out', join(work, 'o')]);
    expect(result.code).toBe(2);
    expectOneLineError(result.stderr, /E_DDL_[A-Z_]+/);
  });

  it('exits 2 for a DDL file without any table, and still assesses a file with one broken statement', () => {
    const empty = join(work, 'empty.sql');
    writeFileSync(empty, '-- only a comment\nGRANT SELECT ON x TO y;\n');
    const none = runCli(['assess', '--ddl', empty, '--dialect', 'oracle', '--out', join(work, 'none')]);
    expect(none.code).toBe(2);
    expectOneLineError(none.stderr, /E_DDL_NO_TABLES/);
    const broken = join(work, 'broken.sql');
    writeFileSync(broken, 'CREATE TABLE GL_PERIODS (PERIOD_NAME VARCHAR2(15) NOT NULL, CONSTRAINT GL_PERIODS_PK PRIMARY KEY (PERIOD_NAME));\nCREATE TABLE AP_BROKEN (ID NUMBER(10) NOT NULL,, ((;\n');
    const out = join(work, 'broken-out');
    const partial = runCli(['assess', '--ddl', broken, '--dialect', 'oracle', '--out', out]);
    expect(partial.code).toBe(0);
    const inventory = JSON.parse(readFileSync(join(out, 'inventory.json'), 'utf8')) as { findings: Array<{ rule: string; object: string }> };
    expect(inventory.findings.some((f) => f.rule === 'ddl-unreadable-statement' && f.object === `${broken}:2`)).toBe(true);
  });

  it('exits 3 for an unreachable host, without the password', () => {
    const result = runCli(['assess', '--source', 'postgres://erp:sup3rs3cret@127.0.0.1:1/erp', '--out', join(work, 'unreach')]);
    expect(result.code).toBe(3);
    expectOneLineError(result.stderr, /E_CONN_[A-Z_]+/);
    expect(result.stderr).not.toContain('sup3rs3cret');
    expect(existsSync(join(work, 'unreach'))).toBe(false);
  });
});

describe('CLI against live servers', () => {
  let mysqlUp = false;
  let postgresUp = false;
  beforeAll(async () => {
    mysqlUp = await liveAvailable('mysql');
    postgresUp = await liveAvailable('postgres');
  });

  it('exits 3 for a wrong password on MariaDB and never prints it', (context) => {
    if (!mysqlUp) context.skip();
    const result = runCli(['assess', '--source', 'mysql://root:WrongPassw0rd@127.0.0.1:3306/mysql', '--out', join(work, 'auth')]);
    expect(result.code).toBe(3);
    expectOneLineError(result.stderr, /E_CONN_AUTH/);
    expect(result.stderr).not.toContain('WrongPassw0rd');
  });

  it('exits 3 for a login without privilege on the database (MariaDB), without the password', async (context) => {
    if (!mysqlUp) context.skip();
    const admin = await mysql.createConnection({ ...LIVE_MYSQL });
    await admin.query(`DROP USER IF EXISTS 'erpm_e2e_noprv'@'%'`);
    await admin.query(`CREATE USER 'erpm_e2e_noprv'@'%' IDENTIFIED BY 'NoPriv-s3cret'`);
    await admin.query('CREATE DATABASE IF NOT EXISTS erpm_e2e_private');
    try {
      const result = runCli(['assess', '--source', `mysql://erpm_e2e_noprv:NoPriv-s3cret@${LIVE_MYSQL.host}:${LIVE_MYSQL.port}/erpm_e2e_private`, '--out', join(work, 'noprv')]);
      expect(result.code).toBe(3);
      expectOneLineError(result.stderr, /E_CONN_PRIVILEGE/);
      expect(result.stderr).not.toContain('NoPriv-s3cret');
    } finally {
      await admin.query(`DROP USER IF EXISTS 'erpm_e2e_noprv'@'%'`);
      await admin.query('DROP DATABASE IF EXISTS erpm_e2e_private');
      await admin.end();
    }
  });

  it('exits 2 for an unknown schema on PostgreSQL', (context) => {
    if (!postgresUp) context.skip();
    const result = runCli(['assess', '--source', 'postgres://postgres@127.0.0.1:5432/postgres', '--schema', 'no_such_schema_xyz', '--out', join(work, 'schema')]);
    expect(result.code).toBe(2);
    expectOneLineError(result.stderr, /E_UNKNOWN_SCHEMA/);
  });

  it('exits 2 for an unknown database on PostgreSQL', (context) => {
    if (!postgresUp) context.skip();
    const result = runCli(['assess', '--source', 'postgres://postgres@127.0.0.1:5432/erpm_no_such_db', '--out', join(work, 'db')]);
    expect(result.code).toBe(2);
    expectOneLineError(result.stderr, /E_UNKNOWN_DATABASE/);
  });
});
