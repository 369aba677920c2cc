/** URL scheme → dialect. The only file that lists every dialect; each loads lazily (drivers are heavy). */
import { UsageError } from '../errors.js';
import type { DialectName } from '../model/catalog.js';
import type { Dialect } from './dialect.js';

const SCHEMES: Readonly<Record<string, DialectName>> = {
  oracle: 'oracle',
  mssql: 'mssql',
  sqlserver: 'mssql',
  postgres: 'postgres',
  postgresql: 'postgres',
  mysql: 'mysql',
  mariadb: 'mysql',
};

export function dialectForScheme(scheme: string): DialectName | undefined {
  return SCHEMES[scheme.toLowerCase()];
}

export async function loadDialect(name: DialectName): Promise<Dialect> {
  switch (name) {
    case 'oracle':
      return (await import('./oracle/index.js')).oracleDialect;
    case 'mssql':
      return (await import('./mssql/index.js')).mssqlDialect;
    case 'postgres':
      return (await import('./postgres/index.js')).postgresDialect;
    case 'mysql':
      return (await import('./mysql/index.js')).mysqlDialect;
    default:
      throw new UsageError('E_DIALECT', `unknown dialect "${String(name)}"`, { hint: 'use oracle, mssql, postgres or mysql' });
  }
}
