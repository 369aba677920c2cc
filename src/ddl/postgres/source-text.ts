/**
 * Source-text helpers: libpg-query gives start locations (UTF-8 byte offsets) but no ends, and
 * defaults, predicates and index expressions must be reported as the dump wrote them.
 */

/** A statement's text with conversion from parser byte offsets to string indexes. */
export class StatementSource {
  private readonly bytes: Buffer | null;
  constructor(readonly text: string) {
    // eslint-disable-next-line no-control-regex
    this.bytes = /[^\x00-\x7f]/.test(text) ? Buffer.from(text, 'utf8') : null;
  }

  /** String index of a parser location (byte offset). */
  index(location: number): number {
    if (!this.bytes) return location;
    return this.bytes.subarray(0, location).toString('utf8').length;
  }
}

function skipQuoted(s: string, i: number, q: string): number {
  let j = i + 1;
  while (j < s.length) {
    if (s[j] === q) {
      if (s[j + 1] === q) j += 2;
      else return j + 1;
    } else j += 1;
  }
  return j;
}

/**
 * End index of an expression starting at `start`: stops at a top-level `,`, an unmatched `)`, a `;`,
 * or `limit`. Quotes, dollar quotes and comments are stepped over.
 */
export function expressionEnd(s: string, start: number, limit: number = s.length): number {
  let depth = 0;
  let j = start;
  while (j < limit) {
    const c = s[j];
    if (c === "'" || c === '"') j = skipQuoted(s, j, c);
    else if (c === '(' || c === '[') {
      depth += 1;
      j += 1;
    } else if (c === ')' || c === ']') {
      if (depth === 0) return j;
      depth -= 1;
      j += 1;
    } else if ((c === ',' || c === ';') && depth === 0) return j;
    else if (c === '-' && s[j + 1] === '-') {
      const nl = s.indexOf('\n', j);
      j = nl < 0 ? limit : nl;
    } else j += 1;
  }
  return Math.min(j, limit);
}

/** Text between `start` and the end of its expression, trimmed. */
export function expressionText(s: string, start: number, limit?: number): string {
  return s.slice(start, expressionEnd(s, start, limit)).trim();
}

/** Splits the contents of a parenthesised list at top-level commas: `(a, lower(b), c DESC)`. */
export function splitParenList(s: string, openParen: number): { items: string[]; end: number } {
  const items: string[] = [];
  let j = openParen + 1;
  for (;;) {
    const end = expressionEnd(s, j);
    items.push(s.slice(j, end).trim());
    if (end >= s.length || s[end] !== ',') return { items, end };
    j = end + 1;
  }
}

const keywordPatterns = new Map<string, RegExp>();

/** Index of the first top-level occurrence of a keyword (word-bounded, case-insensitive) from `from`. */
export function findKeyword(s: string, keyword: string, from = 0): number {
  let re = keywordPatterns.get(keyword);
  if (!re) {
    re = new RegExp(`\\b${keyword.replace(/ /g, '\\s+')}\\b`, 'gi');
    keywordPatterns.set(keyword, re);
  }
  re.lastIndex = from;
  let depth = 0;
  let j = from;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    // Track depth and quotes between the last position and this match.
    while (j < m.index) {
      const c = s[j];
      if (c === "'" || c === '"') {
        j = skipQuoted(s, j, c);
        continue;
      }
      if (c === '(') depth += 1;
      else if (c === ')') depth -= 1;
      j += 1;
    }
    if (j > m.index) {
      re.lastIndex = j;
      continue;
    }
    if (depth === 0) return m.index;
  }
  return -1;
}

/** Strips one pair of parentheses that encloses the whole text: `((a + b))` → `(a + b)`. */
export function stripOuterParens(text: string): string {
  const t = text.trim();
  if (!t.startsWith('(') || !t.endsWith(')')) return t;
  return expressionEnd(t, 1) === t.length - 1 ? t.slice(1, -1).trim() : t;
}
