/**
 * Connection URLs: `oracle://user:pass@host:1521/SERVICE`, `mssql://user:pass@host:1433/DB`
 * (also `sqlserver://`), `postgres://…` (also `postgresql://`), `mysql://…` (also `mariadb://`).
 * Query-string parameters become dialect options. Passwords never appear in `redacted`.
 */
import { UsageError } from '../errors.js';
import type { DialectName } from '../model/catalog.js';
import type { ConnectionSpec } from '../model/connection.js';
import { dialectForScheme } from '../dialects/registry.js';

const DEFAULT_PORTS: Readonly<Record<DialectName, number>> = { oracle: 1521, mssql: 1433, postgres: 5432, mysql: 3306 };

/** The URL with its password (and any `password=` option) replaced by `***`. Never throws. */
export function redactUrl(url: string): string {
  return url
    .replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*):[^@/]*@/i, '$1:***@')
    .replace(/([?&](?:password|pwd|secret)=)[^&]*/gi, '$1***');
}

export function parseConnectionUrl(url: string, where = 'connection URL'): ConnectionSpec {
  const redacted = redactUrl(url);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError('E_CONN_URL', `${where}: "${redacted}" is not a URL`, {
      hint: 'write it as oracle://user:password@host:1521/SERVICE, mssql://…, postgres://… or mysql://…',
    });
  }
  const scheme = parsed.protocol.replace(/:$/, '');
  const dialect = dialectForScheme(scheme);
  if (dialect === undefined) {
    throw new UsageError('E_CONN_URL', `${where}: unknown scheme "${scheme}" in "${redacted}"`, {
      hint: 'use oracle://, mssql:// (or sqlserver://), postgres:// (or postgresql://), mysql:// (or mariadb://)',
    });
  }
  if (parsed.hostname === '') {
    throw new UsageError('E_CONN_URL', `${where}: no host in "${redacted}"`, { hint: 'add the host: scheme://user:password@HOST:port/database' });
  }
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (database === '' && (dialect === 'oracle' || dialect === 'mssql')) {
    throw new UsageError('E_CONN_URL', `${where}: no ${dialect === 'oracle' ? 'service name' : 'database'} in "${redacted}"`, {
      hint: dialect === 'oracle' ? 'append the service name: oracle://user:pass@host:1521/ORCLPDB1' : 'append the database: mssql://user:pass@host:1433/ERP',
    });
  }
  const port = parsed.port === '' ? DEFAULT_PORTS[dialect] : Number(parsed.port);
  const options: Record<string, string> = {};
  for (const [key, value] of [...parsed.searchParams.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    options[key] = value;
  }
  const spec: ConnectionSpec = {
    dialect,
    host: parsed.hostname.replace(/^\[|\]$/g, ''),
    port,
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    database: database === '' ? (dialect === 'postgres' ? 'postgres' : '') : database,
    options,
    redacted,
  };
  return scheme === 'mariadb' ? { ...spec, flavour: 'mariadb' } : spec;
}
