/** State shared by the MySQL statement readers while one file is read. */
import type { CatalogDraft } from '../postgres/catalog-draft.js';
import type { TypeFlavour } from './column-type.js';
import { nameOf, type Token } from './tokens.js';

export interface MyContext {
  readonly draft: CatalogDraft;
  /** The current database: the reader's default, then `USE db`. */
  schema: string;
  readonly flavour: TypeFlavour & { readonly mariadb: boolean };
  /** Table DEFAULT CHARSET values seen, for sourceFacts. */
  readonly charsets: Set<string>;
}

/** One statement: its text, tokens and first line. */
export interface MyStatement {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly line: number;
}

/** `name` or `db`.`name` at `at` → qualified name and the index after it. */
export function readQualifiedName(ctx: MyContext, tokens: readonly Token[], at: number): { schema: string; name: string; next: number } {
  const first = nameOf(tokens[at]);
  if (tokens[at + 1]?.text === '.' && tokens[at + 2]) {
    return { schema: first, name: nameOf(tokens[at + 2]), next: at + 3 };
  }
  return { schema: ctx.schema, name: first, next: at + 1 };
}
