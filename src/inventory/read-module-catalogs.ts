/**
 * Reads the built-in ERP module catalogues (`mappings/modules/*.yaml`) and any user catalogues, validates
 * them all and reports every problem at once (`file: path: message`) as one UsageError.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadYamlDocument, yamlDocumentError, type YamlSource } from '../util/yaml-document.js';
import { compareStrings } from '../util/stable-json.js';
import { packageRoot } from '../util/package-root.js';
import {
  compileModuleCatalogue, moduleCatalogFileSchema, type CompiledCatalogue, type ModuleCatalog, type ModuleCatalogFile,
} from './module-catalog.js';

interface ParsedFile {
  readonly file: string;
  readonly value: ModuleCatalogFile | null;
  readonly problems: readonly string[];
  /** Locates further problems found across files (a duplicate name); null after a syntax error. */
  readonly source: YamlSource | null;
}

/** Pure: YAML text → validated catalogue file or the list of problems, each `file:line: path: message`. */
export function parseModuleCatalogText(text: string, file: string): ParsedFile {
  const loaded = loadYamlDocument(text, file, moduleCatalogFileSchema);
  return loaded.ok ? { file, value: loaded.value, problems: [], source: loaded.source } : { file, value: null, problems: loaded.problems, source: loaded.source };
}

function readText(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

export function builtInModuleCatalogDir(): string {
  return join(packageRoot(), 'mappings', 'modules');
}

/**
 * Loads every built-in catalogue plus `extraFiles` (user catalogues: applied first, in the given order).
 * Throws UsageError E_MAPPING_INVALID listing every problem in every file.
 */
export function readModuleCatalogs(extraFiles: readonly string[] = []): ModuleCatalog {
  const dir = builtInModuleCatalogDir();
  const builtIn = readdirSync(dir).filter((name) => name.endsWith('.yaml')).sort(compareStrings).map((name) => join(dir, name));
  const problems: string[] = [];
  const catalogues: CompiledCatalogue[] = [];
  const seen = new Map<string, string>();
  const load = (file: string, user: boolean) => {
    const text = readText(file);
    if (text === null) {
      problems.push(`${file}:1: (file): cannot read the file`);
      return;
    }
    const parsed = parseModuleCatalogText(text, file);
    problems.push(...parsed.problems);
    if (parsed.value === null) return;
    // A user catalogue may reuse a built-in name (it is applied first); two built-ins may not.
    const previous = user ? undefined : seen.get(parsed.value.name);
    if (previous !== undefined) problems.push(...(parsed.source?.locate([{ path: ['name'], message: `"${parsed.value.name}" also used by ${previous}` }]) ?? []));
    if (!user) seen.set(parsed.value.name, file);
    catalogues.push(compileModuleCatalogue(parsed.value, user));
  };
  for (const file of extraFiles) load(file, true);
  for (const file of builtIn) load(file, false);
  if (problems.length > 0) {
    throw yamlDocumentError('E_MAPPING_INVALID', problems, 'fix the listed fields; the format is described in mappings/modules/*.yaml (format: erp-migrate/modules@1)');
  }
  return { catalogues };
}
