/**
 * Former name of the Oracle / SQL Server row readers, kept so dialect imports stay valid while they
 * move to src/util/row-reader.ts (one reader for every driver's rows).
 */
export { decimalTextOrNull, fail, numberOrNull, text, textOrNull, trimmedOrNull, type DriverRow as DictionaryRow } from './row-reader.js';
