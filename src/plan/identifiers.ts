/**
 * Deterministic identifiers for DMS objects, derived from content so the same plan input always
 * names the same task (the DMS engine reuses tasks by id) and a different table list never does.
 */
import { createHash } from 'node:crypto';
import { compareStrings } from '../util/stable-json.js';

export type TaskKind = 'reference' | 'standard' | 'large' | 'lob';

export function makeShortHash(text: string, length = 8): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, length);
}

/** `erpm-w<wave>-<kind>-<hash8>`; the hash covers the sorted `schema.table` source names. */
export function makeTaskId(wave: number, kind: TaskKind, tables: readonly string[]): string {
  const content = [...tables].sort(compareStrings).join('\n');
  return `erpm-w${wave}-${kind}-${makeShortHash(content)}`;
}

/**
 * DMS ReplicationTaskIdentifier rules: 1–255 letters, digits and hyphens, starts with a letter,
 * no two consecutive hyphens, no trailing hyphen. (ResourceIdentifier is the same but ≤ 31.)
 */
export function isValidDmsIdentifier(id: string, maxLength = 255): boolean {
  return id.length >= 1 && id.length <= maxLength && /^[A-Za-z][A-Za-z0-9-]*$/.test(id) && !id.includes('--') && !id.endsWith('-');
}

/**
 * Hands out unique rule names from content: `<kind>_<parts joined by _>`, reduced to letters,
 * digits and underscores; a name already taken (or changed by the reduction) gets a content hash.
 */
export function makeRuleNamer(): (kind: string, parts: readonly string[]) => string {
  const used = new Set<string>();
  return (kind, parts) => {
    const raw = [kind, ...parts].join('_');
    const clean = raw.replace(/[^A-Za-z0-9_]/g, '_').slice(0, 200);
    let name = clean === raw && !used.has(clean) ? clean : `${clean}_${makeShortHash(raw)}`;
    for (let n = 2; used.has(name); n += 1) name = `${clean}_${makeShortHash(`${raw}#${n}`)}`;
    used.add(name);
    return name;
  };
}

/** Rule ids are 1-based positions in the mapping file, sent as strings (numbers unique per file). */
export function makeRuleId(position: number): string {
  return String(position + 1);
}
