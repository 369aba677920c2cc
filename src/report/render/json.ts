/** Assessment → stable JSON (`"format": "erp-migrate/assessment@1"`, sorted keys, trailing newline). */
import { stableStringify } from '../../util/stable-json.js';
import type { Assessment } from '../assessment-model.js';

export function renderAssessmentJson(a: Assessment): string {
  return stableStringify(a);
}
