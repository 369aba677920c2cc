/** Runs the whole inventory build on a small snapshot and returns the findings of the rules under test. */
import { buildInventory } from '../../../../src/inventory/build-inventory.js';
import { readModuleCatalogs } from '../../../../src/inventory/classify.js';
import type { CheckOptions } from '../../../../src/inventory/checks/context.js';
import type { CatalogSnapshot } from '../../../../src/model/catalog.js';
import type { Finding, Inventory } from '../../../../src/model/inventory.js';
import { testTypeMapper } from '../make-snapshot.js';

const modules = readModuleCatalogs();

export function inventoryOf(snap: CatalogSnapshot, checks: Partial<CheckOptions> = {}, origin: 'live' | 'ddl' = 'live'): Inventory {
  return buildInventory(snap, { origin, typeMapper: testTypeMapper, modules, checks });
}

export function findingsOf(snap: CatalogSnapshot, rules: readonly string[], checks: Partial<CheckOptions> = {}, origin: 'live' | 'ddl' = 'live'): Finding[] {
  return inventoryOf(snap, checks, origin).findings.filter((f) => rules.includes(f.rule));
}

/** `rule severity object` lines: compact and exact. */
export const brief = (findings: readonly Finding[]): string[] => findings.map((f) => `${f.rule} ${f.severity} ${f.object}`);
