/**
 * Splits a MySQL/MariaDB script (mysqldump output or hand-written) into statements the way the
 * `mysql` client does: `DELIMITER x` lines, quotes with backslash escapes, backtick identifiers,
 * `--`, `#` and block comments. Versioned comments `/*!NNNNN … *\/` run on any recent server, so
 * their content is kept as statement text (views, triggers and partitioning live there); MariaDB's
 * `/*M!NNNNN … *\/` is kept the same way unless it holds a client command (`\-` sandbox line).
 */
export interface SqlStatement {
  /** Statement text with comments removed and versioned-comment content inlined, trimmed. */
  readonly text: string;
  /** 1-based line of the statement's first character in the file. */
  readonly line: number;
}

interface Cursor {
  readonly s: string;
  i: number;
  line: number;
}

function advance(c: Cursor, to: number): void {
  for (let k = c.s.indexOf('\n', c.i); k >= 0 && k < to; k = c.s.indexOf('\n', k + 1)) c.line += 1;
  c.i = to;
}

function quotedEnd(s: string, i: number, q: string): number {
  let j = i + 1;
  while (j < s.length) {
    const ch = s[j];
    if (ch === '\\' && q !== '`') j += 2;
    else if (ch === q) {
      if (s[j + 1] === q) j += 2;
      else return j + 1;
    } else j += 1;
  }
  return j;
}

function lineEnd(s: string, i: number): number {
  const j = s.indexOf('\n', i);
  return j < 0 ? s.length : j;
}

const isDashComment = (s: string, i: number): boolean =>
  s[i] === '-' && s[i + 1] === '-' && (i + 2 >= s.length || /[\s]/.test(s[i + 2] ?? ''));

/** Skips blanks, comments and `DELIMITER` lines between statements; returns the new delimiter. */
function skipGap(c: Cursor, delimiter: string): string {
  let current = delimiter;
  for (;;) {
    const { s } = c;
    let j = c.i;
    while (j < s.length && /\s/.test(s[j] ?? '')) j += 1;
    advance(c, j);
    if (isDashComment(s, j) || s[j] === '#') advance(c, lineEnd(s, j));
    else if (s.startsWith('/*', j) && !/^\/\*M?!/.test(s.slice(j, j + 4))) {
      const end = s.indexOf('*/', j + 2);
      advance(c, end < 0 ? s.length : end + 2);
    } else if (/^\/\*M!\d*\s*\\/.test(s.slice(j, j + 20))) {
      const end = s.indexOf('*/', j + 2);
      advance(c, end < 0 ? s.length : end + 2);
    } else if (/^DELIMITER[ \t]+\S/i.test(s.slice(j, j + 12))) {
      const end = lineEnd(s, j);
      current = s.slice(j + 9, end).trim().split(/\s+/)[0] ?? ';';
      advance(c, end);
    } else return current;
  }
}

/** Reads one statement from the cursor up to the delimiter; returns its cleaned text. */
function readStatement(c: Cursor, delimiter: string): string {
  const { s } = c;
  const parts: string[] = [];
  let run = c.i;
  let j = c.i;
  let versionedOpen = 0;
  const flush = (to: number, replacement: string, next: number): void => {
    parts.push(s.slice(run, to), replacement);
    j = next;
    run = next;
  };
  while (j < s.length) {
    const ch = s[j] ?? '';
    if (ch === delimiter[0] && s.startsWith(delimiter, j)) {
      parts.push(s.slice(run, j));
      advance(c, j + delimiter.length);
      return parts.join('');
    }
    if (ch === "'" || ch === '"' || ch === '`') j = quotedEnd(s, j, ch);
    else if (ch === '/' && s[j + 1] === '*') {
      const versioned = /^\/\*M?!(\d{5,6})?/.exec(s.slice(j, j + 10));
      if (versioned) versionedOpen += 1;
      const end = s.indexOf('*/', j + 2);
      flush(j, ' ', versioned ? j + versioned[0].length : end < 0 ? s.length : end + 2);
    } else if (ch === '*' && s[j + 1] === '/' && versionedOpen > 0) {
      versionedOpen -= 1;
      flush(j, ' ', j + 2);
    } else if (isDashComment(s, j) || ch === '#') flush(j, '', lineEnd(s, j));
    else j += 1;
  }
  parts.push(s.slice(run, j));
  advance(c, j);
  return parts.join('');
}

export function splitMysqlStatements(script: string): SqlStatement[] {
  return [...iterateMysqlStatements(script)];
}

/** The statements one at a time, so a large export never holds all of them at once. */
export function* iterateMysqlStatements(script: string): Generator<SqlStatement> {
  const s = script.charCodeAt(0) === 0xfeff ? script.slice(1) : script;
  const c: Cursor = { s, i: 0, line: 1 };
  let delimiter = ';';
  for (;;) {
    delimiter = skipGap(c, delimiter);
    if (c.i >= s.length) return;
    const line = c.line;
    const text = readStatement(c, delimiter).trim();
    if (text.length > 0) yield { text, line };
  }
}
