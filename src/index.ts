/** The public library API: commands/ import only this file. */
export * from './errors.js';
export { DIALECT_NAMES } from './model/catalog.js';
export type { DialectName, CatalogSnapshot } from './model/catalog.js';
export type { Inventory } from './model/inventory.js';
export type { Plan, TargetName } from './model/plan.js';
export { assessAction, type AssessOptions, type AssessResult } from './actions/assess.js';
export { planAction } from './actions/plan.js';
export { demoAction, type DemoOptions, type DemoResult } from './actions/demo.js';
export { packageRoot as packageRootPath } from './util/package-root.js';
export { parseConnectionUrl, redactUrl } from './config/connection-url.js';
export { startEmbeddedPostgres } from './util/embedded-postgres.js';
export { onInterrupt, runInterruptCleanups } from './util/interrupt-cleanup.js';
export { describeProgress, type ProgressEvent, type ProgressSink } from './model/progress.js';
