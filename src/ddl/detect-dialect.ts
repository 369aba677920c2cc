/**
 * Guards against `--dialect` naming the wrong database: counts unmistakable marks of each dialect
 * in the first part of a file (GO batches and [brackets] for SQL Server, VARCHAR2 and `/` lines for
 * Oracle, ENGINE= and backticks for MySQL, the pg_dump header for PostgreSQL). Only a clear
 * mismatch is refused; files with marks of several dialects (or none) are read as asked.
 */
import { UsageError } from '../errors.js';
import type { DialectName } from '../model/catalog.js';
import { withArticle } from '../util/article.js';

const SAMPLE_CHARS = 256 * 1024;

/** Marks that (nearly) never appear in another dialect's script count 2, supporting marks 1. */
const DECISIVE: Readonly<Record<DialectName, readonly RegExp[]>> = {
  mssql: [/^[ \t]*GO[ \t]*(\d+[ \t]*)?$/im, /\[dbo\]\./i],
  oracle: [/\bVARCHAR2\s*\(/i, /^[ \t]*\/[ \t]*$/m],
  mysql: [/`[^`\n]+`/, /\bENGINE\s*=\s*\w+/i],
  postgres: [/^-- PostgreSQL database dump/m, /^\\(c|connect|restrict|unrestrict)\b/m, /::regclass\b|\bOWNER TO\b/],
};
const SUPPORTING: Readonly<Record<DialectName, readonly RegExp[]>> = {
  mssql: [/\[[A-Za-z_][\w ]*\]\s*\(|\bIDENTITY\s*\(\s*\d+\s*,/i, /\bSET\s+(ANSI_NULLS|QUOTED_IDENTIFIER|NOCOUNT)\b/i, /\b(EXEC|EXECUTE)\s+(dbo\.)?sp_\w+/i],
  oracle: [/\bNUMBER\s*\(\s*[\d*]+/i, /^[ \t]*(REM|PROMPT|SPOOL|WHENEVER\s+SQLERROR)\b/im, /\b(TABLESPACE|PCTFREE|NOCOMPRESS|NOLOGGING)\b/i],
  mysql: [/^\s*DELIMITER\s+\S+/im, /\/\*!\d{5}/, /\bAUTO_INCREMENT\b/i],
  postgres: [/^\s*SET\s+search_path\s*=/im, /^COPY\s+\S+.*FROM\s+stdin;/m, /\bSERIAL\b|\bBYTEA\b|\bTIMESTAMPTZ\b/i],
};

const NAMES: Readonly<Record<DialectName, string>> = { oracle: 'Oracle', mssql: 'SQL Server', postgres: 'PostgreSQL', mysql: 'MySQL/MariaDB' };

export function scoreDialects(text: string): Record<DialectName, number> {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const score = { oracle: 0, mssql: 0, postgres: 0, mysql: 0 };
  for (const dialect of Object.keys(DECISIVE) as DialectName[]) {
    const decisive = DECISIVE[dialect].filter((mark) => mark.test(sample)).length;
    score[dialect] = decisive * 2 + SUPPORTING[dialect].filter((mark) => mark.test(sample)).length;
  }
  return score;
}

/**
 * Throws E_DDL_DIALECT_MISMATCH when another dialect scores at least 2 (one decisive mark or two
 * supporting ones) and the chosen dialect scores less than half of it.
 */
export function checkDialectMatches(text: string, dialect: DialectName, file: string): void {
  const score = scoreDialects(text);
  const [likely, best] = (Object.entries(score) as [DialectName, number][]).sort((a, b) => b[1] - a[1])[0] ?? ['oracle', 0];
  if (likely === dialect || best < 2 || score[dialect] * 2 >= best) return;
  throw new UsageError('E_DDL_DIALECT_MISMATCH', `${file} looks like ${withArticle(NAMES[likely])} script, not ${NAMES[dialect]}`, {
    hint: `rerun with --dialect ${likely} (or check that the right file was passed)`,
  });
}
