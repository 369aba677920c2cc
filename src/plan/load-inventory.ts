/**
 * Reads and validates inventory.json (a file, or a directory holding one). Refuses another document
 * kind or a newer major version, naming both; every other problem names the file and JSON path.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import { inventorySchema } from '../model/inventory-schema.js';
import { INVENTORY_FORMAT, type Inventory } from '../model/inventory.js';
import { makeInventoryDigest } from '../inventory/build-inventory.js';

export interface LoadedInventory {
  readonly inventory: Inventory;
  /** `sha256:<hex>` of the inventory's stable JSON. */
  readonly digest: string;
  readonly file: string;
}

/** The digest is the inventory builder's own rule (sha256 over the stable JSON), so assess and plan agree. */
export { makeInventoryDigest };

export function formatJsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : `${out}.${String(key)}`), '$');
}

const HINT = 'make the inventory with `erp-migrate assess` and pass its path (file or directory) to --inventory';

async function resolveFile(path: string): Promise<string> {
  try {
    return (await stat(path)).isDirectory() ? join(path, 'inventory.json') : path;
  } catch {
    throw new UsageError('E_INVENTORY_FILE', `${path}: no such file or directory`, { hint: HINT });
  }
}

function checkFormat(raw: unknown, file: string): void {
  const format = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>).format : undefined;
  if (format === INVENTORY_FORMAT) return;
  const match = typeof format === 'string' ? /^erp-migrate\/inventory@(\d+)$/.exec(format) : null;
  if (match && Number(match[1]) > 1) {
    throw new UsageError('E_INVENTORY_VERSION', `${file}: $.format is "${format}", made by a newer erp-migrate; this version reads "${INVENTORY_FORMAT}"`, {
      hint: 'upgrade erp-migrate, or re-run assess with this version',
    });
  }
  throw new UsageError('E_INVENTORY_FORMAT', `${file}: $.format is ${JSON.stringify(format ?? null)}, expected "${INVENTORY_FORMAT}"`, { hint: HINT });
}

/** Validates an already parsed inventory value; `file` only names it in errors. */
export function parseInventory(raw: unknown, file: string): Inventory {
  checkFormat(raw, file);
  const result = inventorySchema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${formatJsonPath(issue.path)}: ${issue.message}`);
    const shown = problems.slice(0, 20).join('; ');
    const more = problems.length > 20 ? ` (and ${problems.length - 20} more)` : '';
    throw new UsageError('E_INVENTORY_INVALID', `${file}: ${problems.length} problem(s): ${shown}${more}`, { hint: HINT });
  }
  return result.data as Inventory;
}

export async function readInventory(path: string): Promise<LoadedInventory> {
  const file = await resolveFile(path);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError('E_INVENTORY_FILE', `${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`, { hint: HINT });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new UsageError('E_INVENTORY_JSON', `${file}: not valid JSON: ${(error as Error).message}`, { hint: HINT });
  }
  const inventory = parseInventory(raw, file);
  // The digest is of the file as written (assess writes stable JSON, so this equals makeInventoryDigest of
  // its content) — hashing the bytes avoids re-serialising a 20,000-table inventory.
  return { inventory, digest: digestInventoryText(text), file };
}

/** `sha256:<hex>` of an inventory file's text: what a plan records and `run` checks. */
export function digestInventoryText(text: string): string {
  return `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}
