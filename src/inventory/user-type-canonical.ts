/**
 * Canonical types of columns whose type is a PostgreSQL user type the inventory lists. An enum's
 * values are its labels, so it is canonically `varchar(longest label)`: a heterogeneous target keeps
 * every value as text (a homogeneous PostgreSQL target ignores canonical types and keeps the enum).
 * A domain column already has its base type as nativeType; a domain over an enum is followed to it.
 * Everything else (arrays, composites, extension types) keeps what the source type map says.
 */
import type { CatalogUserType } from '../model/catalog.js';
import type { CanonicalType } from '../model/canonical-type.js';
import type { NativeTypeFacts, TypeMapper } from '../model/type-rules.js';
import { parsePgTypeReference, pgTypeKey } from '../util/pg-type-name.js';

/** The enum a type text names, directly or through domains (cycle-safe); null otherwise. */
export function enumOfType(text: string, types: ReadonlyMap<string, CatalogUserType>): Extract<CatalogUserType, { kind: 'enum' }> | null {
  let current = text;
  for (let depth = 0; depth < 16; depth += 1) {
    const ref = parsePgTypeReference(current);
    if (ref.arrayDims > 0) return null;
    const type = types.get(pgTypeKey(ref.schema, ref.name) ?? '');
    if (type === undefined || type.kind === 'composite') return null;
    if (type.kind === 'enum') return type;
    current = type.baseType;
  }
  return null;
}

export function userTypesByKey(types: readonly CatalogUserType[]): Map<string, CatalogUserType> {
  return new Map(types.map((t) => [`${t.schema}\u0000${t.name}`, t]));
}

/** Longest label in characters (code points); an enum without labels holds only NULL. */
export function longestLabel(labels: readonly string[]): number {
  return labels.reduce((max, label) => Math.max(max, [...label].length), 1);
}

export function withUserTypes(mapper: TypeMapper, types: readonly CatalogUserType[] | undefined): TypeMapper {
  if (types === undefined || !types.some((t) => t.kind === 'enum')) return mapper;
  const byKey = userTypesByKey(types);
  return (column: NativeTypeFacts): CanonicalType => {
    const enumType = enumOfType(column.nativeType, byKey);
    return enumType === null ? mapper(column) : { kind: 'varchar', length: longestLabel(enumType.labels) };
  };
}
