/**
 * sys.columns + sys.types + sys.identity_columns rows → CatalogColumn (conventions in
 * src/model/catalog.ts): base type name, alias kept as userType, length in characters (nchar/nvarchar
 * bytes halved, -1 → null for (max)), bytes for binary/varbinary; precision/scale for decimal/numeric,
 * precision for float/real, scale = fractional digits for time/datetime2/datetimeoffset.
 */
import type { CatalogColumn, IdentitySpec } from '../../model/catalog.js';
import { columnLength, precisionAndScale } from './native-type.js';
import { bit, decimalTextOrNull, numberOrNull, text, textOrNull, trimmedOrNull, type DictionaryRow } from './parse-values.js';

export const tableKey = (schema: string, table: string): string => `${schema}\u0000${table}`;

export function parseIdentityRows(rows: readonly DictionaryRow[]): Map<string, IdentitySpec> {
  const byColumn = new Map<string, IdentitySpec>();
  for (const row of rows) {
    byColumn.set(`${tableKey(text(row, 'schema_name'), text(row, 'table_name'))}\u0000${text(row, 'column_name')}`, {
      generation: 'always',
      // sql_variant cast to nvarchar in IDENTITY_SQL: decimal text with every digit.
      start: decimalTextOrNull(row, 'seed_value'),
      increment: decimalTextOrNull(row, 'increment_value'),
    });
  }
  return byColumn;
}

function userType(row: DictionaryRow, nativeType: string): { userType?: string } {
  const declared = text(row, 'type_name');
  if (declared === nativeType) return {};
  const schema = textOrNull(row, 'type_schema_name');
  return { userType: bit(row, 'is_user_defined') && schema !== null ? `${schema}.${declared}` : declared };
}

export function parseColumnRow(row: DictionaryRow, identity: IdentitySpec | undefined): CatalogColumn {
  // hierarchyid / geometry / geography and CLR types have no base row: the declared name is the type.
  const nativeType = textOrNull(row, 'base_type_name') ?? text(row, 'type_name');
  const computed = bit(row, 'is_computed') ? trimmedOrNull(row, 'computed_definition') : null;
  const isIdentity = bit(row, 'is_identity');
  return {
    name: text(row, 'column_name'),
    nativeType,
    length: columnLength(nativeType, numberOrNull(row, 'max_length')),
    ...precisionAndScale(nativeType, row),
    nullable: bit(row, 'is_nullable'),
    default: trimmedOrNull(row, 'default_definition'),
    identity: isIdentity ? (identity ?? { generation: 'always', start: null, increment: null }) : null,
    ...(computed !== null ? { computed } : {}),
    ...userType(row, nativeType),
  };
}
