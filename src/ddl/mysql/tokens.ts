/**
 * A small tokenizer for one MySQL statement (comments already removed by the splitter) and a
 * cursor over its tokens. Backtick identifiers are unquoted; strings keep their source text.
 */
export type TokenKind = 'word' | 'ident' | 'string' | 'number' | 'punct';

export interface Token {
  readonly kind: TokenKind;
  /** Source text; for `ident`, the unquoted name. */
  readonly text: string;
  /** Upper-cased text for `word` tokens, for keyword tests; never a keyword for quoted names. */
  readonly upper: string;
  readonly start: number;
  readonly end: number;
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

export function tokenize(s: string): Token[] {
  const tokens: Token[] = [];
  const push = (kind: TokenKind, start: number, end: number, text = s.slice(start, end)): void => {
    // A backticked `KEY` or `PRIMARY` is a name, so its `upper` must not look like the keyword.
    const upper = kind === 'word' ? text.toUpperCase() : kind === 'ident' ? `\`${text}` : text;
    tokens.push({ kind, text, upper, start, end });
  };
  let i = 0;
  while (i < s.length) {
    const ch = s[i] ?? '';
    if (/\s/.test(ch)) i += 1;
    else if (ch === '`') {
      const end = quotedEnd(s, i, '`');
      push('ident', i, end, s.slice(i + 1, end - 1).replace(/``/g, '`'));
      i = end;
    } else if (ch === "'" || ch === '"') {
      const end = quotedEnd(s, i, ch);
      push('string', i, end);
      i = end;
    } else if (/[0-9]/.test(ch) || (ch === '.' && /[0-9]/.test(s[i + 1] ?? ''))) {
      const m = /^(0x[0-9a-f]+|[0-9]*\.?[0-9]+(e[+-]?[0-9]+)?)/i.exec(s.slice(i, i + 80));
      const end = i + (m?.[0].length ?? 1);
      // `1abc` is an identifier in MySQL; treat a digit run glued to letters as a word.
      if (/[A-Za-z_$]/.test(s[end] ?? '')) {
        const w = /^[\w$]+/.exec(s.slice(i))?.[0] ?? ch;
        push('word', i, i + w.length);
        i += w.length;
      } else {
        push('number', i, end);
        i = end;
      }
    } else if (/[\w$\u0080-\uffff]/.test(ch)) {
      const w = /^[\w$\u0080-\uffff]+/.exec(s.slice(i, i + 256))?.[0] ?? ch;
      push('word', i, i + w.length);
      i += w.length;
    } else {
      push('punct', i, i + 1);
      i += 1;
    }
  }
  return tokens;
}

/** Index just past the `)` matching the `(` at `open` (or tokens.length). */
export function matchParen(tokens: readonly Token[], open: number): number {
  let depth = 0;
  for (let k = open; k < tokens.length; k += 1) {
    const t = tokens[k];
    if (t?.text === '(' && t.kind === 'punct') depth += 1;
    else if (t?.text === ')' && t.kind === 'punct') {
      depth -= 1;
      if (depth === 0) return k + 1;
    }
  }
  return tokens.length;
}

/** Splits tokens[from, to) at top-level commas. */
export function splitAtCommas(tokens: readonly Token[], from: number, to: number): Token[][] {
  const groups: Token[][] = [];
  let current: Token[] = [];
  let depth = 0;
  for (let k = from; k < to; k += 1) {
    const t = tokens[k];
    if (!t) break;
    if (t.kind === 'punct' && t.text === '(') depth += 1;
    if (t.kind === 'punct' && t.text === ')') depth -= 1;
    if (t.kind === 'punct' && t.text === ',' && depth === 0) {
      groups.push(current);
      current = [];
    } else current.push(t);
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** A name token's value: backtick ident unquoted, a word as written, a "double-quoted" name unquoted. */
export function nameOf(token: Token | undefined): string {
  if (!token) return '';
  if (token.kind === 'string' && token.text.startsWith('"')) return token.text.slice(1, -1).replace(/""/g, '"');
  return token.text;
}

/** Source text between two tokens (inclusive), as written. */
export function sourceBetween(s: string, tokens: readonly Token[], from: number, to: number): string {
  const a = tokens[from];
  const b = tokens[to - 1];
  return a && b ? s.slice(a.start, b.end) : '';
}

/** True when tokens at `at` spell the given upper-case words. */
export function wordsAt(tokens: readonly Token[], at: number, ...words: string[]): boolean {
  return words.every((w, k) => tokens[at + k]?.kind === 'word' && tokens[at + k]?.upper === w);
}
