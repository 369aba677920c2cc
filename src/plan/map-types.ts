/**
 * One inventory column → its target type, canonical type, value conversion and what may be lost.
 * Heterogeneous moves apply the rules in mappings/types/target/<target>.yaml (source refinements
 * first, then canonical rules); homogeneous moves keep the native type. Mapping-file overrides win.
 */
import { UsageError } from '../errors.js';
import { formatCanonicalType, parseCanonicalType, type CanonicalType } from '../model/canonical-type.js';
import type { DialectName } from '../model/catalog.js';
import type { InventoryColumn } from '../model/inventory.js';
import type { Conversion, TargetName } from '../model/plan.js';
import { renderNativeType } from './ddl/native-type.js';
import {
  canonicalValues, fillTemplate, matchingRefinements, matchingTypeRule, nativeValues,
} from './target-type-match.js';
import { readTargetTypeRules, type TargetTypeRules } from './target-types.js';

export interface MappedColumnType {
  readonly ok: true;
  readonly canonicalType: string;
  readonly targetType: string;
  readonly conversion: Conversion;
  readonly lossy: string | null;
  /** True when the mapping drops the column (`onUnsupported: exclude`); targetType is then ''. */
  readonly excluded: boolean;
}

export interface UnmappableColumn {
  readonly ok: false;
  readonly reason: string;
  readonly hint: string;
}

export interface ColumnTypeOverride {
  readonly targetType?: string;
  readonly canonicalType?: string;
  readonly conversion?: Conversion;
  readonly onUnsupported?: 'text' | 'exclude';
}

export interface MapColumnContext {
  readonly sourceDialect: DialectName;
  readonly target: TargetName;
  readonly override?: ColumnTypeOverride;
  /** Rules to use instead of the packaged file (tests, user type maps). */
  readonly rules?: TargetTypeRules;
}

const HOMOGENEOUS: Readonly<Record<DialectName, readonly TargetName[]>> = {
  oracle: ['oracle'],
  mssql: ['sqlserver'],
  mysql: ['mysql'],
  postgres: ['postgres', 'aurora-postgresql'],
};

export function isHomogeneous(source: DialectName, target: TargetName): boolean {
  return HOMOGENEOUS[source].includes(target);
}

const joinNotes = (...notes: (string | null | undefined)[]): string | null => {
  const kept = notes.filter((note): note is string => typeof note === 'string' && note.length > 0);
  return kept.length === 0 ? null : kept.join('; ');
};

type Base = MappedColumnType | UnmappableColumn;

function unmappable(column: InventoryColumn, reason: string, hint: string): UnmappableColumn {
  return { ok: false, reason: `${column.name} ${column.nativeType}: ${reason}`, hint };
}

/** Applies refinements, then the canonical rules. */
function mapByRules(column: InventoryColumn, canonical: CanonicalType, overridden: boolean, source: DialectName, rules: TargetTypeRules): Base {
  const facts = nativeValues(column);
  let effective = canonical;
  let refinedConversion: Conversion | undefined;
  let refinedLossy: string | undefined;
  for (const rule of matchingRefinements(rules, source, column, canonical, overridden)) {
    if (rule.unmappable !== undefined) return unmappable(column, rule.unmappable.reason, rule.unmappable.hint);
    const canonicalText = rule.canonical === undefined ? formatCanonicalType(canonical) : fillTemplate(rule.canonical, facts);
    const parsed = canonicalText === null ? null : parseCanonicalType(canonicalText);
    if (parsed === null) continue;
    if (rule.target !== undefined) {
      const target = fillTemplate(rule.target, facts);
      if (target === null) continue;
      return { ok: true, canonicalType: formatCanonicalType(parsed), targetType: target, conversion: rule.conversion ?? 'none', lossy: rule.lossy ?? null, excluded: false };
    }
    effective = parsed;
    refinedConversion = rule.conversion;
    refinedLossy = rule.lossy;
    break;
  }
  const typeRule = matchingTypeRule(rules, effective);
  if (typeRule === null) {
    return unmappable(column, `no ${rules.target} rule for canonical type ${formatCanonicalType(effective)}`, 'add a rule to the target type map or override the column in the mapping file');
  }
  if (typeRule.unmappable !== undefined) {
    const why = effective.kind === 'unsupported' ? `${typeRule.unmappable.reason} (${effective.reason})` : typeRule.unmappable.reason;
    return unmappable(column, why, typeRule.unmappable.hint);
  }
  const target = fillTemplate(typeRule.target ?? '', canonicalValues(effective)) ?? '';
  return {
    ok: true,
    canonicalType: formatCanonicalType(effective),
    targetType: target,
    conversion: refinedConversion ?? typeRule.conversion ?? 'none',
    lossy: joinNotes(typeRule.lossy, refinedLossy),
    excluded: false,
  };
}

const IMPLIED_BY_TARGET: readonly [RegExp, CanonicalType['kind'], Conversion][] = [
  [/^uuid$/i, 'uuid', 'to-uuid'],
  [/^jsonb?$/i, 'json', 'to-json'],
  [/^bool(ean)?$/i, 'bool', 'to-bool'],
  [/^(text|longtext|varchar|character varying|char|character|nvarchar|varchar2)$/i, 'text', 'to-text'],
];

/** An explicit `targetType` override: keep the rules' result when it names the same type, else infer. */
function applyTargetOverride(column: InventoryColumn, canonical: CanonicalType, base: Base, targetType: string, conversion: Conversion | undefined): MappedColumnType {
  if (base.ok && base.targetType === targetType) return { ...base, conversion: conversion ?? base.conversion };
  const baseName = targetType.replace(/\(.*$/, '').trim();
  const implied = IMPLIED_BY_TARGET.find(([pattern]) => pattern.test(baseName));
  const startKind = base.ok ? parseCanonicalType(base.canonicalType)?.kind : canonical.kind;
  let inferred: Conversion = 'none';
  let canonicalText = base.ok ? base.canonicalType : formatCanonicalType(canonical);
  if (implied !== undefined && implied[1] !== startKind) {
    // Text targets only imply a conversion for types that have no other representation.
    if (implied[1] !== 'text' || canonical.kind === 'unsupported') {
      canonicalText = implied[1];
      inferred = implied[2];
    }
  } else if (/^(geography|geometry)$/i.test(baseName)) {
    inferred = 'custom';
  }
  const lossy = canonical.kind === 'unsupported' && inferred === 'to-text'
    ? `${column.nativeType} values are kept as text; the type's semantics are lost`
    : null;
  return { ok: true, canonicalType: canonicalText, targetType, conversion: conversion ?? inferred, lossy, excluded: false };
}

function applyOnUnsupported(base: UnmappableColumn, mode: 'text' | 'exclude', target: TargetName): MappedColumnType {
  if (mode === 'exclude') {
    return { ok: true, canonicalType: 'text', targetType: '', conversion: 'none', lossy: `column excluded: ${base.reason}`, excluded: true };
  }
  const textType = target === 'mysql' ? 'longtext' : target === 'oracle' ? 'CLOB' : target === 'sqlserver' ? 'nvarchar(max)' : 'text';
  return { ok: true, canonicalType: 'text', targetType: textType, conversion: 'to-text', lossy: `kept as text: ${base.reason}`, excluded: false };
}

/**
 * The native type as target DDL. Two cases need more than the declared text: an Oracle TIMESTAMP
 * given without its digits (kept in `scale`) would default to 6, and a SQL Server rowversion /
 * timestamp column cannot receive inserted values, so it lands as the binary(8) it holds.
 */
function homogeneousType(dialect: DialectName, column: InventoryColumn): { type: string; lossy: string | null } {
  const type = renderNativeType(dialect, column);
  if (dialect === 'oracle' && column.scale !== null && /^TIMESTAMP( WITH (LOCAL )?TIME ZONE)?$/i.test(type)) {
    return { type: type.replace(/^TIMESTAMP/i, `TIMESTAMP(${column.scale})`), lossy: null };
  }
  if (dialect === 'mssql' && /^(timestamp|rowversion)$/i.test(type)) {
    return { type: 'binary(8)', lossy: 'rowversion values are copied into binary(8); the target no longer changes them on update' };
  }
  return { type, lossy: null };
}

/**
 * Maps one column. Throws UsageError only for a target that has no rules for this source at all
 * (e.g. mysql → oracle); a column that cannot be mapped is returned as `{ ok: false, reason, hint }`.
 */
export function mapColumn(column: InventoryColumn, context: MapColumnContext): MappedColumnType | UnmappableColumn {
  const override = context.override ?? {};
  const canonicalText = override.canonicalType ?? column.canonicalType;
  const canonical = parseCanonicalType(canonicalText);
  if (canonical === null) {
    return unmappable(column, `"${canonicalText}" is not a canonical type`, 'use a canonical type such as decimal(12,2), varchar(30), timestamp(6), text');
  }
  if (isHomogeneous(context.sourceDialect, context.target)) {
    // `unsupported: exclude | text` is the user's decision on a type the target may not have (an array, a user type).
    if (override.onUnsupported !== undefined) return applyOnUnsupported(unmappable(column, 'decided under unsupported: in the mapping file', ''), override.onUnsupported, context.target);
    const native = override.targetType === undefined ? homogeneousType(context.sourceDialect, column) : { type: override.targetType, lossy: null };
    return {
      ok: true,
      canonicalType: formatCanonicalType(canonical),
      targetType: native.type,
      conversion: override.conversion ?? 'none',
      lossy: native.lossy,
      excluded: false,
    };
  }
  const rules = context.rules ?? readTargetTypeRules(context.target);
  if (rules === null) {
    throw new UsageError('E_TARGET_TYPES', `no type mapping from ${context.sourceDialect} to target ${context.target}`, {
      hint: 'heterogeneous targets supported: postgres, aurora-postgresql, mysql; oracle and sqlserver only from the same engine',
    });
  }
  const base = mapByRules(column, canonical, override.canonicalType !== undefined, context.sourceDialect, rules);
  if (override.targetType !== undefined) return applyTargetOverride(column, canonical, base, override.targetType, override.conversion);
  if (!base.ok) return override.onUnsupported === undefined ? base : applyOnUnsupported(base, override.onUnsupported, context.target);
  const typed = integerIdentity(column, base);
  return override.conversion === undefined ? typed : { ...typed, conversion: override.conversion };
}

/**
 * Identity columns hold integers: an Oracle `NUMBER` / `NUMBER(p,0)` identity (or a SQL Server
 * `decimal(p,0)` one) becomes bigint, because PostgreSQL identity needs an integer type.
 */
function integerIdentity(column: InventoryColumn, mapped: MappedColumnType): MappedColumnType {
  if (column.identity === null) return mapped;
  if (!/^(numeric|decimal)(\(\d+(,\s*0)?\))?$/i.test(mapped.targetType)) return mapped;
  return { ...mapped, targetType: 'bigint' };
}
