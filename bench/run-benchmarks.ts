/**
 * `npm run bench`: the speed and memory targets of the issues, measured on this machine.
 *   assess live, 2,000-table catalog, PostgreSQL and MariaDB   < 10 s
 *   assess --ddl, 500 tables / ≥ 2 MB, each dialect                < 3 s
 *   assess --ddl, 20,000 tables                                     < 60 s
 *   plan, 20,000-table inventory                                    < 10 s
 * Each case runs in its own child process so its peak RSS is its own. Prints a table; exits 1 when a target is missed.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

interface Case {
  readonly name: string;
  readonly limitSeconds: number;
  readonly limitRssMiB: number;
}

const CASES: readonly Case[] = [
  { name: 'assess-live-postgres-2000', limitSeconds: 10, limitRssMiB: 512 },
  { name: 'assess-live-mysql-2000', limitSeconds: 10, limitRssMiB: 512 },
  { name: 'assess-ddl-oracle-500', limitSeconds: 3, limitRssMiB: 512 },
  { name: 'assess-ddl-mssql-500', limitSeconds: 3, limitRssMiB: 512 },
  { name: 'assess-ddl-postgres-500', limitSeconds: 3, limitRssMiB: 512 },
  { name: 'assess-ddl-mysql-500', limitSeconds: 3, limitRssMiB: 512 },
  { name: 'assess-ddl-postgres-20000', limitSeconds: 60, limitRssMiB: 2048 },
  { name: 'assess-ddl-oracle-20000', limitSeconds: 60, limitRssMiB: 2048 },
  { name: 'assess-ddl-mssql-20000', limitSeconds: 60, limitRssMiB: 2048 },
  { name: 'assess-ddl-mysql-20000', limitSeconds: 60, limitRssMiB: 2048 },
  { name: 'plan-20000', limitSeconds: 10, limitRssMiB: 2048 },
];

interface CaseResult {
  readonly seconds: number;
  readonly rssMiB: number;
  readonly detail: string;
}

function runCase(name: string): CaseResult | { error: string } {
  const worker = fileURLToPath(new URL('./bench-case.js', import.meta.url));
  const child = spawnSync(process.execPath, [worker, name], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  const line = child.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(line) as CaseResult;
  } catch {
    return { error: (child.stderr || child.stdout).trim().split('\n').slice(-3).join(' | ') };
  }
}

const only = process.argv.slice(2);
let missed = 0;
process.stdout.write(`${'case'.padEnd(28)} ${'seconds'.padStart(8)} ${'limit'.padStart(6)} ${'peak RSS MiB'.padStart(13)} ${'limit'.padStart(6)}  result\n`);
for (const item of CASES) {
  if (only.length > 0 && !only.includes(item.name)) continue;
  const result = runCase(item.name);
  if ('error' in result) {
    missed += 1;
    process.stdout.write(`${item.name.padEnd(28)} ${'-'.padStart(8)} ${String(item.limitSeconds).padStart(6)} ${'-'.padStart(13)} ${String(item.limitRssMiB).padStart(6)}  ERROR ${result.error}\n`);
    continue;
  }
  const ok = result.seconds <= item.limitSeconds && result.rssMiB <= item.limitRssMiB;
  if (!ok) missed += 1;
  process.stdout.write(
    `${item.name.padEnd(28)} ${result.seconds.toFixed(2).padStart(8)} ${String(item.limitSeconds).padStart(6)} ${result.rssMiB.toFixed(0).padStart(13)} ${String(item.limitRssMiB).padStart(6)}  ${ok ? 'ok' : 'MISSED'}  ${result.detail}\n`,
  );
}
process.exitCode = missed === 0 ? 0 : 1;
