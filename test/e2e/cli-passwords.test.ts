/**
 * Passwords with characters that URLs reserve (`@ / : ? # %`), typed unencoded as users do: the CLI
 * either reads them (an `@` before the host) or refuses with E_CONN_URL, and never prints any part.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { liveAvailable } from '../support/databases.js';
import { runCli } from '../support/cli.js';

const work = mkdtempSync(join(tmpdir(), 'erpm-e2e-passwords-'));

/** Every piece of the password of three characters or more, split at the reserved characters. */
function fragments(password: string): string[] {
  return [password, ...password.split(/[@/:?#%]/).filter((part) => part.length >= 3)];
}

function expectNoFragment(output: string, password: string): void {
  for (const fragment of fragments(password)) expect(output).not.toContain(fragment);
}

describe('malformed passwords in --source', () => {
  const refused: Array<[string, string]> = [
    ['postgres://u:Zq7@Kx9:w/Rv2@host:5432/db', 'Zq7@Kx9:w/Rv2'],
    ['postgresql://erp:Mn4/Bv8@127.0.0.1:1/erp', 'Mn4/Bv8'],
    ['oracle://apps:Jw4/Tn8@ebs:1521/EBS', 'Jw4/Tn8'],
    ['mssql://sa:Qb5?Xc6@ax:1433/AX', 'Qb5?Xc6'],
    ['sqlserver://sa:Gh3#Lk5@ax:1433/AX', 'Gh3#Lk5'],
    ['mysql://root:Wm2%zzLp4@127.0.0.1:3306/db', 'Wm2%zzLp4'],
    ['mariadb://root:Ty6@Ui8/Op0@127.0.0.1/db', 'Ty6@Ui8/Op0'],
  ];

  it.each(refused)('refuses %s with E_CONN_URL (exit 2) and a percent-encoding hint, echoing nothing of the password', (url, password) => {
    const out = join(work, `refused-${refused.findIndex(([u]) => u === url)}`);
    const result = runCli(['assess', '--source', url, '--out', out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error\[E_CONN_URL\]: --source: /m);
    expect(result.stderr).toMatch(/^hint: .*@ → %40.*\/ → %2F.*: → %3A/m);
    expectNoFragment(result.stdout + result.stderr, password);
    expect(existsSync(out)).toBe(false);
  });

  it('reads an unencoded "@" and ":" in the password (last "@" before the host) and never prints it', () => {
    const password = 'Pq1@Rs2:Tu3';
    const result = runCli(['assess', '--source', `postgres://erp:${password}@127.0.0.1:1/erp`, '--out', join(work, 'unreach')]);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/^error\[E_CONN_REFUSED\]: postgres:\/\/erp:\*\*\*@127\.0\.0\.1:1\/erp: /m);
    expectNoFragment(result.stdout + result.stderr, password);
  });
});

describe('malformed passwords against a live server', () => {
  let mysqlUp = false;
  beforeAll(async () => {
    mysqlUp = await liveAvailable('mysql');
  });

  it('MariaDB: a wrong password with "@" is denied (E_CONN_AUTH) without any fragment of it', (context) => {
    if (!mysqlUp) context.skip();
    const password = 'Wr0ng@Pa55:Xy';
    const result = runCli(['assess', '--source', `mysql://root:${password}@127.0.0.1:3306/mysql`, '--out', join(work, 'auth')]);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/^error\[E_CONN_AUTH\]: mysql:\/\/root:\*\*\*@127\.0\.0\.1:3306\/mysql: login denied for user "root"/m);
    expectNoFragment(result.stdout + result.stderr, password);
  });
});
