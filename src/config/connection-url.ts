/**
 * Connection URLs: `oracle://user:pass@host:1521/SERVICE`, `mssql://user:pass@host:1433/DB`
 * (also `sqlserver://`), `postgres://…` (also `postgresql://`), `mysql://…` (also `mariadb://`).
 * Query-string parameters become dialect options. Passwords never appear in `redacted`.
 *
 * Parsed by hand rather than with WHATWG `URL`: a password with an unencoded `@` (`p@ss`) is common,
 * and libpq, JDBC and most URL-taking tools read the user:password part up to the LAST `@` before the
 * host. A `/`, `?` or `#` in the password cannot be told apart from the path, so such a URL is refused;
 * no error ever shows any part of the user:password text of a URL that did not parse.
 */
import { UsageError } from '../errors.js';
import type { DialectName } from '../model/catalog.js';
import type { ConnectionSpec } from '../model/connection.js';
import { dialectForScheme } from '../dialects/registry.js';

const DEFAULT_PORTS: Readonly<Record<DialectName, number>> = { oracle: 1521, mssql: 1433, postgres: 5432, mysql: 3306 };

const SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i;
const SECRET_OPTION = /^(?:password|pwd|secret)$/i;

export const PERCENT_ENCODE_HINT = 'percent-encode special characters in the user and password: @ → %40, / → %2F, : → %3A, ? → %3F, # → %23, % → %25 '
  + '(e.g. node -e "console.log(encodeURIComponent(process.argv[1]))" \'p@ss/w:rd\'), or put the password in erp-migrate.yaml';

interface UrlParts {
  readonly scheme: string;
  /** Raw (still percent-encoded) user and password; null when the URL has no user:password part. */
  readonly user: string | null;
  readonly password: string | null;
  /** Raw host text (`[::1]` keeps its brackets) and port text. */
  readonly host: string;
  readonly port: string;
  readonly path: string;
  readonly query: string;
}

/** `scheme://user:***@host…` from parts; the path and query come from text after the host, never from the user:password. */
function formatRedacted(parts: UrlParts): string {
  const auth = parts.user === null ? '' : `${parts.user}${parts.password === null ? '' : ':***'}@`;
  const query = parts.query === '' ? '' : `?${maskQuery(parts.query)}`;
  return `${parts.scheme}://${auth}${parts.host}${parts.port === '' ? '' : `:${parts.port}`}${parts.path}${query}`;
}

function maskQuery(query: string): string {
  return query.split('&').map((pair) => {
    const eq = pair.indexOf('=');
    return eq >= 0 && SECRET_OPTION.test(pair.slice(0, eq)) ? `${pair.slice(0, eq + 1)}***` : pair;
  }).join('&');
}

type Split = { readonly ok: true; readonly parts: UrlParts } | { readonly ok: false; readonly scheme: string | null; readonly problem: string };

/** Splits `scheme://[user[:password]@]host[:port][/path][?query]` without decoding. Never throws. */
function splitUrl(url: string): Split {
  const scheme = SCHEME.exec(url);
  if (scheme === null) return { ok: false, scheme: null, problem: 'not a URL' };
  const rest = url.slice(scheme[0].length);
  // The authority ends at the first / ? or # — unless an @ comes later, which means one of these is in the password.
  const end = rest.search(/[/?#]/);
  const authority = end < 0 ? rest : rest.slice(0, end);
  const after = end < 0 ? '' : rest.slice(end);
  if (after.includes('@')) {
    return { ok: false, scheme: scheme[1]!, problem: 'an "@" follows a "/", "?" or "#": the password (or user) holds an unencoded "/", "?" or "#"' };
  }
  const at = authority.lastIndexOf('@');
  const userinfo = at < 0 ? null : authority.slice(0, at);
  const hostPort = authority.slice(at + 1);
  const colon = userinfo === null ? -1 : userinfo.indexOf(':');
  const hostMatch = /^(\[[0-9A-Fa-f:.]+\]|[^:[\]]*)(?::(\d*))?$/.exec(hostPort);
  if (hostMatch === null) return { ok: false, scheme: scheme[1]!, problem: 'the host:port part is not valid (an unencoded ":" in the password?)' };
  const hash = after.indexOf('#');
  const pathAndQuery = hash < 0 ? after : after.slice(0, hash);
  const question = pathAndQuery.indexOf('?');
  return {
    ok: true,
    parts: {
      scheme: scheme[1]!,
      user: userinfo === null ? null : colon < 0 ? userinfo : userinfo.slice(0, colon),
      password: userinfo === null || colon < 0 ? null : userinfo.slice(colon + 1),
      host: hostMatch[1]!,
      port: hostMatch[2] ?? '',
      path: question < 0 ? pathAndQuery : pathAndQuery.slice(0, question),
      query: question < 0 ? '' : pathAndQuery.slice(question + 1),
    },
  };
}

function decode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/**
 * The URL with its password (and any `password=` option) replaced by `***`. Never throws. A URL that
 * cannot be split shows only its scheme: which part is the password is then unknown.
 */
export function redactUrl(url: string): string {
  const split = splitUrl(url);
  if (split.ok) return formatRedacted(split.parts);
  return split.scheme === null ? (url.includes('@') ? '***' : url) : `${split.scheme}://***`;
}

function urlError(where: string, what: string, hint: string): UsageError {
  return new UsageError('E_CONN_URL', `${where}: ${what}`, { hint });
}

export function parseConnectionUrl(url: string, where = 'connection URL'): ConnectionSpec {
  const split = splitUrl(url);
  if (!split.ok) {
    if (split.scheme === null) {
      throw urlError(where, `"${redactUrl(url)}" is not a URL`, 'write it as oracle://USER:PASSWORD@HOST:1521/SERVICE, mssql://…, postgres://… or mysql://…');
    }
    throw urlError(where, `cannot read the ${split.scheme}:// URL: ${split.problem}`, PERCENT_ENCODE_HINT);
  }
  const parts = split.parts;
  const redacted = formatRedacted(parts);
  const dialect = dialectForScheme(parts.scheme);
  if (dialect === undefined) {
    throw urlError(where, `unknown scheme "${parts.scheme}" in "${redacted}"`, 'use oracle://, mssql:// (or sqlserver://), postgres:// (or postgresql://), mysql:// (or mariadb://)');
  }
  if (parts.host === '') throw urlError(where, `no host in "${redacted}"`, 'add the host: scheme://USER:PASSWORD@HOST:port/database');
  if (parts.port !== '' && !(Number(parts.port) > 0 && Number(parts.port) < 65536)) {
    throw urlError(where, `port "${parts.port}" is not a TCP port in "${redacted}"`, 'write scheme://USER:PASSWORD@HOST:PORT/database with a port from 1 to 65535');
  }
  const user = decode(parts.user ?? '');
  const password = decode(parts.password ?? '');
  if (user === null || password === null) {
    throw urlError(where, `cannot read the ${parts.scheme}:// URL: the ${user === null ? 'user' : 'password'} holds a "%" that does not start a %XX escape`, PERCENT_ENCODE_HINT);
  }
  const database = decode(parts.path.replace(/^\//, ''));
  if (database === null) throw urlError(where, `the database in "${redacted}" holds a "%" that does not start a %XX escape`, 'write % as %25');
  if (database === '' && (dialect === 'oracle' || dialect === 'mssql')) {
    throw urlError(where, `no ${dialect === 'oracle' ? 'service name' : 'database'} in "${redacted}"`,
      dialect === 'oracle' ? 'append the service name: oracle://USER:PASSWORD@HOST:1521/ORCLPDB1' : 'append the database: mssql://USER:PASSWORD@HOST:1433/ERP');
  }
  const options: Record<string, string> = {};
  for (const [key, value] of [...new URLSearchParams(parts.query).entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    options[key] = value;
  }
  const spec: ConnectionSpec = {
    dialect,
    host: parts.host.replace(/^\[|\]$/g, ''),
    port: parts.port === '' ? DEFAULT_PORTS[dialect] : Number(parts.port),
    user,
    password,
    database: database === '' ? (dialect === 'postgres' ? 'postgres' : '') : database,
    options,
    redacted,
  };
  return parts.scheme.toLowerCase() === 'mariadb' ? { ...spec, flavour: 'mariadb' } : spec;
}
