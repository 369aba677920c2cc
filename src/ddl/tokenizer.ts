/**
 * A small SQL tokenizer shared by the Oracle and SQL Server DDL readers. It is a single forward
 * scan (linear in the input, no regex over the whole text) that yields tokens lazily, so a caller
 * can stop at a batch separator and keep memory bounded to one batch or statement.
 *
 * Comments are dropped. Strings keep their raw text (`text`) and their unescaped content (`value`);
 * quoted identifiers (`"x"`, and `[x]` when `brackets` is on) come back as kind `quoted`.
 */
export type TokenKind = 'word' | 'quoted' | 'string' | 'number' | 'punct';

export interface Token {
  readonly kind: TokenKind;
  /** Source text of the token, quotes included. */
  readonly text: string;
  /** Identifier without quotes / string content with escapes resolved; same as text otherwise. */
  readonly value: string;
  /** Offsets into the scanned text: [start, end). */
  readonly start: number;
  readonly end: number;
}

export interface TokenizeOptions {
  /** T-SQL: `[name]` with `]]` escapes is an identifier, and block comments nest. */
  readonly brackets: boolean;
  /** Oracle: `q'[…]'` alternative quoting. */
  readonly qQuotes: boolean;
}

const TWO_CHAR_OPERATORS = new Set(['||', '<=', '>=', '<>', '!=', '=>', ':=', '::', '..', '**']);

function isWordStart(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 64 || code === 35 || code > 127;
}

function isWordPart(code: number): boolean {
  return isWordStart(code) || (code >= 48 && code <= 57) || code === 36;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

const Q_CLOSERS: Readonly<Record<string, string>> = { '[': ']', '{': '}', '(': ')', '<': '>' };

/** Index just after the closing quote (or text.length when unterminated); doubled quotes escape. */
function scanQuoted(text: string, from: number, close: string): number {
  let i = from;
  for (;;) {
    const at = text.indexOf(close, i);
    if (at < 0) return text.length;
    if (text[at + 1] === close) {
      i = at + 2;
      continue;
    }
    return at + 1;
  }
}

function skipBlockComment(text: string, from: number, nested: boolean): number {
  if (!nested) {
    const end = text.indexOf('*/', from + 2);
    return end < 0 ? text.length : end + 2;
  }
  let depth = 0;
  let i = from;
  while (i < text.length) {
    if (text.startsWith('/*', i)) {
      depth += 1;
      i += 2;
    } else if (text.startsWith('*/', i)) {
      depth -= 1;
      i += 2;
      if (depth === 0) return i;
    } else {
      i += 1;
    }
  }
  return text.length;
}

export function* scanTokens(text: string, options: TokenizeOptions, from = 0): Generator<Token> {
  let i = from;
  const n = text.length;
  while (i < n) {
    const code = text.charCodeAt(i);
    const ch = text[i] ?? '';
    if (code <= 32) {
      i += 1;
    } else if (ch === '-' && text[i + 1] === '-') {
      const eol = text.indexOf('\n', i);
      i = eol < 0 ? n : eol;
    } else if (ch === '/' && text[i + 1] === '*') {
      i = skipBlockComment(text, i, options.brackets);
    } else if (ch === "'") {
      const end = scanQuoted(text, i + 1, "'");
      yield stringToken(text, i, i, end);
      i = end;
    } else if ((ch === 'N' || ch === 'n') && text[i + 1] === "'") {
      const end = scanQuoted(text, i + 2, "'");
      yield stringToken(text, i, i + 1, end);
      i = end;
    } else if (options.qQuotes && isQQuoteAt(text, i)) {
      const prefix = ch === 'q' || ch === 'Q' ? 0 : 1;
      const open = text[i + prefix + 2] ?? '';
      const close = (Q_CLOSERS[open] ?? open) + "'";
      const at = text.indexOf(close, i + prefix + 3);
      const end = at < 0 ? n : at + 2;
      yield { kind: 'string', text: text.slice(i, end), value: text.slice(i + prefix + 3, at < 0 ? n : at), start: i, end };
      i = end;
    } else if (ch === '"') {
      const end = scanQuoted(text, i + 1, '"');
      yield { kind: 'quoted', text: text.slice(i, end), value: text.slice(i + 1, end - 1).replaceAll('""', '"'), start: i, end };
      i = end;
    } else if (ch === '[' && options.brackets) {
      const end = scanQuoted(text, i + 1, ']');
      yield { kind: 'quoted', text: text.slice(i, end), value: text.slice(i + 1, end - 1).replaceAll(']]', ']'), start: i, end };
      i = end;
    } else if (isDigit(code) || (ch === '.' && isDigit(text.charCodeAt(i + 1)))) {
      const end = scanNumber(text, i);
      yield { kind: 'number', text: text.slice(i, end), value: text.slice(i, end), start: i, end };
      i = end;
    } else if (isWordStart(code)) {
      let end = i + 1;
      while (end < n && isWordPart(text.charCodeAt(end))) end += 1;
      const word = text.slice(i, end);
      yield { kind: 'word', text: word, value: word, start: i, end };
      i = end;
    } else {
      const two = text.slice(i, i + 2);
      const len = TWO_CHAR_OPERATORS.has(two) ? 2 : 1;
      const p = text.slice(i, i + len);
      yield { kind: 'punct', text: p, value: p, start: i, end: i + len };
      i += len;
    }
  }
}

function stringToken(text: string, start: number, quoteAt: number, end: number): Token {
  const closed = end > quoteAt + 1 && text[end - 1] === "'";
  const body = text.slice(quoteAt + 1, closed ? end - 1 : end);
  return { kind: 'string', text: text.slice(start, end), value: body.replaceAll("''", "'"), start, end };
}

function isQQuoteAt(text: string, i: number): boolean {
  const c = text[i];
  const prev = i > 0 ? text.charCodeAt(i - 1) : 32;
  if (isWordPart(prev)) return false;
  if ((c === 'q' || c === 'Q') && text[i + 1] === "'") return i + 2 < text.length;
  if ((c === 'n' || c === 'N') && (text[i + 1] === 'q' || text[i + 1] === 'Q') && text[i + 2] === "'") return i + 3 < text.length;
  return false;
}

function scanNumber(text: string, from: number): number {
  let i = from;
  while (i < text.length && (isDigit(text.charCodeAt(i)) || text[i] === '.')) {
    if (text[i] === '.' && text[i + 1] === '.') break;
    i += 1;
  }
  if ((text[i] === 'e' || text[i] === 'E') && (isDigit(text.charCodeAt(i + 1)) || ((text[i + 1] === '+' || text[i + 1] === '-') && isDigit(text.charCodeAt(i + 2))))) {
    i += 2;
    while (i < text.length && isDigit(text.charCodeAt(i))) i += 1;
  }
  return i;
}

export function tokenize(text: string, options: TokenizeOptions): Token[] {
  return [...scanTokens(text, options)];
}

/** Line number (1-based) of each offset, from a precomputed table of line starts (binary search). */
export function makeLineLocator(text: string): (offset: number) => number {
  const starts: number[] = [0];
  let at = text.indexOf('\n');
  while (at >= 0) {
    starts.push(at + 1);
    at = text.indexOf('\n', at + 1);
  }
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}
