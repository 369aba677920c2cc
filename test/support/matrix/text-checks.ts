/**
 * Structural checks on DDL for targets that cannot run here (Oracle, SQL Server): the statement
 * wrappers are well formed (PL/SQL blocks ending in `/`, GO batches with balanced brackets, parentheses
 * and quotes), every planned table is created, and every foreign key references a created table.
 * Each returns a list of problems (empty = fine), so a failing pair lists them all at once.
 */
import type { Plan } from '../../../src/model/plan.js';
import { announcedSkips, planTables } from './shape.js';

/** Oracle: each `BEGIN … END;` block is followed by a lone `/`, and its EXECUTE IMMEDIATE literal only has doubled quotes. */
export function oracleBlockProblems(sql: string): string[] {
  const problems: string[] = [];
  const blocks = sql.split(/\n(?=BEGIN\n)/).filter((part) => part.startsWith('BEGIN\n'));
  for (const text of blocks) {
    const match = /^BEGIN\n {2}EXECUTE IMMEDIATE '([\s\S]*)';\nEXCEPTION\n[\s\S]*?\nEND;\n\/(\n|$)/.exec(text);
    if (match === null) problems.push(`malformed block:\n${text.slice(0, 400)}`);
    else if ((match[1] ?? '').replace(/''/g, '').includes("'")) problems.push(`undoubled quote in:\n${match[1] ?? ''}`);
  }
  const begins = sql.match(/^BEGIN$/gm)?.length ?? 0;
  const slashes = sql.match(/^\/$/gm)?.length ?? 0;
  if (begins !== blocks.length || slashes !== blocks.length) problems.push(`${begins} BEGIN lines and ${slashes} "/" lines for ${blocks.length} blocks`);
  return problems;
}

/** SQL Server: ends with GO; every batch has balanced parentheses, [brackets] and 'quotes'. */
export function sqlServerBatchProblems(sql: string): string[] {
  const problems: string[] = [];
  if (!sql.trimEnd().endsWith('\nGO')) problems.push('the file does not end with a GO line');
  const batches = sql.split(/^GO$/m).map((b) => b.trim()).filter((b) => b.replace(/^--.*$/gm, '').trim().length > 0);
  for (const text of batches) {
    const code = text.replace(/^--.*$/gm, '');
    let parens = 0;
    let quoted = false;
    let bracketed = false;
    let negative = false;
    for (let i = 0; i < code.length; i += 1) {
      const ch = code[i];
      if (quoted) { if (ch === "'") quoted = code[i + 1] === "'" ? (i += 1, true) : false; continue; }
      if (bracketed) { if (ch === ']') bracketed = code[i + 1] === ']' ? (i += 1, true) : false; continue; }
      if (ch === "'") quoted = true;
      else if (ch === '[') bracketed = true;
      else if (ch === '(') parens += 1;
      else if (ch === ')') parens -= 1;
      if (parens < 0) negative = true;
    }
    if (parens !== 0 || quoted || bracketed || negative) problems.push(`unbalanced batch (parens ${parens}, open quote ${quoted}, open bracket ${bracketed}):\n${text.slice(0, 400)}`);
  }
  return problems;
}

const ORACLE_NAME = String.raw`(?:"(?:[^"]|"")+"|[A-Za-z][A-Za-z0-9_$#]*)`;
const SQLSERVER_NAME = String.raw`\[(?:[^\]]|\]\])+\]`;

function unquote(target: 'oracle' | 'sqlserver', name: string): string {
  if (target === 'oracle') return name.startsWith('"') ? name.slice(1, -1).replace(/""/g, '"') : name.toUpperCase();
  return name.slice(1, -1).replace(/\]\]/g, ']');
}

function qualifiedNames(target: 'oracle' | 'sqlserver', sql: string, keyword: string): string[] {
  const name = target === 'oracle' ? ORACLE_NAME : SQLSERVER_NAME;
  const pattern = new RegExp(`${keyword}\\s+(${name})\\.(${name})`, 'g');
  return [...sql.matchAll(pattern)].map((m) => `${unquote(target, m[1] ?? '')}.${unquote(target, m[2] ?? '')}`);
}

/** Every planned table has a CREATE TABLE, every REFERENCES names a created table, and each planned FK is created or announced as skipped. */
export function structureProblems(target: 'oracle' | 'sqlserver', plan: Plan, preLoad: string, postLoad: string): string[] {
  const problems: string[] = [];
  const created = new Set(qualifiedNames(target, preLoad, 'CREATE TABLE'));
  const tables = planTables(plan);
  for (const table of tables) {
    if (!created.has(`${table.targetSchema}.${table.targetTable}`)) problems.push(`no CREATE TABLE for ${table.targetSchema}.${table.targetTable}`);
  }
  const references = qualifiedNames(target, postLoad, 'REFERENCES');
  for (const reference of references) if (!created.has(reference)) problems.push(`a foreign key references ${reference}, which pre-load does not create`);
  const planned = tables.reduce((sum, table) => sum + table.foreignKeys.length, 0);
  const skipped = announcedSkips(postLoad).lines.filter((line) => / foreign key .+? skipped: /.test(line)).length;
  if (references.length + skipped !== planned) problems.push(`${planned} planned foreign keys, ${references.length} created and ${skipped} announced as skipped`);
  return problems;
}
