/**
 * `assess`: read the catalog (live connection or DDL export), build the inventory (pure), render the
 * assessment (pure), then write inventory.json + assessment.{md,html,json} all-or-nothing.
 */
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import type { CatalogOptions } from '../dialects/dialect.js';
import type { CatalogSnapshot, DialectName } from '../model/catalog.js';
import type { Inventory } from '../model/inventory.js';
import { loadDialect } from '../dialects/registry.js';
import { readProjectFile } from '../config/project-file.js';
import { resolveConnection } from '../config/resolve-connection.js';
import { createSecretsManagerFetcher, type SecretFetcher } from '../config/secrets.js';
import { readSourceTypeMapper } from '../config/source-type-rules.js';
import { readDdlSnapshot } from '../ddl/read-ddl.js';
import { buildInventoryWithDetection } from '../inventory/build-inventory.js';
import { readModuleCatalogs } from '../inventory/classify.js';
import { makeAssessmentFor, renderAssessmentFiles, summarizeAssessment } from './assessment-files.js';
import { filterSnapshotTables, unmatchedPatterns } from '../util/table-filter.js';
import { stableStringify } from '../util/stable-json.js';
import { writeDirAtomically } from '../util/atomic-dir.js';
import { checkInterrupted, interruptible, nothingKept } from '../util/cancellation.js';
import { checkOutDir } from '../util/check-out-dir.js';
import type { ProgressSink } from '../model/progress.js';

export interface AssessOptions {
  readonly source?: string;
  readonly ddl?: readonly string[];
  readonly dialect?: DialectName;
  readonly stats?: string;
  readonly project?: string;
  readonly schemas: readonly string[];
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  readonly moduleCatalogs: readonly string[];
  readonly exactCounts: boolean;
  readonly throughputMBps?: number;
  readonly out: string;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly onEvent?: ProgressSink;
  /** Aborted by the CLI on SIGINT/SIGTERM: the read stops at its next safe point and nothing is written. */
  readonly signal?: AbortSignal;
  /** Tests inject a fake; by default AWS Secrets Manager is used when a reference is met. */
  readonly secrets?: () => Promise<SecretFetcher>;
}

export interface AssessResult {
  readonly source: string;
  readonly inventory: Inventory;
  readonly files: readonly string[];
  readonly summary: string;
}

async function readLiveSnapshot(options: AssessOptions): Promise<{ snapshot: CatalogSnapshot; label: string }> {
  const project = readProjectFile(options.project, options.cwd);
  const spec = await resolveConnection(options.source ?? '', {
    project,
    env: options.env,
    secrets: options.secrets ?? (() => createSecretsManagerFetcher(project.aws.region ?? options.env.AWS_REGION)),
  });
  const dialect = await loadDialect(spec.dialect);
  options.onEvent?.({ kind: 'phase', phase: 'connect', message: `connecting to ${spec.redacted}` });
  const connection = await dialect.connect(spec);
  try {
    const catalogOptions: CatalogOptions = {
      schemas: options.schemas,
      include: options.include,
      exclude: options.exclude,
      exactCounts: options.exactCounts,
      // Every catalog progress event is a safe point: an interrupt stops the read there.
      onEvent: (event) => {
        checkInterrupted(options.signal);
        options.onEvent?.(event);
      },
      ...(options.signal === undefined ? {} : { signal: options.signal }),
    };
    return { snapshot: await connection.readCatalog(catalogOptions), label: spec.redacted };
  } finally {
    await connection.close();
  }
}

async function readSnapshot(options: AssessOptions): Promise<{ snapshot: CatalogSnapshot; label: string; origin: 'live' | 'ddl' }> {
  const hasDdl = options.ddl !== undefined && options.ddl.length > 0;
  if (hasDdl && options.source !== undefined) {
    throw new UsageError('E_USAGE', 'assess: give either --source or --ddl, not both', { hint: 'a DDL export is assessed offline; drop --source' });
  }
  if (hasDdl) {
    if (options.dialect === undefined) {
      throw new UsageError('E_USAGE', 'assess --ddl: --dialect is required', { hint: 'add --dialect oracle|mssql|postgres|mysql' });
    }
    options.onEvent?.({ kind: 'phase', phase: 'ddl', message: `reading DDL (${options.ddl?.length ?? 0} input(s))` });
    const snapshot = await readDdlSnapshot(options.ddl ?? [], {
      dialect: options.dialect,
      ...(options.schemas[0] === undefined ? {} : { defaultSchema: options.schemas[0] }),
      ...(options.stats === undefined ? {} : { statsFile: options.stats }),
    });
    return { snapshot: filterSnapshotTables(snapshot, options.include, options.exclude), label: `${options.dialect} DDL export`, origin: 'ddl' };
  }
  if (options.source === undefined) {
    throw new UsageError('E_USAGE', 'assess: --source or --ddl is required', {
      hint: 'e.g. erp-migrate assess --source postgres://user@host/db --out assessment/',
    });
  }
  return { ...(await readLiveSnapshot(options)), origin: 'live' };
}

/** An --include pattern that selects nothing is a typo far more often than an intent: stop (as plan does for tables.include). */
function checkIncludeMatched(snapshot: CatalogSnapshot, options: AssessOptions, label: string): void {
  const unmatched = unmatchedPatterns(snapshot.schemas, options.include);
  if (unmatched.length === 0) return;
  const list = unmatched.map((pattern) => `"${pattern}"`).join(', ');
  const after = options.exclude.length > 0 ? ' (after --exclude)' : '';
  const schemas = options.schemas.length > 0 ? ` of schema(s) ${options.schemas.join(', ')}` : '';
  throw new UsageError('E_INCLUDE_NO_MATCH', `--include ${list} ${unmatched.length === 1 ? 'matches' : 'match'} no table${schemas}${after} in ${label}`, {
    hint: 'patterns are case-insensitive globs (* ?) on schema.table or table; run without --include to see the table names',
  });
}

export async function assessAction(options: AssessOptions): Promise<AssessResult> {
  return interruptible(options.signal, nothingKept('nothing was written'), () => assess(options));
}

function tableTotals(snapshot: CatalogSnapshot): { tables: number; rows: number | null; bytes: number | null } {
  const tables = snapshot.schemas.flatMap((schema) => schema.tables);
  const sum = (values: readonly (number | null)[]): number | null => (values.some((v) => v === null) ? null : values.reduce<number>((a, v) => a + (v ?? 0), 0));
  return { tables: tables.length, rows: sum(tables.map((t) => t.rowCount)), bytes: sum(tables.map((t) => t.bytes)) };
}

async function assess(options: AssessOptions): Promise<AssessResult> {
  // Before connecting: a wrong --out must not cost a whole catalog read.
  await checkOutDir(options.out, { code: 'E_OUT_DIR', what: 'an assessment folder', marker: 'inventory.json' });
  const modules = readModuleCatalogs(options.moduleCatalogs);
  const { snapshot, label, origin } = await readSnapshot(options);
  checkIncludeMatched(snapshot, options, label);
  options.onEvent?.({ kind: 'catalog-read', source: label, schemas: snapshot.schemas.length, ...tableTotals(snapshot) });
  checkInterrupted(options.signal);
  options.onEvent?.({ kind: 'phase', phase: 'inventory', message: 'building the inventory' });
  const { inventory, erp } = buildInventoryWithDetection(snapshot, {
    origin,
    typeMapper: readSourceTypeMapper(snapshot.source.dialect),
    modules,
  });
  const assessment = makeAssessmentFor(inventory, {
    erp: erp === null ? null : { catalogue: erp.catalogue, title: erp.title },
    ...(options.throughputMBps === undefined ? {} : { throughputMBps: options.throughputMBps }),
  });
  const written = await writeDirAtomically(options.out, { 'inventory.json': stableStringify(inventory), ...renderAssessmentFiles(assessment) }, {
    mode: 'update',
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    errorCode: 'E_OUT_WRITE',
    hint: 'check that --out names a writable directory',
  });
  options.onEvent?.({ kind: 'files-written', dir: options.out, files: written.files, bytes: written.bytes });
  const files = written.files.map((file) => join(options.out, file));
  const where = `written to ${options.out}: ${written.files.join(', ')}`;
  return { source: label, inventory, files, summary: `${summarizeAssessment(assessment, inventory)}\n${where}` };
}
