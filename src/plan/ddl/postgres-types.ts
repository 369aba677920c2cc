/**
 * PostgreSQL pre-load DDL for extensions and user types (plan-user-types.ts decides which), run after
 * the schemas and before the tables. Idempotent like the rest of pre-load.sql: CREATE EXTENSION IF NOT
 * EXISTS; PostgreSQL has no CREATE TYPE / CREATE DOMAIN IF NOT EXISTS, so each type is created inside a
 * DO block only while `to_regtype` does not find it (an existing type is left as it is, not compared).
 */
import type { Plan, PlannedExtension, PlannedUserType } from '../../model/plan.js';
import { sqlString } from './quote.js';
import { quoteIdentifier as quotePostgres } from '../../dialects/postgres/quote.js';

const qualified = (type: PlannedUserType): string => `${quotePostgres(type.targetSchema)}.${quotePostgres(type.name)}`;

export function postgresCreateExtension(extension: PlannedExtension): string {
  const schema = extension.schema === null ? '' : ` WITH SCHEMA ${quotePostgres(extension.schema)}`;
  return `CREATE EXTENSION IF NOT EXISTS ${quotePostgres(extension.name)}${schema};`;
}

function createStatement(type: PlannedUserType): string {
  switch (type.kind) {
    case 'enum':
      return `CREATE TYPE ${qualified(type)} AS ENUM (${type.labels.map(sqlString).join(', ')});`;
    case 'composite':
      return `CREATE TYPE ${qualified(type)} AS (${type.attributes.map((a) => `${quotePostgres(a.name)} ${a.type}`).join(', ')});`;
    case 'domain': {
      const parts = [`CREATE DOMAIN ${qualified(type)} AS ${type.baseType}`];
      if (type.default !== null) parts.push(`DEFAULT ${type.default}`);
      if (type.notNull) parts.push('NOT NULL');
      for (const check of type.checks) parts.push(`CONSTRAINT ${quotePostgres(check.name)} ${check.definition}`);
      return `${parts.join(' ')};`;
    }
  }
}

export function postgresCreateUserType(type: PlannedUserType): string {
  return [
    'DO $erpm$',
    'BEGIN',
    `  IF pg_catalog.to_regtype(${sqlString(qualified(type))}) IS NULL THEN`,
    `    ${createStatement(type)}`,
    '  END IF;',
    'END $erpm$;',
  ].join('\n');
}

/** The extension and type blocks of pre-load.sql ('' when the plan has none). */
export function renderPostgresTypes(plan: Plan): string[] {
  const extensions = plan.extensions ?? [];
  const types = plan.userTypes ?? [];
  return [
    extensions.length === 0 ? '' : ['-- extensions the column types need (on RDS / Aurora each must be allowed for the instance)', ...extensions.map(postgresCreateExtension)].join('\n'),
    types.length === 0 ? '' : `-- user types, dependencies first (created only where missing; an existing type is kept as it is)\n${types.map(postgresCreateUserType).join('\n\n')}`,
  ];
}

/** Schemas extensions and user types are created in, for CREATE SCHEMA. */
export function typeSchemas(plan: Plan): string[] {
  return [...(plan.extensions ?? []).flatMap((e) => (e.schema === null ? [] : [e.schema])), ...(plan.userTypes ?? []).map((t) => t.targetSchema)];
}
