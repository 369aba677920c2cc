/**
 * PostgreSQL DDL import: `pg_dump --schema-only` output or a hand-written script → catalog schemas,
 * equal to what live introspection reads from the same database (row counts and sizes aside).
 * Statements are split here and parsed one by one with libpg-query (PostgreSQL's own parser);
 * only statements that can declare catalog objects are parsed, so INSERT-heavy files stay fast.
 */
import { loadModule } from 'libpg-query';
import type { DdlReadOptions, DdlReadResult, DdlReader } from '../ddl-reader.js';
import { CatalogDraft, finishSchemas } from './catalog-draft.js';
import { readStatement, type StatementOutcome } from './read-statement.js';
import { iteratePostgresStatements } from './split-statements.js';
import type { PgContext } from './pg-context.js';
import type { CatalogNote, CatalogSchema } from '../../model/catalog.js';
import { referencedTypeTexts, selectUsedTypes, type ExtensionType, type TypeCandidates } from '../../dialects/postgres/parse-user-types.js';
import { EXTENSION_TYPES } from '../../util/pg-extension-types.js';
import { parsePgTypeReference } from '../../util/pg-type-name.js';

// The parser is WebAssembly and loads asynchronously; DdlReader is synchronous, so load it when
// this module is first imported.
await loadModule();

/** Resolves once the parser is ready (it already is after this module's import). */
export async function loadPostgresParser(): Promise<void> {
  await loadModule();
}

const VERSION = /^-- Dumped from database version (\S+)/m;
const ENCODING = /^SET client_encoding = '([^']+)';/m;

function unreadable(options: DdlReadOptions, line: number, what: string, reason: string): CatalogNote {
  return {
    rule: 'ddl-unreadable-statement',
    severity: 'warning',
    object: `${options.file}:${line}`,
    message: `could not read ${what}: ${reason}`,
    hint: 'check the statement at this line; the rest of the file was read, but this object is missing from the inventory',
  };
}

/** One file of a multi-file export, as the caller decoded it. */
export interface PostgresSourceFile {
  readonly file: string;
  readonly text: string;
}

function sourceFacts(text: string): Record<string, string> {
  // pg_dump writes the database encoding as the client encoding; live reports server_encoding.
  const head = text.slice(0, 4000);
  const facts: Record<string, string> = {};
  const version = VERSION.exec(head)?.[1];
  const encoding = ENCODING.exec(head)?.[1];
  if (version) facts.version = version;
  if (encoding) facts.charset = encoding;
  return facts;
}

/**
 * The file's types as candidates. An extension's types are the ones EXTENSION_TYPES knows; an
 * extension it does not know owns the undeclared types used in its schema when it is the only such
 * extension there (a dump never says which types an extension brings).
 */
function typeCandidates(ctx: PgContext, schemas: readonly CatalogSchema[]): TypeCandidates {
  const userTypes = [...ctx.typeDefinitions.values()];
  const extensionTypes: ExtensionType[] = [];
  const unknownBySchema = new Map<string, string[]>();
  for (const [extension, schema] of ctx.extensions) {
    const known = EXTENSION_TYPES[extension];
    if (known === undefined) unknownBySchema.set(schema, [...(unknownBySchema.get(schema) ?? []), extension]);
    for (const name of known ?? []) extensionTypes.push({ schema, name, extension, extensionSchema: schema });
  }
  const declared = new Set([...userTypes, ...extensionTypes].map((t) => `${t.schema}\u0000${t.name}`));
  const texts = [...schemas.flatMap((s) => s.tables.flatMap((t) => t.columns.map((c) => c.nativeType))), ...userTypes.flatMap(referencedTypeTexts)];
  for (const text of texts) {
    const ref = parsePgTypeReference(text);
    const owners = ref.schema === null ? undefined : unknownBySchema.get(ref.schema);
    if (ref.schema === null || owners?.length !== 1 || declared.has(`${ref.schema}\u0000${ref.name}`)) continue;
    declared.add(`${ref.schema}\u0000${ref.name}`);
    extensionTypes.push({ schema: ref.schema, name: ref.name, extension: owners[0]!, extensionSchema: ref.schema });
  }
  return { userTypes, extensionTypes };
}

/**
 * Several files read as one script, in order (e.g. `pg_dump --section=pre-data` then `post-data`):
 * an ALTER TABLE or CREATE INDEX in a later file finds the table an earlier file created.
 */
export function readPostgresFiles(sources: readonly PostgresSourceFile[], defaultSchema: string): DdlReadResult {
  const draft = new CatalogDraft();
  const ctx: PgContext = {
    draft,
    defaultSchema,
    // Live introspection and pg_dump both run with search_path = '': only pg_catalog names are bare.
    schemaVisible: (schema) => schema === 'pg_catalog',
    domains: new Map(),
    userTypes: new Set(),
    typeDefinitions: new Map(),
    extensions: new Map(),
  };
  // Every database has its default schema (public), declared or not; live lists it even when empty.
  draft.schema(defaultSchema);
  const notes: CatalogNote[] = [];
  let statementCount = 0;
  const facts: Record<string, string> = {};
  for (const source of sources) {
    ctx.defaultSchema = defaultSchema;
    for (const statement of iteratePostgresStatements(source.text)) {
      statementCount += 1;
      const outcome: StatementOutcome = readStatement(ctx, statement);
      if (outcome.kind === 'unreadable') {
        notes.push(unreadable({ file: source.file, defaultSchema }, statement.line, outcome.what, outcome.reason));
      }
    }
    Object.assign(facts, sourceFacts(source.text));
  }
  const schemas = finishSchemas(draft, { keepEmptySchemas: true });
  return {
    schemas,
    ...selectUsedTypes(schemas, typeCandidates(ctx, schemas)),
    notes,
    statements: statementCount,
    tables: schemas.reduce((n, s) => n + s.tables.length, 0),
    ...(Object.keys(facts).length > 0 ? { sourceFacts: facts } : {}),
  };
}

export const readPostgresDdl: DdlReader = (text: string, options: DdlReadOptions): DdlReadResult =>
  readPostgresFiles([{ file: options.file, text }], options.defaultSchema);
