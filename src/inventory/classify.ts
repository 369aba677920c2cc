/**
 * Table → ERP module. Pure: the catalogue is loaded by readModuleCatalogs (re-exported here for callers).
 * Order of application: user catalogues (override), then the one built-in ERP catalogue whose detection
 * fits best (marker tables first, then most matching tables), then fallback catalogues (generic words).
 * Matching is case-insensitive; a table no rule matches is `unclassified`.
 */
import { compareStrings } from '../util/stable-json.js';
import type { CompiledCatalogue, CompiledModuleRule, ModuleCatalog, ModuleId } from './module-catalog.js';

export { readModuleCatalogs } from './read-module-catalogs.js';
export type { ModuleCatalog, ModuleId } from './module-catalog.js';

export interface TableRef {
  readonly schema: string;
  readonly name: string;
}

export interface Classification {
  readonly module: ModuleId;
  /** The matching rule (`oracle-ebs:rules[3]`), or null when unclassified. */
  readonly rule: string | null;
}

export interface ErpDetection {
  readonly catalogue: string;
  readonly title: string;
  readonly matchedTables: number;
  readonly markerTables: readonly string[];
  readonly share: number;
}

export function tableKey(schema: string, name: string): string {
  return `${schema}.${name}`;
}

/** `SalesOrderLine`, `SALES_ORDER_LINE`, `Sales Order$Line` → [sales, order, line]. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z]+/)
    .filter((word) => word.length > 0)
    .map((word) => word.toLowerCase());
}

function wordMatches(nameTokens: readonly string[], word: string): boolean {
  const wanted = nameWords(word);
  if (wanted.length === 0) return false;
  const joined = wanted.join('');
  const same = (token: string, target: string) => token === target || token === `${target}s` || token === `${target}es`;
  for (let i = 0; i < nameTokens.length; i += 1) {
    if (same(nameTokens[i] ?? '', joined)) return true;
    if (wanted.length > 1 && i + wanted.length <= nameTokens.length) {
      const ok = wanted.every((part, j) => (j === wanted.length - 1 ? same(nameTokens[i + j] ?? '', part) : nameTokens[i + j] === part));
      if (ok) return true;
    }
  }
  return false;
}

function stripName(catalogue: CompiledCatalogue, name: string): string {
  return catalogue.strip.reduce((text, regex) => text.replace(regex, ''), name);
}

function ruleMatches(rule: CompiledModuleRule, name: string, lower: string, tokens: () => readonly string[]): boolean {
  const { matcher } = rule;
  switch (matcher.kind) {
    case 'prefix':
      return lower.startsWith(matcher.prefix);
    case 'pattern':
      return matcher.regex.test(name);
    case 'tables':
      return matcher.names.has(lower);
    case 'words':
      return [...matcher.words].some((word) => wordMatches(tokens(), word));
  }
}

/** The first rule of the catalogue that matches the table name, or null. */
export function matchCatalogue(catalogue: CompiledCatalogue, tableName: string): CompiledModuleRule | null {
  const name = stripName(catalogue, tableName);
  const lower = name.toLowerCase();
  let words: string[] | null = null; // split lazily: only `words` rules need it
  const tokens = () => (words ??= nameWords(name));
  return catalogue.rules.find((rule) => ruleMatches(rule, name, lower, tokens)) ?? null;
}

/** Which built-in ERP catalogue fits these tables best, or null when none reaches its threshold. */
/**
 * Without a marker table, a share of matching names proves an ERP only over enough tables, or when
 * nearly all of a small selection matches: prefixes such as CUST or PROD also match 4 of the 13
 * tables of a sample database (Northwind's Customers, Products), while a `--include` slice of an ERP
 * (5 of 6 AX tables, 6 of 7 EBS tables) still is recognised.
 */
export const MIN_TABLES_FOR_SHARE = 20;
export const SMALL_SET_SHARE = 0.6;
export const SMALL_SET_MIN_MATCHES = 3;

function provenByShare(matched: number, share: number, minShare: number): boolean {
  if (matched >= MIN_TABLES_FOR_SHARE) return share >= minShare;
  return matched >= SMALL_SET_MIN_MATCHES && share >= Math.max(minShare, SMALL_SET_SHARE);
}

export function detectErp(tables: readonly TableRef[], catalog: ModuleCatalog): ErpDetection | null {
  const candidates: ErpDetection[] = [];
  for (const catalogue of catalog.catalogues) {
    if (catalogue.user || catalogue.fallback) continue;
    let matched = 0;
    const markers = new Set<string>();
    for (const table of tables) {
      if (matchCatalogue(catalogue, table.name) !== null) matched += 1;
      const lower = table.name.toLowerCase();
      if (catalogue.markers.has(lower) || catalogue.markers.has(stripName(catalogue, table.name).toLowerCase())) markers.add(table.name);
    }
    const share = tables.length === 0 ? 0 : matched / tables.length;
    if (markers.size === 0 && !provenByShare(matched, share, catalogue.minShare)) continue;
    const markerTables = [...markers].sort(compareStrings);
    candidates.push({ catalogue: catalogue.name, title: catalogue.title, matchedTables: matched, markerTables, share });
  }
  candidates.sort((a, b) =>
    Number(b.markerTables.length > 0) - Number(a.markerTables.length > 0)
    || b.matchedTables - a.matchedTables
    || compareStrings(a.catalogue, b.catalogue));
  return candidates[0] ?? null;
}

/** Every table → its module and the rule that decided it. */
export function classifyTables(
  tables: readonly TableRef[],
  catalog: ModuleCatalog,
  detection: ErpDetection | null = detectErp(tables, catalog),
): Map<string, Classification> {
  const ordered = [
    ...catalog.catalogues.filter((c) => c.user),
    ...catalog.catalogues.filter((c) => !c.user && !c.fallback && c.name === detection?.catalogue),
    ...catalog.catalogues.filter((c) => !c.user && c.fallback),
  ];
  const result = new Map<string, Classification>();
  for (const table of tables) {
    let found: Classification = { module: 'unclassified', rule: null };
    for (const catalogue of ordered) {
      const rule = matchCatalogue(catalogue, table.name);
      if (rule !== null) {
        found = { module: rule.module, rule: rule.id };
        break;
      }
    }
    result.set(tableKey(table.schema, table.name), found);
  }
  return result;
}
