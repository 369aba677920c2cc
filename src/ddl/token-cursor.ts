/**
 * A cursor over one statement's tokens with the few moves the DDL readers need: keyword tests,
 * balanced-parenthesis skipping, top-level comma splitting and source-text slicing (so default and
 * check expressions keep the text exactly as written).
 */
import type { Token } from './tokenizer.js';

/** Thrown inside a reader when a statement does not have the shape it expects; becomes a CatalogNote. */
export class DdlSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DdlSyntaxError';
  }
}

export class TokenCursor {
  pos = 0;

  constructor(
    readonly tokens: readonly Token[],
    readonly source: string,
  ) {}

  atEnd(): boolean {
    return this.pos >= this.tokens.length;
  }

  peek(ahead = 0): Token | undefined {
    return this.tokens[this.pos + ahead];
  }

  next(): Token {
    const token = this.tokens[this.pos];
    if (token === undefined) throw new DdlSyntaxError('unexpected end of statement');
    this.pos += 1;
    return token;
  }

  /** True when the token `ahead` is an unquoted word equal (case-insensitive) to one of `words`. */
  isWord(words: string | readonly string[], ahead = 0): boolean {
    const token = this.peek(ahead);
    if (token?.kind !== 'word') return false;
    const upper = token.text.toUpperCase();
    return typeof words === 'string' ? upper === words : words.includes(upper);
  }

  isPunct(punct: string, ahead = 0): boolean {
    const token = this.peek(ahead);
    return token?.kind === 'punct' && token.text === punct;
  }

  /** Consumes the whole word sequence when every word matches; otherwise consumes nothing. */
  acceptWords(...words: string[]): boolean {
    for (let k = 0; k < words.length; k += 1) if (!this.isWord(words[k] ?? '', k)) return false;
    this.pos += words.length;
    return true;
  }

  acceptPunct(punct: string): boolean {
    if (!this.isPunct(punct)) return false;
    this.pos += 1;
    return true;
  }

  expectWords(...words: string[]): void {
    if (!this.acceptWords(...words)) throw new DdlSyntaxError(`expected ${words.join(' ')} near ${this.describe()}`);
  }

  expectPunct(punct: string): void {
    if (!this.acceptPunct(punct)) throw new DdlSyntaxError(`expected "${punct}" near ${this.describe()}`);
  }

  describe(): string {
    const token = this.peek();
    return token === undefined ? 'end of statement' : `"${token.text}"`;
  }

  /** At `(`: index of the matching `)`; throws when unbalanced. */
  matchingParen(at = this.pos): number {
    let depth = 0;
    for (let k = at; k < this.tokens.length; k += 1) {
      const token = this.tokens[k];
      if (token?.kind !== 'punct') continue;
      if (token.text === '(') depth += 1;
      else if (token.text === ')') {
        depth -= 1;
        if (depth === 0) return k;
      }
    }
    throw new DdlSyntaxError('unbalanced parentheses');
  }

  /** At `(`: returns a cursor over the tokens inside the parentheses and moves past `)`. */
  takeParenGroup(): TokenCursor {
    if (!this.isPunct('(')) throw new DdlSyntaxError(`expected "(" near ${this.describe()}`);
    const close = this.matchingParen();
    const inner = new TokenCursor(this.tokens.slice(this.pos + 1, close), this.source);
    this.pos = close + 1;
    return inner;
  }

  /** Skips a parenthesised group when the cursor is at one; returns whether it did. */
  skipParenGroup(): boolean {
    if (!this.isPunct('(')) return false;
    this.pos = this.matchingParen() + 1;
    return true;
  }

  /** Splits the remaining tokens at top-level commas into one cursor per element. */
  splitTopLevel(separator = ','): TokenCursor[] {
    const parts: TokenCursor[] = [];
    let depth = 0;
    let from = this.pos;
    for (let k = this.pos; k < this.tokens.length; k += 1) {
      const token = this.tokens[k];
      if (token?.kind !== 'punct') continue;
      if (token.text === '(') depth += 1;
      else if (token.text === ')') depth -= 1;
      else if (token.text === separator && depth === 0) {
        parts.push(new TokenCursor(this.tokens.slice(from, k), this.source));
        from = k + 1;
      }
    }
    parts.push(new TokenCursor(this.tokens.slice(from), this.source));
    this.pos = this.tokens.length;
    return parts.filter((part) => part.tokens.length > 0);
  }

  /** Source text from token index `from` to `to` inclusive. */
  textOf(from: number, to: number): string {
    const first = this.tokens[from];
    const last = this.tokens[to];
    if (first === undefined || last === undefined || to < from) return '';
    return this.source.slice(first.start, last.end);
  }

  /** The source text of every remaining token. */
  restText(): string {
    return this.textOf(this.pos, this.tokens.length - 1);
  }

  /**
   * Consumes tokens until a top-level word in `stops` (or the end) and returns their text; takes at
   * least one token so `DEFAULT NULL` keeps its NULL.
   */
  takeExpressionUntil(stops: readonly string[]): string {
    const from = this.pos;
    let depth = 0;
    while (!this.atEnd()) {
      const token = this.peek();
      if (token === undefined) break;
      if (depth === 0 && this.pos > from && token.kind === 'word' && stops.includes(token.text.toUpperCase())) break;
      if (token.kind === 'punct' && token.text === '(') depth += 1;
      if (token.kind === 'punct' && token.text === ')') depth -= 1;
      this.pos += 1;
    }
    return this.textOf(from, this.pos - 1).trim();
  }
}
