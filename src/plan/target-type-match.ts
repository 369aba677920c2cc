/**
 * Matching of target-type rules (see src/plan/target-types.ts): which refinement or canonical rule
 * applies to a column, and template filling. Pure.
 */
import type { CanonicalType } from '../model/canonical-type.js';
import type { DialectName } from '../model/catalog.js';
import type { InventoryColumn } from '../model/inventory.js';
import { mysqlLabelsOf } from '../util/mysql-labels.js';
import type { TargetRefinement, TargetTypeRule, TargetTypeRules } from './target-types.js';

type NumberCondition = number | null | readonly [number | null, number | null];

/** Values a template may use: {length} {precision} {scale} {fsp} {enumLength}. */
export interface TemplateValues {
  readonly length: number | null;
  readonly precision: number | null;
  readonly scale: number | null;
  readonly fsp: number | null;
  readonly enumLength: number | null;
}

export function conditionHolds(condition: NumberCondition | undefined, value: number | null): boolean {
  if (condition === undefined) return true;
  if (condition === null) return value === null;
  if (typeof condition === 'number') return value === condition;
  if (value === null) return false;
  const [min, max] = condition;
  return (min === null || value >= min) && (max === null || value <= max);
}

/** Fills a template; null when a placeholder it uses has no value (the rule then does not apply). */
export function fillTemplate(template: string, values: TemplateValues): string | null {
  let missing = false;
  const text = template.replace(/\{(length|precision|scale|fsp|enumLength)\}/g, (_, key: keyof TemplateValues) => {
    const value = values[key];
    if (value === null) missing = true;
    return String(value);
  });
  return missing ? null : text;
}

/** Longest decoded label of a MySQL `enum(...)` column type, in characters (quotes and escapes resolved). */
export function longestEnumLabel(nativeType: string): number | null {
  const enumType = mysqlLabelsOf(nativeType);
  if (enumType === null || enumType.kind !== 'enum' || enumType.labels.length === 0) return null;
  return Math.max(1, ...enumType.labels.map((label) => [...label].length));
}

/** Template values from the native column facts (refinements). For temporal types `scale` is the fsp. */
export function nativeValues(column: InventoryColumn): TemplateValues {
  const digits = column.scale ?? column.precision;
  return {
    length: column.length,
    precision: column.precision,
    scale: column.scale,
    fsp: digits === null ? null : Math.min(digits, 6),
    enumLength: longestEnumLabel(column.nativeType),
  };
}

/** Template values from a canonical type's parameters (canonical rules). */
export function canonicalValues(type: CanonicalType): TemplateValues {
  const none = { length: null, precision: null, scale: null, fsp: null, enumLength: null };
  switch (type.kind) {
    case 'decimal':
      return { ...none, precision: type.precision, scale: type.scale };
    case 'char':
    case 'varchar':
    case 'binary':
    case 'bits':
      return { ...none, length: type.length };
    case 'time':
    case 'timestamp':
    case 'timestamptz':
      return { ...none, precision: type.precision, fsp: Math.min(type.precision, 6) };
    default:
      return none;
  }
}

function nativeTypeMatches(rule: TargetRefinement, nativeType: string): boolean {
  const native = nativeType.trim();
  if (rule.type !== undefined && rule.type.toLowerCase() !== native.toLowerCase()) return false;
  if (rule.pattern !== undefined && !new RegExp(`^(?:${rule.pattern})$`, 'i').test(native)) return false;
  return true;
}

/**
 * The refinements that apply, in file order. A refinement without `whenCanonical` is the default for
 * its native type and is skipped when the column's canonical type was overridden by the mapping.
 */
export function matchingRefinements(
  rules: TargetTypeRules,
  source: DialectName,
  column: InventoryColumn,
  canonical: CanonicalType,
  canonicalOverridden: boolean,
): TargetRefinement[] {
  return rules.refinements.filter((rule) => {
    if (rule.source !== source || !nativeTypeMatches(rule, column.nativeType)) return false;
    if (!conditionHolds(rule.length, column.length)) return false;
    if (!conditionHolds(rule.precision, column.precision)) return false;
    if (!conditionHolds(rule.scale, column.scale)) return false;
    if (rule.whenCanonical === undefined) return !canonicalOverridden;
    return rule.whenCanonical === canonical.kind;
  });
}

/** The first canonical rule for the type's kind whose parameter conditions hold. */
export function matchingTypeRule(rules: TargetTypeRules, type: CanonicalType): TargetTypeRule | null {
  const values = canonicalValues(type);
  for (const rule of rules.types) {
    if (rule.kind !== type.kind) continue;
    if (!conditionHolds(rule.length, values.length)) continue;
    if (!conditionHolds(rule.precision, values.precision)) continue;
    if (!conditionHolds(rule.scale, values.scale)) continue;
    if (rule.target !== undefined && fillTemplate(rule.target, values) === null) continue;
    return rule;
  }
  return null;
}
