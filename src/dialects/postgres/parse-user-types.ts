/**
 * Pure: which user types and extensions the columns of a snapshot use. Live introspection and the
 * pg_dump importer both find every candidate type of the database (or file) and keep the ones a kept
 * column reaches — directly, as an array element, through a domain's base type or a composite's
 * attributes — so both agree, and an `--include`d subset lists only its own types.
 */
import type { CatalogExtension, CatalogSchema, CatalogUserType } from '../../model/catalog.js';
import { parsePgTypeReference, pgTypeKey } from '../../util/pg-type-name.js';
import { compareStrings } from '../../util/stable-json.js';

/** A type an extension owns, as the candidates list it. */
export interface ExtensionType {
  readonly schema: string;
  readonly name: string;
  readonly extension: string;
  readonly extensionSchema: string;
}

export interface TypeCandidates {
  readonly userTypes: readonly CatalogUserType[];
  readonly extensionTypes: readonly ExtensionType[];
}

export interface UsedTypes {
  readonly userTypes?: readonly CatalogUserType[];
  readonly extensions?: readonly CatalogExtension[];
}

const keyOf = (text: string): string | null => {
  const ref = parsePgTypeReference(text);
  return pgTypeKey(ref.schema, ref.name);
};

/** Type texts a user type refers to: a domain's base, a composite's attribute types. */
export function referencedTypeTexts(type: CatalogUserType): string[] {
  if (type.kind === 'domain') return [type.baseType];
  if (type.kind === 'composite') return type.attributes.map((a) => a.type);
  return [];
}

export function selectUsedTypes(schemas: readonly CatalogSchema[], candidates: TypeCandidates): UsedTypes {
  const userTypes = new Map(candidates.userTypes.map((t) => [`${t.schema}\u0000${t.name}`, t]));
  const extensionTypes = new Map(candidates.extensionTypes.map((t) => [`${t.schema}\u0000${t.name}`, t]));
  const reached = new Set<string>();
  const pending: string[] = [];
  const visit = (text: string | undefined): void => {
    const key = text === undefined ? null : keyOf(text);
    if (key === null || reached.has(key)) return;
    reached.add(key);
    pending.push(key);
  };
  for (const schema of schemas) {
    for (const table of schema.tables) {
      for (const column of table.columns) {
        visit(column.nativeType);
        visit(column.userType);
      }
    }
  }
  while (pending.length > 0) {
    const type = userTypes.get(pending.pop()!);
    if (type !== undefined) referencedTypeTexts(type).forEach(visit);
  }
  const usedTypes = [...reached].flatMap((key) => userTypes.get(key) ?? [])
    .sort((a, b) => compareStrings(a.schema, b.schema) || compareStrings(a.name, b.name));
  const byExtension = new Map<string, { schema: string; types: string[] }>();
  for (const key of reached) {
    const owned = extensionTypes.get(key);
    if (owned === undefined) continue;
    const entry = byExtension.get(owned.extension) ?? { schema: owned.extensionSchema, types: [] };
    entry.types.push(owned.name);
    byExtension.set(owned.extension, entry);
  }
  const extensions: CatalogExtension[] = [...byExtension].sort(([a], [b]) => compareStrings(a, b))
    .map(([name, entry]) => ({ name, schema: entry.schema, types: entry.types.sort(compareStrings) }));
  return {
    ...(usedTypes.length > 0 ? { userTypes: usedTypes } : {}),
    ...(extensions.length > 0 ? { extensions } : {}),
  };
}
