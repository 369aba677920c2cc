/**
 * PostgreSQL-only column types of a PostgreSQL source: arrays, enums, domains, composite types and
 * extension types (citext, hstore, PostGIS…). A PostgreSQL target gets them as they are (plan
 * pre-load.sql creates the extensions and types), so they are notes, not blockers; the assessment
 * does not know the target, so each note also says what other targets do with the column.
 */
import type { CatalogExtension, CatalogUserType } from '../../model/catalog.js';
import type { Finding, InventoryColumn } from '../../model/inventory.js';
import { parsePgTypeReference, pgTypeKey } from '../../util/pg-type-name.js';
import { enumOfType, longestLabel, userTypesByKey } from '../user-type-canonical.js';
import { eachTable, finding, objectName, type Check } from './context.js';

export type PostgresTypeKind = 'array' | 'enum' | 'domain' | 'composite' | 'extension';

export interface PostgresTypeLookup {
  readonly userTypes: ReadonlyMap<string, CatalogUserType>;
  /** `schema\u0000type` → extension name. */
  readonly extensionTypes: ReadonlyMap<string, string>;
}

export function makePostgresTypeLookup(userTypes: readonly CatalogUserType[] = [], extensions: readonly CatalogExtension[] = []): PostgresTypeLookup {
  return {
    userTypes: userTypesByKey(userTypes),
    extensionTypes: new Map(extensions.flatMap((e) => e.types.map((t) => [`${e.schema}\u0000${t}`, e.name] as const))),
  };
}

/** What makes a column PostgreSQL-only, or null for a built-in scalar (or an unknown user type). */
export function postgresTypeKind(column: InventoryColumn, lookup: PostgresTypeLookup): PostgresTypeKind | null {
  const ref = parsePgTypeReference(column.nativeType);
  if (ref.arrayDims > 0) return 'array';
  if (column.userType !== undefined && lookup.userTypes.get(parsePgKey(column.userType))?.kind === 'domain') return 'domain';
  const key = pgTypeKey(ref.schema, ref.name);
  if (key === null) return null;
  const type = lookup.userTypes.get(key);
  if (type !== undefined) return type.kind;
  return lookup.extensionTypes.has(key) ? 'extension' : null;
}

function parsePgKey(text: string): string {
  const ref = parsePgTypeReference(text);
  return pgTypeKey(ref.schema, ref.name) ?? '';
}

function message(kind: PostgresTypeKind, column: InventoryColumn, lookup: PostgresTypeLookup): string {
  const native = column.nativeType;
  const carried = 'carried as is to PostgreSQL';
  switch (kind) {
    case 'array':
      return `${native} is an array: ${carried}; other targets have no array type`;
    case 'enum': {
      const labels = enumOfType(native, lookup.userTypes)?.labels ?? [];
      return `${native} is an enum (${labels.length} labels): ${carried}; other targets map it to varchar(${longestLabel(labels)})`;
    }
    case 'domain':
      return `domain ${column.userType ?? native} over ${native}: ${carried}; other targets map it to its base type without the domain's constraints`;
    case 'composite':
      return `${native} is a composite type: ${carried}; other targets have no equivalent`;
    case 'extension': {
      const ref = parsePgTypeReference(native);
      return `${native} belongs to extension ${lookup.extensionTypes.get(pgTypeKey(ref.schema, ref.name) ?? '') ?? '?'}: ${carried} (the target needs the extension); other targets map it as the type map says`;
    }
  }
}

export const postgresTypeCheck: Check = {
  rules: ['postgres-specific-type'],
  run: ({ schemas, source, userTypes, extensions }) => {
    if (source.dialect !== 'postgres') return [];
    const lookup = makePostgresTypeLookup(userTypes, extensions);
    const out: Finding[] = [];
    for (const { schema, table } of eachTable(schemas)) {
      for (const column of table.columns) {
        const kind = postgresTypeKind(column, lookup);
        if (kind === null) continue;
        out.push(finding('postgres-specific-type', 'info', objectName(schema.name, table.name, column.name), message(kind, column, lookup),
          'nothing to do for a PostgreSQL target; for MySQL exclude the column or map it in the mapping file (types: / unsupported:)'));
      }
    }
    return out;
  },
};
