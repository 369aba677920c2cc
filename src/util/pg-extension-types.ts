/**
 * Column types of the PostgreSQL extensions an ERP database is likely to use (names as the extension
 * creates them; contrib modules of PostgreSQL 15 and PostGIS 3, pgvector). A pg_dump export says
 * `CREATE EXTENSION citext` but not which types that brings, and a plan needs to know which extension
 * a column type such as `geometry` (from a mapping-file override) comes from.
 */
export const EXTENSION_TYPES: Readonly<Record<string, readonly string[]>> = {
  citext: ['citext'],
  cube: ['cube'],
  earthdistance: ['earth'],
  hstore: ['ghstore', 'hstore'],
  isn: ['ean13', 'isbn', 'isbn13', 'ismn', 'ismn13', 'issn', 'issn13', 'upc'],
  ltree: ['lquery', 'ltree', 'ltree_gist', 'ltxtquery'],
  pg_trgm: ['gtrgm'],
  postgis: ['box2d', 'box2df', 'box3d', 'geography', 'geometry', 'geometry_dump', 'gidx', 'spheroid', 'valid_detail'],
  postgis_raster: ['raster'],
  seg: ['seg'],
  vector: ['halfvec', 'sparsevec', 'vector'],
};

const OWNER = new Map(Object.entries(EXTENSION_TYPES).flatMap(([extension, types]) => types.map((type) => [type, extension] as const)));

/** The extension that creates a type of this name, or null for a type no listed extension creates. */
export function extensionOfType(name: string): string | null {
  return OWNER.get(name) ?? null;
}
