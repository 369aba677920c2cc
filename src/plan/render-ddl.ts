/**
 * Plan → target DDL text, in the order DMS best practice asks for: `pre-load.sql` (schemas, tables,
 * primary keys) before the full load, `post-load.sql` (unique constraints, secondary indexes, foreign
 * keys, identity and sequence resets) after it. Pure and deterministic; both files are idempotent. Oracle and
 * SQL Server targets are homogeneous moves only (map-types refuses other sources), so their DDL
 * keeps the native types and source defaults.
 */
import type { Plan } from '../model/plan.js';
import { renderMysqlPostLoad, renderMysqlPreLoad } from './ddl/mysql.js';
import { renderOraclePreLoad } from './ddl/oracle.js';
import { renderOraclePostLoad } from './ddl/oracle-post.js';
import { renderPostgresPreLoad } from './ddl/postgres.js';
import { renderPostgresPostLoad } from './ddl/postgres-post.js';
import { renderSqlServerPreLoad } from './ddl/sqlserver.js';
import { renderSqlServerPostLoad } from './ddl/sqlserver-post.js';

export function renderPreLoadDdl(plan: Plan): string {
  switch (plan.target) {
    case 'postgres':
    case 'aurora-postgresql':
      return renderPostgresPreLoad(plan);
    case 'mysql':
      return renderMysqlPreLoad(plan);
    case 'oracle':
      return renderOraclePreLoad(plan);
    case 'sqlserver':
      return renderSqlServerPreLoad(plan);
  }
}

export function renderPostLoadDdl(plan: Plan): string {
  switch (plan.target) {
    case 'postgres':
    case 'aurora-postgresql':
      return renderPostgresPostLoad(plan);
    case 'mysql':
      return renderMysqlPostLoad(plan);
    case 'oracle':
      return renderOraclePostLoad(plan);
    case 'sqlserver':
      return renderSqlServerPostLoad(plan);
  }
}

export { translateDefault, type DefaultContext, type TranslatedDefault } from './ddl/defaults.js';
