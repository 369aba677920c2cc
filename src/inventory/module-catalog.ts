/**
 * ERP module catalogues (`mappings/modules/*.yaml`, "erp-migrate/modules@1"): ordered rules that map a
 * table name to an ERP module, plus optional detection facts that tell whether that ERP is present.
 * This file holds the schema, the types and the pure compile step; reading files is in read-module-catalogs.ts.
 */
import { z } from 'zod';

export const MODULE_CATALOG_FORMAT = 'erp-migrate/modules@1';

export const MODULE_IDS = [
  'finance', 'supply-chain', 'sales', 'hr', 'manufacturing', 'projects', 'system', 'unclassified',
] as const;

export type ModuleId = (typeof MODULE_IDS)[number];

function isValidRegex(text: string): boolean {
  try {
    new RegExp(text, 'i');
    return true;
  } catch {
    return false;
  }
}

const regexText = z.string().min(1).refine(isValidRegex, { message: 'not a valid regular expression' });
const moduleId = z.enum(MODULE_IDS);

const ruleSchema = z
  .strictObject({
    prefix: z.string().min(1).optional(),
    pattern: regexText.optional(),
    tables: z.array(z.string().min(1)).min(1).optional(),
    words: z.array(z.string().min(1)).min(1).optional(),
    module: moduleId,
  })
  .refine((rule) => [rule.prefix, rule.pattern, rule.tables, rule.words].filter((m) => m !== undefined).length === 1, {
    message: 'needs exactly one of "prefix", "pattern", "tables" or "words"',
  });

export const moduleCatalogFileSchema = z.strictObject({
  format: z.literal(MODULE_CATALOG_FORMAT),
  name: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and dashes'),
  title: z.string().min(1).optional(),
  /** Regexes removed from a table name before matching (NAV's `Company$` prefix). */
  strip: z.array(regexText).optional(),
  detect: z
    .strictObject({
      /** Tables whose presence proves this ERP (after `strip`). */
      markers: z.array(z.string().min(1)).optional(),
      /** Share of tables (0–1) the rules must match for the ERP to count as present without a marker. */
      minShare: z.number().min(0).max(1).optional(),
    })
    .optional(),
  rules: z.array(ruleSchema),
});

export type ModuleCatalogFile = z.infer<typeof moduleCatalogFileSchema>;

export type RuleMatcher =
  | { readonly kind: 'prefix'; readonly prefix: string }
  | { readonly kind: 'pattern'; readonly regex: RegExp }
  | { readonly kind: 'tables'; readonly names: ReadonlySet<string> }
  | { readonly kind: 'words'; readonly words: ReadonlySet<string> };

export interface CompiledModuleRule {
  readonly matcher: RuleMatcher;
  readonly module: ModuleId;
  /** `<catalogue>:rules[<i>]`, reported as the reason for a classification. */
  readonly id: string;
}

export interface CompiledCatalogue {
  readonly name: string;
  readonly title: string;
  /** True for catalogues the user supplied: always applied, before any built-in one. */
  readonly user: boolean;
  /** True for a catalogue without `detect`: a fallback applied after the detected ERP (generic). */
  readonly fallback: boolean;
  readonly strip: readonly RegExp[];
  readonly markers: ReadonlySet<string>;
  readonly minShare: number;
  readonly rules: readonly CompiledModuleRule[];
}

export interface ModuleCatalog {
  readonly catalogues: readonly CompiledCatalogue[];
}

const DEFAULT_MIN_SHARE = 0.3;

function compileRule(rule: ModuleCatalogFile['rules'][number], id: string): CompiledModuleRule {
  const lower = (items: readonly string[]) => new Set(items.map((item) => item.toLowerCase()));
  let matcher: RuleMatcher;
  if (rule.prefix !== undefined) matcher = { kind: 'prefix', prefix: rule.prefix.toLowerCase() };
  else if (rule.pattern !== undefined) matcher = { kind: 'pattern', regex: new RegExp(rule.pattern, 'i') };
  else if (rule.tables !== undefined) matcher = { kind: 'tables', names: lower(rule.tables) };
  else matcher = { kind: 'words', words: lower(rule.words ?? []) };
  return { matcher, module: rule.module, id };
}

/** Validated file → compiled catalogue (pure). */
export function compileModuleCatalogue(file: ModuleCatalogFile, user: boolean): CompiledCatalogue {
  return {
    name: file.name,
    title: file.title ?? file.name,
    user,
    fallback: file.detect === undefined,
    strip: (file.strip ?? []).map((text) => new RegExp(text, 'i')),
    markers: new Set((file.detect?.markers ?? []).map((m) => m.toLowerCase())),
    minShare: file.detect?.minShare ?? DEFAULT_MIN_SHARE,
    rules: file.rules.map((rule, i) => compileRule(rule, `${file.name}:rules[${i}]`)),
  };
}
