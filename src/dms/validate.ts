/** Structural checks of the two DMS documents of a task, before they are written or uploaded. */
import { validateTableMappings } from './validate-table-mappings.js';
import { validateTaskSettings } from './validate-task-settings.js';

/** Every problem in both documents, as one-line messages; empty when both are valid. */
export function validateDmsDocuments(tableMappings: unknown, taskSettings: unknown): string[] {
  return [...validateTableMappings(tableMappings), ...validateTaskSettings(taskSettings)];
}

export { MAX_TABLE_MAPPINGS_BYTES, validateTableMappings } from './validate-table-mappings.js';
export { validateTaskSettings } from './validate-task-settings.js';
