/** The assessment report: model + pure renderers. */
export { ASSESSMENT_FORMAT, makeAssessment, type Assessment, type AssessmentOptions, type ModuleRow } from './assessment-model.js';
export { renderAssessmentHtml } from './render/html.js';
export { renderAssessmentJson } from './render/json.js';
export { renderAssessmentMarkdown } from './render/markdown.js';
