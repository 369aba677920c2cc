/**
 * Native → canonical type rules, as data (`mappings/types/source/<dialect>.yaml`), evaluated here.
 * An ordered list; the first rule that matches wins. A rule matches on the native type name
 * (case-insensitive exact `type`, or a `pattern` regex over the whole native type text) and optional
 * conditions on length / precision / scale. `canonical` is a template: `{length}`, `{precision}`,
 * `{scale}` are replaced by the column's values (a missing value makes the rule not match).
 */
import { formatCanonicalType, parseCanonicalType, type CanonicalType } from './canonical-type.js';
import type { PathProblem } from '../util/yaml-document.js';

/** `null` = must be absent; number = equal; `[min, max]` = inclusive range (either end may be null). */
export type NumberCondition = number | null | readonly [number | null, number | null];

export interface TypeRule {
  readonly type?: string;
  readonly pattern?: string;
  readonly length?: NumberCondition;
  readonly precision?: NumberCondition;
  readonly scale?: NumberCondition;
  readonly canonical: string;
  /** Why, for the docs and for unsupported types. */
  readonly note?: string;
}

export interface NativeTypeFacts {
  readonly nativeType: string;
  readonly length: number | null;
  readonly precision: number | null;
  readonly scale: number | null;
}

export type TypeMapper = (column: NativeTypeFacts) => CanonicalType;

function conditionHolds(condition: NumberCondition | undefined, value: number | null): boolean {
  if (condition === undefined) return true;
  if (condition === null) return value === null;
  if (typeof condition === 'number') return value === condition;
  if (value === null) return false;
  const [min, max] = condition;
  return (min === null || value >= min) && (max === null || value <= max);
}

function fillTemplate(template: string, column: NativeTypeFacts): string | null {
  let missing = false;
  const text = template.replace(/\{(length|precision|scale)\}/g, (_, key: 'length' | 'precision' | 'scale') => {
    const value = column[key];
    if (value === null) missing = true;
    return String(value);
  });
  return missing ? null : text;
}

/** Builds a mapper over compiled rules. Unknown native types become `unsupported(<type>)`, never a throw. */
export function makeTypeMapper(rules: readonly TypeRule[]): TypeMapper {
  const compiled = rules.map((rule) => ({
    rule,
    regex: rule.pattern === undefined ? null : new RegExp(`^(?:${rule.pattern})$`, 'i'),
    typeName: rule.type?.toLowerCase() ?? null,
  }));
  return (column) => {
    const native = column.nativeType.trim();
    const lower = native.toLowerCase();
    for (const { rule, regex, typeName } of compiled) {
      if (typeName !== null && typeName !== lower) continue;
      if (regex !== null && !regex.test(native)) continue;
      if (!conditionHolds(rule.length, column.length)) continue;
      if (!conditionHolds(rule.precision, column.precision)) continue;
      if (!conditionHolds(rule.scale, column.scale)) continue;
      const text = fillTemplate(rule.canonical, column);
      if (text === null) continue;
      const parsed = parseCanonicalType(text);
      if (parsed !== null) return parsed;
    }
    return { kind: 'unsupported', reason: lower.replace(/[()]/g, ' ').replace(/\s+/g, ' ').trim() };
  };
}

/** Checks a rule list; returns every problem at its path in the rules file (`rules[i].field`). */
export function validateTypeRules(rules: readonly TypeRule[]): PathProblem[] {
  const problems: PathProblem[] = [];
  rules.forEach((rule, i) => {
    if (rule.type === undefined && rule.pattern === undefined) problems.push({ path: ['rules', i], message: `needs "type" or "pattern"` });
    if (rule.pattern !== undefined) {
      try {
        new RegExp(rule.pattern);
      } catch {
        problems.push({ path: ['rules', i, 'pattern'], message: `not a valid regular expression` });
      }
    }
    const probe = rule.canonical.replace(/\{(length|precision|scale)\}/g, '1');
    if (parseCanonicalType(probe) === null) problems.push({ path: ['rules', i, 'canonical'], message: `unknown canonical type "${rule.canonical}"` });
  });
  return problems;
}

export { formatCanonicalType };
