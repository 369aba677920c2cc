/**
 * Plan → target DDL text, in the order DMS best practice asks for: `pre-load.sql` (schemas, tables,
 * primary keys) before the full load, `post-load.sql` (unique constraints, secondary indexes, foreign
 * keys, identity resets) after it. Pure and deterministic; both files are idempotent.
 */
import { UsageError } from '../errors.js';
import type { Plan } from '../model/plan.js';
import { renderMysqlPostLoad, renderMysqlPreLoad } from './ddl/mysql.js';
import { renderPostgresPreLoad } from './ddl/postgres.js';
import { renderPostgresPostLoad } from './ddl/postgres-post.js';

function unsupportedTarget(plan: Plan): never {
  throw new UsageError('E_DDL_TARGET', `target DDL for ${plan.target} is not supported yet`, {
    hint: 'DDL is rendered for postgres, aurora-postgresql and mysql targets; create oracle/sqlserver tables with the vendor tools',
  });
}

export function renderPreLoadDdl(plan: Plan): string {
  switch (plan.target) {
    case 'postgres':
    case 'aurora-postgresql':
      return renderPostgresPreLoad(plan);
    case 'mysql':
      return renderMysqlPreLoad(plan);
    default:
      return unsupportedTarget(plan);
  }
}

export function renderPostLoadDdl(plan: Plan): string {
  switch (plan.target) {
    case 'postgres':
    case 'aurora-postgresql':
      return renderPostgresPostLoad(plan);
    case 'mysql':
      return renderMysqlPostLoad(plan);
    default:
      return unsupportedTarget(plan);
  }
}

export { translateDefault, type DefaultContext, type TranslatedDefault } from './ddl/defaults.js';
