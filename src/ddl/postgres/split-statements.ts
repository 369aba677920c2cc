/**
 * Splits a PostgreSQL script (pg_dump output or a hand-written file) into statements, the way psql
 * does: quotes, `E'…'` escapes, `"identifiers"`, `$tag$ … $tag$` bodies, `--` and nested block
 * comments, `BEGIN ATOMIC … END` function bodies. psql meta-commands (`\restrict`, `\c db`,
 * `\connect`) are dropped, and `COPY … FROM stdin;` data up to its `\.` line is skipped.
 */
export interface SqlStatement {
  /** Statement text without the terminating `;` and without leading comments. */
  readonly text: string;
  /** 1-based line of the statement's first character in the file. */
  readonly line: number;
}

const isIdentChar = (c: string): boolean => /[A-Za-z0-9_$\u0080-\uffff]/.test(c);
const isSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';

/** Index just past the quoted run starting at `i` (which holds the quote `q`). */
function skipQuoted(s: string, i: number, q: string, backslashEscapes: boolean): number {
  let j = i + 1;
  while (j < s.length) {
    const c = s[j];
    if (backslashEscapes && c === '\\') j += 2;
    else if (c === q) {
      if (s[j + 1] === q) j += 2;
      else return j + 1;
    } else j += 1;
  }
  return j;
}

function skipBlockComment(s: string, i: number): number {
  let depth = 0;
  let j = i;
  while (j < s.length) {
    if (s[j] === '/' && s[j + 1] === '*') {
      depth += 1;
      j += 2;
    } else if (s[j] === '*' && s[j + 1] === '/') {
      depth -= 1;
      j += 2;
      if (depth === 0) return j;
    } else j += 1;
  }
  return j;
}

/** `$tag$` opening at `i`, or null when the `$` is not a dollar quote (e.g. `$1`). */
function dollarTag(s: string, i: number): string | null {
  if (i > 0 && isIdentChar(s[i - 1] ?? '')) return null;
  const m = /^\$([A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/.exec(s.slice(i, i + 66));
  return m ? m[0] : null;
}

function endOfLine(s: string, i: number): number {
  const j = s.indexOf('\n', i);
  return j < 0 ? s.length : j + 1;
}

/** Skips whitespace, comments and meta-command lines before a statement; returns the new index. */
function skipGap(s: string, i: number): number {
  let j = i;
  for (;;) {
    while (j < s.length && isSpace(s[j] ?? '')) j += 1;
    if (s.startsWith('--', j)) j = endOfLine(s, j);
    else if (s.startsWith('/*', j)) j = skipBlockComment(s, j);
    else if (s[j] === '\\') j = endOfLine(s, j);
    else return j;
  }
}

/** Skips `COPY … FROM stdin` data lines up to and including the `\.` line. */
function skipCopyData(s: string, i: number): number {
  let j = i;
  while (j < s.length) {
    const next = endOfLine(s, j);
    if (s.slice(j, next).trimEnd() === '\\.') return next;
    j = next;
  }
  return j;
}

class LineCounter {
  private pos = 0;
  private line = 1;
  constructor(private readonly s: string) {}
  at(index: number): number {
    for (let k = this.s.indexOf('\n', this.pos); k >= 0 && k < index; k = this.s.indexOf('\n', k + 1)) this.line += 1;
    this.pos = Math.max(this.pos, index);
    return this.line;
  }
}

/** Reads one word starting at `i` (letters only), upper-cased, or ''. */
function wordAt(s: string, i: number): string {
  let j = i;
  while (j < s.length && /[A-Za-z_]/.test(s[j] ?? '')) j += 1;
  return s.slice(i, j).toUpperCase();
}

export function splitPostgresStatements(script: string): SqlStatement[] {
  return [...iteratePostgresStatements(script)];
}

/** The statements one at a time, so a large export never holds all of them at once. */
export function* iteratePostgresStatements(script: string): Generator<SqlStatement> {
  const s = script.charCodeAt(0) === 0xfeff ? script.slice(1) : script;
  const lines = new LineCounter(s);
  let i = skipGap(s, 0);
  while (i < s.length) {
    const start = i;
    const isRoutine = /^CREATE\s+(OR\s+REPLACE\s+)?(FUNCTION|PROCEDURE)\b/i.test(s.slice(start, start + 40));
    let atomicDepth = 0;
    // As psql: a `;` inside parentheses (a rule's `DO (…; …)`) does not end the statement. Only
    // rules need it, and counting elsewhere would let one unbalanced `(` swallow the rest of the file.
    const isRule = /^CREATE\s+(OR\s+REPLACE\s+)?RULE\b/i.test(s.slice(start, start + 40));
    let parenDepth = 0;
    let j = start;
    while (j < s.length) {
      const c = s[j] ?? '';
      if (c === ';' && atomicDepth === 0 && parenDepth <= 0) break;
      if (isRule && c === '(') parenDepth += 1;
      else if (isRule && c === ')') parenDepth -= 1;
      if (c === "'") j = skipQuoted(s, j, "'", j > 0 && /[eE]/.test(s[j - 1] ?? '') && !isIdentChar(s[j - 2] ?? ''));
      else if (c === '"') j = skipQuoted(s, j, '"', false);
      else if (c === '-' && s[j + 1] === '-') j = endOfLine(s, j);
      else if (c === '/' && s[j + 1] === '*') j = skipBlockComment(s, j);
      else if (c === '$') {
        const tag = dollarTag(s, j);
        if (tag === null) j += 1;
        else {
          const close = s.indexOf(tag, j + tag.length);
          j = close < 0 ? s.length : close + tag.length;
        }
      } else if (isRoutine && /[A-Za-z_]/.test(c) && !isIdentChar(s[j - 1] ?? ' ')) {
        const word = wordAt(s, j);
        if (word === 'BEGIN' || (word === 'CASE' && atomicDepth > 0)) atomicDepth += 1;
        else if (word === 'END' && atomicDepth > 0) atomicDepth -= 1;
        j += Math.max(word.length, 1);
      } else j += 1;
    }
    const text = s.slice(start, j).trimEnd();
    if (text.length > 0) yield { text, line: lines.at(start) };
    i = j + 1;
    if (/^COPY\b[\s\S]*\bFROM\s+stdin\b/i.test(text)) i = skipCopyData(s, endOfLine(s, j));
    i = skipGap(s, i);
  }
}
