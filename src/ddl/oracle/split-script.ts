/**
 * SQL*Plus script → statements. Mirrors what SQL*Plus itself does, line by line:
 * - client commands (REM, PROMPT, SET, DEFINE, @, CONNECT…) are whole lines and are dropped;
 * - a SQL statement ends at `;` outside strings/comments, or at a line holding only `/`;
 * - a PL/SQL unit (CREATE PROCEDURE/FUNCTION/PACKAGE/TRIGGER/TYPE…, anonymous BEGIN/DECLARE) runs
 *   to its `/` line whatever `;` or `END;` it contains;
 * - a line ending in `-` continues on the next line (the hyphen is removed).
 * One pass, each line scanned once: linear in the file size.
 */
export interface ScriptStatement {
  readonly text: string;
  readonly file: string;
  /** 1-based line where the statement starts. */
  readonly line: number;
  /** Number of source lines the statement spans (for routine and view sizes). */
  readonly lines: number;
  readonly plsql: boolean;
}

const SQLPLUS_COMMANDS = new Set([
  'REM', 'REMA', 'REMAR', 'REMARK', 'PRO', 'PROM', 'PROMP', 'PROMPT', 'SET', 'DEF', 'DEFI', 'DEFIN', 'DEFINE',
  'UNDEF', 'UNDEFINE', 'SPO', 'SPOOL', 'WHENEVER', 'EXEC', 'EXECUTE', 'CONN', 'CONNECT', 'DISC', 'DISCONNECT',
  'ACC', 'ACCEPT', 'PAU', 'PAUSE', 'COL', 'COLUMN', 'TTI', 'TTITLE', 'BTI', 'BTITLE', 'SHO', 'SHOW', 'HO', 'HOST',
  'CL', 'CLEAR', 'BRE', 'BREAK', 'COMP', 'COMPUTE', 'VAR', 'VARIABLE', 'PRI', 'PRINT', 'STA', 'START', 'DESC',
  'DESCRIBE', 'EXIT', 'QUIT', 'TIMI', 'TIMING', 'STORE', 'PASSW', 'PASSWORD', 'RUN', 'R', 'L', 'LIST', 'GET',
  'SAVE', 'EDIT', 'ED', 'APPEND', 'CHANGE', 'DEL', 'INPUT', 'ATTRIBUTE', 'REPHEADER', 'REPFOOTER', 'COPY',
  'ARCHIVE', 'RECOVER', 'STARTUP', 'SHUTDOWN', 'XQUERY', 'SQLBLANKLINES',
]);

const PLSQL_HEAD =
  /^\s*(?:create\s+(?:or\s+replace\s+)?(?:(?:non)?editionable\s+)?(?:procedure|function|package|trigger|type|library|java)\b|declare\b|begin\b)/i;

function firstWord(trimmed: string): string {
  const match = /^[A-Za-z]+/.exec(trimmed);
  return match === null ? '' : match[0].toUpperCase();
}

function isClientCommand(trimmed: string): boolean {
  if (trimmed.startsWith('@') || trimmed.startsWith('!')) return true;
  const word = firstWord(trimmed);
  if (!SQLPLUS_COMMANDS.has(word)) return false;
  const after = trimmed.charAt(word.length);
  // `SET` etc. must be a whole word; `DESC` alone or `DESCRIBE x`, never `description`.
  return after === '' || /[\s;]/.test(after) || (word === 'REM' && after === '-');
}

interface ScanState {
  /** Closing sequence of the string or quoted name we are inside, or null. */
  quote: string | null;
  blockComment: boolean;
}

const Q_CLOSERS: Readonly<Record<string, string>> = { '[': ']', '{': '}', '(': ')', '<': '>' };

/**
 * Scans one line of SQL from `from`, updating the quote/comment state. Returns the offset of a
 * terminating `;` in code, or -1, plus whether the line ends in code (for `-` continuation).
 */
function scanLine(line: string, from: number, state: ScanState): { semicolon: number; endsInCode: boolean } {
  let i = from;
  while (i < line.length) {
    if (state.blockComment) {
      const end = line.indexOf('*/', i);
      if (end < 0) return { semicolon: -1, endsInCode: false };
      state.blockComment = false;
      i = end + 2;
    } else if (state.quote !== null) {
      const end = line.indexOf(state.quote, i);
      if (end < 0) return { semicolon: -1, endsInCode: false };
      if (state.quote === "'" && line[end + 1] === "'") {
        i = end + 2;
        continue;
      }
      i = end + state.quote.length;
      state.quote = null;
    } else {
      const ch = line[i];
      if (ch === '-' && line[i + 1] === '-') return { semicolon: -1, endsInCode: false };
      if (ch === '/' && line[i + 1] === '*') {
        state.blockComment = true;
        i += 2;
      } else if (ch === "'") {
        const prev = line[i - 1] ?? ' ';
        const qQuote = (prev === 'q' || prev === 'Q') && !/[A-Za-z0-9_$#]/.test(qPrefixBefore(line, i - 1));
        if (qQuote && i + 1 < line.length) {
          const open = line[i + 1] ?? '';
          state.quote = (Q_CLOSERS[open] ?? open) + "'";
          i += 2;
        } else {
          state.quote = "'";
          i += 1;
        }
      } else if (ch === '"') {
        state.quote = '"';
        i += 1;
      } else if (ch === ';') {
        return { semicolon: i, endsInCode: true };
      } else {
        i += 1;
      }
    }
  }
  return { semicolon: -1, endsInCode: true };
}

/** The character before a q-quote's `q`, skipping an `n`/`N` national prefix. */
function qPrefixBefore(line: string, qAt: number): string {
  const before = line[qAt - 1] ?? ' ';
  if (before === 'n' || before === 'N') return line[qAt - 2] ?? ' ';
  return before;
}

export function splitOracleScript(text: string, file: string): ScriptStatement[] {
  const lines = text.split('\n');
  const out: ScriptStatement[] = [];
  let parts: string[] = [];
  let startLine = 0;
  let plsql = false;
  let inStatement = false;
  let commandContinues = false;
  let leadingComment = false;
  const state: ScanState = { quote: null, blockComment: false };

  const emit = (lastLine: number): void => {
    const body = parts.join('\n').trim();
    if (body !== '') out.push({ text: body, file, line: startLine, lines: lastLine - startLine + 1, plsql });
    parts = [];
    inStatement = false;
    state.quote = null;
    state.blockComment = false;
  };

  for (let index = 0; index < lines.length; index += 1) {
    const raw = lines[index] ?? '';
    const lineNo = index + 1;
    const trimmed = raw.trim();
    if (!inStatement) {
      if (commandContinues) {
        commandContinues = trimmed.endsWith('-');
        continue;
      }
      if (leadingComment) {
        const end = raw.indexOf('*/');
        if (end < 0) continue;
        leadingComment = false;
        if (raw.slice(end + 2).trim() === '') continue;
      }
      if (trimmed === '' || trimmed === '/' || trimmed === '.' || trimmed.startsWith('--')) continue;
      if (trimmed.startsWith('/*')) {
        const end = trimmed.indexOf('*/', 2);
        if (end < 0) leadingComment = true;
        if (end < 0 || trimmed.slice(end + 2).trim() === '') continue;
      }
      if (isClientCommand(trimmed)) {
        // A trailing `-` continues a client command, but a REMARK ends at its line (`rem -----` banners).
        commandContinues = trimmed.endsWith('-') && !/^REM/i.test(trimmed);
        continue;
      }
      inStatement = true;
      startLine = lineNo;
      plsql = PLSQL_HEAD.test(lines.slice(index, index + 3).join(' '));
    }
    if (plsql) {
      if (trimmed === '/') emit(lineNo - 1);
      else parts.push(raw);
      continue;
    }
    if (trimmed === '/' && !state.blockComment) {
      emit(lineNo - 1);
      continue;
    }
    const result = scanLine(raw, 0, state);
    if (result.semicolon >= 0) {
      parts.push(raw.slice(0, result.semicolon));
      emit(lineNo);
      const rest = raw.slice(result.semicolon + 1);
      if (rest.trim() !== '' && !rest.trim().startsWith('--')) {
        // Another statement on the same line: re-scan it as if it started the next line.
        lines[index] = rest;
        index -= 1;
      }
      continue;
    }
    const continued = result.endsInCode && /[^-]-\s*$|^-\s*$/.test(raw) && !raw.trimEnd().endsWith('--');
    parts.push(continued ? raw.slice(0, raw.lastIndexOf('-')) : raw);
  }
  if (inStatement) emit(lines.length);
  return out;
}
