/**
 * Native type text as it is declared in DDL, rebuilt from the catalog facts (the catalog keeps the
 * bare type name for Oracle / SQL Server and the length / precision / scale beside it; see
 * src/model/catalog.ts). Used for homogeneous targets, where a column keeps its native type.
 */
import type { CatalogColumn, DialectName } from '../../model/catalog.js';

type NativeFacts = Pick<CatalogColumn, 'nativeType' | 'length' | 'precision' | 'scale' | 'lengthSemantics'>;

function oracleType(column: NativeFacts): string {
  const name = column.nativeType.trim();
  if (name.includes('(')) return name; // TIMESTAMP(6) WITH TIME ZONE, INTERVAL DAY(2) TO SECOND(6)
  const upper = name.toUpperCase();
  const { length, precision, scale } = column;
  if ((upper === 'VARCHAR2' || upper === 'CHAR') && length !== null) {
    const semantics = column.lengthSemantics === undefined ? '' : ` ${column.lengthSemantics.toUpperCase()}`;
    return `${upper}(${length}${semantics})`;
  }
  if ((upper === 'NVARCHAR2' || upper === 'NCHAR' || upper === 'RAW' || upper === 'UROWID') && length !== null) {
    return `${upper}(${length})`;
  }
  if (upper === 'NUMBER') {
    if (precision === null) return scale === null ? 'NUMBER' : `NUMBER(*,${scale})`;
    return scale === null || scale === 0 ? `NUMBER(${precision})` : `NUMBER(${precision},${scale})`;
  }
  if (upper === 'FLOAT' && precision !== null) return `FLOAT(${precision})`;
  return upper;
}

const MSSQL_SIZED = new Set(['varchar', 'nvarchar', 'varbinary']);
const MSSQL_FIXED = new Set(['char', 'nchar', 'binary']);
const MSSQL_FRACTIONAL = new Set(['datetime2', 'time', 'datetimeoffset']);

function mssqlType(column: NativeFacts): string {
  const name = column.nativeType.trim();
  if (name.includes('(')) return name;
  const lower = name.toLowerCase();
  const { length, precision, scale } = column;
  if (MSSQL_SIZED.has(lower)) return `${lower}(${length === null || length < 0 ? 'max' : length})`;
  if (MSSQL_FIXED.has(lower) && length !== null) return `${lower}(${length})`;
  if ((lower === 'decimal' || lower === 'numeric') && precision !== null) return `${lower}(${precision},${scale ?? 0})`;
  if (MSSQL_FRACTIONAL.has(lower) && scale !== null) return `${lower}(${scale})`;
  if (lower === 'float' && precision !== null && precision !== 53) return `float(${precision})`;
  return lower;
}

/** The column's type as its own dialect declares it (MySQL COLUMN_TYPE and PostgreSQL format_type are already complete). */
export function renderNativeType(dialect: DialectName, column: NativeFacts): string {
  if (dialect === 'oracle') return oracleType(column);
  if (dialect === 'mssql') return mssqlType(column);
  return column.nativeType.trim();
}
