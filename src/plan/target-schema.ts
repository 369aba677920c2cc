/**
 * `plan --target-schema NAME`: the target schema (a database on MySQL) for a single-schema source, so
 * a MySQL database name, PostgreSQL's `public` or an Oracle owner need not become the target's name.
 * It is a schema rename of the one source schema in the plan, so it reaches everything a mapping-file
 * `rename.schemas` reaches (plan.json target names, DDL, DMS rename rules, sequences). With several
 * source schemas each needs its own name, which only the mapping file can say. The same rename in both
 * places is fine; a different one is a conflict, refused rather than silently decided.
 */
import type { MappingConfig } from '../config/mapping-file.js';
import { UsageError } from '../errors.js';
import { compareStrings } from '../util/stable-json.js';

/** `mapping` with the source schema renamed to `targetSchema`; `sourceSchemas` are those the plan holds (tables and sequences). */
export function applyTargetSchema(mapping: MappingConfig, sourceSchemas: Iterable<string>, targetSchema: string): MappingConfig {
  const schemas = [...new Set(sourceSchemas)].sort(compareStrings);
  if (targetSchema.trim() === '') {
    throw new UsageError('E_TARGET_SCHEMA', '--target-schema is empty', { hint: 'name the target schema, e.g. --target-schema erp' });
  }
  if (schemas.length !== 1) {
    throw new UsageError('E_TARGET_SCHEMA', `--target-schema needs one source schema in the plan; it holds ${schemas.length} (${schemas.join(', ')})`, {
      hint: 'name each target schema under rename.schemas in a mapping file, or select one schema with tables.include',
    });
  }
  const source = schemas[0]!;
  const renamed = mapping.schemaRenames[source];
  if (renamed !== undefined && renamed !== targetSchema) {
    throw new UsageError('E_TARGET_SCHEMA', `--target-schema ${targetSchema} conflicts with rename.schemas ${source}: ${renamed} in the mapping file (${mapping.files.join(', ')})`, {
      hint: 'keep one of the two, or make them name the same schema',
    });
  }
  return { ...mapping, schemaRenames: { ...mapping.schemaRenames, [source]: targetSchema } };
}
