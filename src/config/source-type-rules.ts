/** Reads `mappings/types/source/<dialect>.yaml` (native → canonical rules) and validates it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { loadYamlDocument, yamlDocumentError } from '../util/yaml-document.js';
import type { DialectName } from '../model/catalog.js';
import { makeTypeMapper, validateTypeRules, type TypeMapper, type TypeRule } from '../model/type-rules.js';
import { packageRoot } from '../util/package-root.js';

const numberCondition = z.union([
  z.number(),
  z.null(),
  z.tuple([z.number().nullable(), z.number().nullable()]),
]);

const ruleSchema = z.strictObject({
  type: z.string().optional(),
  pattern: z.string().optional(),
  length: numberCondition.optional(),
  precision: numberCondition.optional(),
  scale: numberCondition.optional(),
  canonical: z.string(),
  note: z.string().optional(),
});

const fileSchema = z.strictObject({
  format: z.literal('erp-migrate/source-types@1'),
  dialect: z.enum(['oracle', 'mssql', 'postgres', 'mysql']),
  rules: z.array(ruleSchema),
});

export function parseSourceTypeRules(text: string, where: string): TypeRule[] {
  const loaded = loadYamlDocument(text, where, fileSchema, { checks: (file) => validateTypeRules(file.rules as TypeRule[]) });
  if (!loaded.ok) {
    throw loaded.source === null
      ? yamlDocumentError('E_MAPPING_YAML', loaded.problems, 'fix the YAML syntax at the line:column named')
      : yamlDocumentError('E_MAPPING_INVALID', loaded.problems, 'see mappings/types/README.md for the source-types format');
  }
  return loaded.value.rules as TypeRule[];
}

const cache = new Map<DialectName, TypeMapper>();

/** The default native → canonical mapper of a dialect (rules read once per process). */
export function readSourceTypeMapper(dialect: DialectName): TypeMapper {
  const cached = cache.get(dialect);
  if (cached) return cached;
  const file = join(packageRoot(), 'mappings', 'types', 'source', `${dialect}.yaml`);
  const mapper = makeTypeMapper(parseSourceTypeRules(readFileSync(file, 'utf8'), file));
  cache.set(dialect, mapper);
  return mapper;
}
