/**
 * Canonical → target type rules (`mappings/types/target/<target>.yaml`, "erp-migrate/target-types@1"):
 * the schema, the parser (pure) and the packaged-file reader (cached per process).
 * The format is described at the top of mappings/types/target/postgres.yaml.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadYamlDocument, yamlDocumentError, type PathProblem } from '../util/yaml-document.js';
import { z } from 'zod';
import { UsageError } from '../errors.js';
import { parseCanonicalType } from '../model/canonical-type.js';
import type { TargetName } from '../model/plan.js';
import { packageRoot } from '../util/package-root.js';

export const TARGET_TYPES_FORMAT = 'erp-migrate/target-types@1';

const CONVERSIONS = [
  'none', 'widen', 'round-fraction', 'truncate-text', 'to-uuid', 'to-json', 'to-bool', 'to-bits', 'to-text', 'zero-date-null', 'custom',
] as const;
const TARGETS = ['postgres', 'aurora-postgresql', 'oracle', 'sqlserver', 'mysql'] as const;
const DIALECTS = ['oracle', 'mssql', 'postgres', 'mysql'] as const;

const numberCondition = z.union([z.number(), z.null(), z.tuple([z.number().nullable(), z.number().nullable()])]);
const unmappable = z.strictObject({ reason: z.string(), hint: z.string() });

const typeRule = z.strictObject({
  kind: z.string(),
  length: numberCondition.optional(),
  precision: numberCondition.optional(),
  scale: numberCondition.optional(),
  target: z.string().optional(),
  conversion: z.enum(CONVERSIONS).optional(),
  lossy: z.string().optional(),
  unmappable: unmappable.optional(),
  note: z.string().optional(),
});

const refinement = z.strictObject({
  source: z.enum(DIALECTS),
  type: z.string().optional(),
  pattern: z.string().optional(),
  length: numberCondition.optional(),
  precision: numberCondition.optional(),
  scale: numberCondition.optional(),
  whenCanonical: z.string().optional(),
  canonical: z.string().optional(),
  target: z.string().optional(),
  conversion: z.enum(CONVERSIONS).optional(),
  lossy: z.string().optional(),
  unmappable: unmappable.optional(),
  note: z.string().optional(),
});

const fileSchema = z.strictObject({
  format: z.literal(TARGET_TYPES_FORMAT),
  target: z.enum(TARGETS),
  appliesTo: z.array(z.enum(TARGETS)).min(1),
  types: z.array(typeRule),
  refinements: z.array(refinement).default([]),
});

export type TargetTypeRule = z.infer<typeof typeRule>;
export type TargetRefinement = z.infer<typeof refinement>;
export type TargetTypeRules = z.infer<typeof fileSchema>;

const PLACEHOLDERS = /\{(length|precision|scale|fsp|enumLength)\}/g;

function ruleProblems(rules: TargetTypeRules): PathProblem[] {
  const problems: PathProblem[] = [];
  rules.types.forEach((rule, i) => {
    if ((rule.target === undefined) === (rule.unmappable === undefined)) {
      problems.push({ path: ['types', i], message: `needs exactly one of "target" or "unmappable"` });
    }
    if (parseCanonicalType(rule.kind === 'unsupported' ? 'unsupported(x)' : rule.kind) === null &&
      !['decimal', 'char', 'varchar', 'binary', 'bits', 'time', 'timestamp', 'timestamptz'].includes(rule.kind)) {
      problems.push({ path: ['types', i, 'kind'], message: `unknown canonical kind "${rule.kind}"` });
    }
  });
  rules.refinements.forEach((rule, i) => {
    if (rule.type === undefined && rule.pattern === undefined) problems.push({ path: ['refinements', i], message: `needs "type" or "pattern"` });
    if (rule.pattern !== undefined) {
      try {
        new RegExp(rule.pattern);
      } catch {
        problems.push({ path: ['refinements', i, 'pattern'], message: `not a valid regular expression` });
      }
    }
    if (rule.canonical !== undefined && parseCanonicalType(rule.canonical.replace(PLACEHOLDERS, '1')) === null) {
      problems.push({ path: ['refinements', i, 'canonical'], message: `unknown canonical type "${rule.canonical}"` });
    }
    if (rule.target !== undefined && rule.unmappable !== undefined) {
      problems.push({ path: ['refinements', i], message: `"target" and "unmappable" exclude each other` });
    }
  });
  return problems;
}

/** Parses and checks one target-types file; every problem is reported at once, naming `where` and the line. */
export function parseTargetTypeRules(text: string, where: string): TargetTypeRules {
  const loaded = loadYamlDocument(text, where, fileSchema, { checks: ruleProblems });
  if (!loaded.ok) {
    throw loaded.source === null
      ? yamlDocumentError('E_MAPPING_YAML', loaded.problems, 'fix the YAML syntax at the line:column named')
      : yamlDocumentError('E_MAPPING_INVALID', loaded.problems, 'see mappings/types/README.md for the target-types format');
  }
  return loaded.value;
}

/** Which packaged rule file serves a target; null when there is only the homogeneous (native) mapping. */
export function targetTypesFile(target: TargetName): 'postgres' | 'mysql' | null {
  if (target === 'postgres' || target === 'aurora-postgresql') return 'postgres';
  if (target === 'mysql') return 'mysql';
  return null;
}

const cache = new Map<string, TargetTypeRules>();

/** The packaged rules for a target (read once per process); null for targets without a rule file. */
export function readTargetTypeRules(target: TargetName): TargetTypeRules | null {
  const name = targetTypesFile(target);
  if (name === null) return null;
  const cached = cache.get(name);
  if (cached) return cached;
  const file = join(packageRoot(), 'mappings', 'types', 'target', `${name}.yaml`);
  const rules = parseTargetTypeRules(readFileSync(file, 'utf8'), file);
  cache.set(name, rules);
  return rules;
}
