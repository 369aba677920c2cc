/**
 * The order every target's post-load script follows (DMS best practice: after the full load):
 * unique constraints, check constraints, secondary indexes, foreign keys, the cycle-closing foreign keys last, then
 * identity and sequence resets. Each target renders the statements; this assembles them.
 */
export interface PostLoadParts {
  /** Comment lines (and client commands such as SET DEFINE OFF) at the top. */
  readonly header: readonly string[];
  readonly unique: readonly string[];
  /** CHECK constraints the target adds for source semantics it lacks (MySQL ENUM / SET labels); absent when none. */
  readonly checks?: { readonly title: string; readonly statements: readonly string[] };
  readonly indexes: readonly string[];
  readonly foreignKeys: readonly { readonly deferred: boolean; readonly sql: string }[];
  readonly identity: { readonly title: string; readonly statements: readonly string[] };
  readonly sequences: { readonly title: string; readonly statements: readonly string[] };
}

function section(title: string, statements: readonly string[]): string | null {
  return statements.length === 0 ? null : [`-- ${title}`, ...statements].join('\n\n');
}

export function assemblePostLoad(parts: PostLoadParts): string {
  const blocks = [
    parts.header.join('\n'),
    section('unique constraints', parts.unique),
    parts.checks === undefined ? null : section(parts.checks.title, parts.checks.statements),
    section('secondary indexes', parts.indexes),
    section('foreign keys', parts.foreignKeys.filter((f) => !f.deferred).map((f) => f.sql)),
    section('foreign keys that close a dependency cycle (added last)', parts.foreignKeys.filter((f) => f.deferred).map((f) => f.sql)),
    section(parts.identity.title, parts.identity.statements),
    section(parts.sequences.title, parts.sequences.statements),
  ].filter((block): block is string => block !== null);
  return `${blocks.join('\n\n')}\n`;
}
