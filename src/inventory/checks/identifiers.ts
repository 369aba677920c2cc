/**
 * Names that do not survive the move to PostgreSQL unchanged: longer than 63 bytes (UTF-8 bytes: PostgreSQL
 * truncates silently), mixed case (folded to lower case, so quoted references break), names that differ
 * only by case (collide once folded), and names that need quoting (reserved words, spaces, `$`, `#`…).
 * Column findings are grouped per table so a wide table gives one line per rule.
 */
import type { Finding } from '../../model/inventory.js';
import { compareStrings } from '../../util/stable-json.js';
import { eachTable, finding, listNames, objectName, type Check } from './context.js';
import { needsQuotingAsName } from '../../dialects/postgres/quote.js';

export const POSTGRES_MAX_IDENTIFIER_BYTES = 63;

const encoder = new TextEncoder();

export function utf8Length(name: string): number {
  return encoder.encode(name).length;
}

/** A UTF-16 code unit never takes more than 3 UTF-8 bytes, so short names skip the encoding. */
function tooLong(name: string): boolean {
  return name.length * 3 > POSTGRES_MAX_IDENTIFIER_BYTES && utf8Length(name) > POSTGRES_MAX_IDENTIFIER_BYTES;
}

/** True when PostgreSQL needs the name in double quotes even after folding to lower case. */
export function needsQuoting(name: string): boolean {
  return needsQuotingAsName(name.toLowerCase());
}

export function isMixedCase(name: string): boolean {
  return /[a-z]/.test(name) && /[A-Z]/.test(name);
}

interface NameProblems {
  readonly tooLong: string[];
  readonly quoting: string[];
  readonly mixed: string[];
}

function collectProblems(names: readonly string[]): NameProblems {
  return {
    tooLong: names.filter(tooLong),
    quoting: names.filter(needsQuoting),
    mixed: names.filter(isMixedCase),
  };
}

/** Groups of names equal after lower-casing, e.g. [["Code","CODE"]]. */
export function caseCollisions(names: readonly string[]): string[][] {
  const groups = new Map<string, string[]>();
  for (const name of names) {
    const key = name.toLowerCase();
    groups.set(key, [...(groups.get(key) ?? []), name]);
  }
  return [...groups.values()].filter((g) => g.length > 1).map((g) => [...g].sort(compareStrings));
}

function problemFindings(object: string, what: string, problems: NameProblems): Finding[] {
  const out: Finding[] = [];
  if (problems.tooLong.length > 0) {
    out.push(finding('identifier-too-long', 'warning', object,
      `${what} longer than ${POSTGRES_MAX_IDENTIFIER_BYTES} UTF-8 bytes, which PostgreSQL truncates: ` +
        listNames(problems.tooLong.map((n) => `${n} (${utf8Length(n)} bytes)`)),
      'rename with a DMS rename transformation rule so truncated names cannot collide (DMS assessment oracle-check-object-30-bytes-limit is the Oracle-side analogue)'));
  }
  if (problems.quoting.length > 0) {
    out.push(finding('identifier-needs-quoting', 'warning', object,
      `${what} that PostgreSQL only accepts in double quotes (reserved word, space or special character): ${listNames(problems.quoting)}`,
      'rename with a DMS rename transformation rule, or quote the names in every query (DMS assessment sqlserver-check-for-special-characters)'));
  }
  if (problems.mixed.length > 0) {
    out.push(finding('identifier-mixed-case', 'info', object,
      `${what} in mixed case, folded to lower case on PostgreSQL: ${listNames(problems.mixed)}`,
      'use the DMS convert-lowercase transformation and fix queries that quote the old spelling'));
  }
  return out;
}

function collisionFindings(object: string, what: string, names: readonly string[]): Finding[] {
  return caseCollisions(names).map((group) =>
    finding('identifier-case-collision', 'blocker', object,
      `${what} that become the same name once folded to lower case: ${group.join(', ')}`,
      'rename one of them with a DMS rename transformation rule before the load'));
}

export const identifierChecks: Check = {
  rules: ['identifier-too-long', 'identifier-needs-quoting', 'identifier-mixed-case', 'identifier-case-collision'],
  run: ({ schemas }) => {
    const out: Finding[] = [];
    for (const schema of schemas) {
      out.push(...problemFindings(schema.name, 'schema name', collectProblems([schema.name])));
      const tableNames = schema.tables.map((t) => t.name);
      out.push(...collisionFindings(schema.name, 'table names', tableNames));
    }
    for (const { schema, table } of eachTable(schemas)) {
      const tableObject = objectName(schema.name, table.name);
      out.push(...problemFindings(tableObject, 'table name', collectProblems([table.name])));
      const columnNames = table.columns.map((c) => c.name);
      out.push(...problemFindings(tableObject, 'column names', collectProblems(columnNames)));
      out.push(...collisionFindings(tableObject, 'column names', columnNames));
    }
    return out;
  },
};
