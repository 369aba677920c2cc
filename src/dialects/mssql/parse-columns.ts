/**
 * sys.columns + sys.types + sys.identity_columns rows → CatalogColumn (conventions in
 * src/model/catalog.ts): base type name, alias kept as userType, length in characters (nchar/nvarchar
 * bytes halved, -1 → null for (max)), bytes for binary/varbinary; precision/scale for decimal/numeric,
 * precision for float/real, scale = fractional digits for time/datetime2/datetimeoffset.
 */
import type { CatalogColumn, IdentitySpec } from '../../model/catalog.js';
import { bit, decimalTextOrNull, numberOrNull, text, textOrNull, trimmedOrNull, type DictionaryRow } from './row-values.js';

const CHARACTER_TYPES = new Set(['char', 'varchar']);
const NATIONAL_TYPES = new Set(['nchar', 'nvarchar']);
const BINARY_TYPES = new Set(['binary', 'varbinary']);
const DECIMAL_TYPES = new Set(['decimal', 'numeric']);
const FLOAT_TYPES = new Set(['float', 'real']);
const FRACTIONAL_TYPES = new Set(['time', 'datetime2', 'datetimeoffset']);
const INTEGER_TYPES = new Set(['tinyint', 'smallint', 'int', 'bigint']);

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

function columnLength(type: string, maxLength: number | null): number | null {
  if (maxLength === null || maxLength === -1) return null;
  if (NATIONAL_TYPES.has(type)) return maxLength / 2;
  if (CHARACTER_TYPES.has(type) || BINARY_TYPES.has(type)) return maxLength;
  return null;
}

function precisionAndScale(type: string, row: DictionaryRow): { precision: number | null; scale: number | null } {
  if (DECIMAL_TYPES.has(type)) return { precision: numberOrNull(row, 'precision'), scale: numberOrNull(row, 'scale') };
  if (FLOAT_TYPES.has(type)) return { precision: numberOrNull(row, 'precision'), scale: null };
  if (FRACTIONAL_TYPES.has(type)) return { precision: null, scale: numberOrNull(row, 'scale') };
  return { precision: null, scale: null };
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

/** Integer keys that parallel-load ranges can split. */
export function isIntegerColumn(column: CatalogColumn): boolean {
  if (INTEGER_TYPES.has(column.nativeType)) return true;
  return DECIMAL_TYPES.has(column.nativeType) && column.scale === 0;
}
