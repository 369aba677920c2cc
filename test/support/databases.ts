/**
 * Live database availability for integration suites. Locally an unreachable server skips the suite
 * with a printed reason; with CI=true (or ERP_MIGRATE_REQUIRE_LIVE=1) it is a failure, never a silent skip.
 */
import net from 'node:net';

export const LIVE_POSTGRES = {
  host: process.env.ERP_MIGRATE_TEST_PG_HOST ?? '127.0.0.1',
  port: Number(process.env.ERP_MIGRATE_TEST_PG_PORT ?? 5432),
  user: process.env.ERP_MIGRATE_TEST_PG_USER ?? 'postgres',
  password: process.env.ERP_MIGRATE_TEST_PG_PASSWORD ?? '',
};

export const LIVE_MYSQL = {
  host: process.env.ERP_MIGRATE_TEST_MYSQL_HOST ?? '127.0.0.1',
  port: Number(process.env.ERP_MIGRATE_TEST_MYSQL_PORT ?? 3306),
  user: process.env.ERP_MIGRATE_TEST_MYSQL_USER ?? 'root',
  password: process.env.ERP_MIGRATE_TEST_MYSQL_PASSWORD ?? '',
};

export function liveRequired(): boolean {
  return process.env.CI === 'true' || process.env.ERP_MIGRATE_REQUIRE_LIVE === '1';
}

function canReach(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(2000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** True when the server answers; throws when it does not and live suites are required. */
export async function liveAvailable(kind: 'postgres' | 'mysql'): Promise<boolean> {
  const target = kind === 'postgres' ? LIVE_POSTGRES : LIVE_MYSQL;
  const ok = await canReach(target.host, target.port);
  if (!ok && liveRequired()) {
    throw new Error(`live ${kind} at ${target.host}:${target.port} is required (CI=true) but cannot be reached`);
  }
  if (!ok) console.warn(`[skip] live ${kind} suite: nothing answers at ${target.host}:${target.port}`);
  return ok;
}

export const postgresUrl = (database: string): string =>
  `postgres://${LIVE_POSTGRES.user}${LIVE_POSTGRES.password ? `:${LIVE_POSTGRES.password}` : ''}@${LIVE_POSTGRES.host}:${LIVE_POSTGRES.port}/${database}`;

export const mysqlUrl = (database: string): string =>
  `mysql://${LIVE_MYSQL.user}${LIVE_MYSQL.password ? `:${LIVE_MYSQL.password}` : ''}@${LIVE_MYSQL.host}:${LIVE_MYSQL.port}/${database}`;
