/**
 * Former name of the PostgreSQL / MySQL row readers, kept so dialect imports stay valid while they
 * move to src/util/row-reader.ts (one reader for every driver's rows).
 */
export { bool, boolArray, numberOrNull, text, textArray, textOrNull, type DriverRow as CatalogRow } from './row-reader.js';
