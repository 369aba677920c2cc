/** DBA_TAB_COLS + DBA_TAB_IDENTITY_COLS rows → CatalogColumn, per the conventions in src/model/catalog.ts. */
import type { CatalogColumn, IdentitySpec } from '../../model/catalog.js';
import { columnLength } from './native-type.js';
import { flag, numberOrNull, text, textOrNull, trimmedOrNull, type DictionaryRow } from './parse-values.js';

const PLAIN_TYPE_OWNERS = new Set(['SYS', 'PUBLIC']);

export const tableKey = (owner: string, table: string): string => `${owner}\u0000${table}`;

/** IDENTITY_OPTIONS "START WITH: 1, INCREMENT BY: 1, MAX_VALUE: …" → one option's value. */
function identityOption(options: string | null, name: string): string | null {
  if (options === null) return null;
  const match = new RegExp(`${name}:\\s*(-?\\d+)`).exec(options);
  return match?.[1] ?? null;
}

export function parseIdentityRows(rows: readonly DictionaryRow[]): Map<string, IdentitySpec> {
  const byColumn = new Map<string, IdentitySpec>();
  for (const row of rows) {
    const options = textOrNull(row, 'IDENTITY_OPTIONS');
    byColumn.set(`${tableKey(text(row, 'OWNER'), text(row, 'TABLE_NAME'))}\u0000${text(row, 'COLUMN_NAME')}`, {
      generation: text(row, 'GENERATION_TYPE').trim() === 'ALWAYS' ? 'always' : 'by-default',
      start: identityOption(options, 'START WITH'),
      increment: identityOption(options, 'INCREMENT BY'),
    });
  }
  return byColumn;
}

function lengthSemantics(row: DictionaryRow): { lengthSemantics?: 'char' | 'byte' } {
  const used = textOrNull(row, 'CHAR_USED');
  if (used === 'C') return { lengthSemantics: 'char' };
  if (used === 'B') return { lengthSemantics: 'byte' };
  return {};
}

function userType(row: DictionaryRow, dataType: string): { userType?: string } {
  const owner = textOrNull(row, 'DATA_TYPE_OWNER');
  return owner === null || PLAIN_TYPE_OWNERS.has(owner) ? {} : { userType: `${owner}.${dataType}` };
}

export function parseColumnRow(row: DictionaryRow, identity: IdentitySpec | undefined): CatalogColumn {
  const dataType = text(row, 'DATA_TYPE');
  const virtual = flag(row, 'VIRTUAL_COLUMN', 'YES');
  const expression = trimmedOrNull(row, 'DATA_DEFAULT');
  const isIdentity = identity !== undefined || flag(row, 'IDENTITY_COLUMN', 'YES');
  return {
    name: text(row, 'COLUMN_NAME'),
    nativeType: dataType,
    length: columnLength(dataType, row),
    precision: numberOrNull(row, 'DATA_PRECISION'),
    scale: numberOrNull(row, 'DATA_SCALE'),
    nullable: flag(row, 'NULLABLE', 'Y'),
    // An identity column's DATA_DEFAULT is its ISEQ$$ sequence call, which the identity spec replaces.
    default: virtual || isIdentity ? null : expression,
    identity: isIdentity ? (identity ?? { generation: 'always', start: null, increment: null }) : null,
    ...(virtual ? { computed: expression } : {}),
    ...lengthSemantics(row),
    ...userType(row, dataType),
  };
}

/** Visible columns in COLUMN_ID order, then INVISIBLE ones (COLUMN_ID NULL) by INTERNAL_COLUMN_ID. */
export function compareColumnRows(a: DictionaryRow, b: DictionaryRow): number {
  const idA = numberOrNull(a, 'COLUMN_ID') ?? Number.MAX_SAFE_INTEGER;
  const idB = numberOrNull(b, 'COLUMN_ID') ?? Number.MAX_SAFE_INTEGER;
  if (idA !== idB) return idA - idB;
  return (numberOrNull(a, 'INTERNAL_COLUMN_ID') ?? 0) - (numberOrNull(b, 'INTERNAL_COLUMN_ID') ?? 0);
}
