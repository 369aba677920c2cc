/**
 * The ordered list of pre-migration checks. Each check is pure (tables + source facts + options → findings);
 * `runChecks` concatenates them in this order and `buildInventory` sorts the result.
 */
import type { Finding } from '../../model/inventory.js';
import type { Check, CheckInput } from './context.js';
import { fkCycleCheck } from './fk-cycles.js';
import { identifierChecks } from './identifiers.js';
import { lobWithoutKeyCheck, noPrimaryKeyCheck } from './keys.js';
import { lobColumnsCheck } from './lob-columns.js';
import { codeObjectCheck, disabledForeignKeyCheck, largeTableCheck, partitionedTableCheck } from './objects.js';
import { rowCountsCheck } from './row-counts.js';
import { sourceSettingsCheck } from './source-settings.js';
import { oracleTableLoggingCheck } from './oracle-table-logging.js';
import { postgresTypeCheck } from './postgres-types.js';
import { typeChecks } from './types.js';

export const CHECKS: readonly Check[] = [
  sourceSettingsCheck,
  oracleTableLoggingCheck,
  noPrimaryKeyCheck,
  typeChecks,
  postgresTypeCheck,
  lobWithoutKeyCheck,
  lobColumnsCheck,
  identifierChecks,
  fkCycleCheck,
  disabledForeignKeyCheck,
  largeTableCheck,
  rowCountsCheck,
  partitionedTableCheck,
  codeObjectCheck,
];

/** Every rule id a check can emit, sorted (catalog notes add their own ids). */
export const CHECK_RULE_IDS: readonly string[] = [...new Set(CHECKS.flatMap((c) => c.rules))].sort();

export function runChecks(input: CheckInput): Finding[] {
  return CHECKS.flatMap((check) => check.run(input));
}

export { DEFAULT_CHECK_OPTIONS, type CheckInput, type CheckOptions, type MigrationType } from './context.js';
