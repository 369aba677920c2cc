/**
 * Opens a `pg` Client; driver failures become typed errors through
 * connect-errors.ts.
 */
import pg from 'pg';
import type { ConnectionSpec } from '../../model/connection.js';
import { CONNECT_TIMEOUT_MS, mapPostgresError } from './connect-errors.js';

/** The `pg` config for a spec; `sslmode` from the URL options turns TLS on. */
export function makeClientConfig(spec: ConnectionSpec): pg.ClientConfig {
  const sslmode = spec.options.sslmode;
  const ssl = sslmode === undefined || sslmode === 'disable' ? false
    : { rejectUnauthorized: sslmode === 'verify-full' || sslmode === 'verify-ca' };
  return {
    host: spec.host,
    port: spec.port,
    user: spec.user,
    password: spec.password,
    database: spec.database === '' ? 'postgres' : spec.database,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    application_name: 'erp-migrate',
    ssl,
  };
}

export async function openPostgresClient(spec: ConnectionSpec): Promise<pg.Client> {
  const client = new pg.Client(makeClientConfig(spec));
  // An idle connection dropped by the server emits 'error'; without a listener Node would crash.
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    throw mapPostgresError(error, spec);
  }
  return client;
}
