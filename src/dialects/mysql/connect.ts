/**
 * Opens a mysql2/promise connection (MySQL and MariaDB alike); driver failures become typed errors
 * through connect-errors.ts.
 */
import mysql from 'mysql2/promise';
import type { ConnectionSpec } from '../../model/connection.js';
import { CONNECT_TIMEOUT_MS, mapMysqlError } from './connect-errors.js';

/** The mysql2 options for a spec; `ssl=true` or `sslmode=require` in the URL turns TLS on. */
export function makeConnectionOptions(spec: ConnectionSpec): mysql.ConnectionOptions {
  const tls = spec.options.ssl === 'true' || ['require', 'required', 'verify-ca', 'verify-full'].includes(spec.options.sslmode ?? spec.options['ssl-mode']?.toLowerCase() ?? '');
  const verify = ['verify-ca', 'verify-full', 'verify_identity', 'verify_ca'].includes((spec.options.sslmode ?? spec.options['ssl-mode'] ?? '').toLowerCase());
  return {
    host: spec.host,
    port: spec.port,
    user: spec.user,
    password: spec.password,
    ...(spec.database === '' ? {} : { database: spec.database }),
    connectTimeout: CONNECT_TIMEOUT_MS,
    // Big integers and DECIMAL as strings, dates as text: the catalog must not round anything.
    supportBigNumbers: true,
    bigNumberStrings: true,
    decimalNumbers: false,
    dateStrings: true,
    charset: 'utf8mb4',
    ...(tls ? { ssl: { rejectUnauthorized: verify } } : {}),
  };
}

export async function openMysqlConnection(spec: ConnectionSpec): Promise<mysql.Connection> {
  try {
    const connection = await mysql.createConnection(makeConnectionOptions(spec));
    // A dropped idle connection emits 'error'; without a listener Node would crash.
    connection.on('error', () => undefined);
    return connection;
  } catch (error) {
    throw mapMysqlError(error, spec);
  }
}
