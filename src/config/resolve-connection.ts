/** Turns `--source <url|name>` into a ConnectionSpec: project-file names, env interpolation, secrets. */
import { UsageError } from '../errors.js';
import type { ConnectionSpec } from '../model/connection.js';
import { parseConnectionUrl } from './connection-url.js';
import type { ProjectConfig } from './project-file.js';
import { interpolateEnv, isSecretReference, resolveSecretReference, type SecretFetcher } from './secrets.js';

export interface ResolveContext {
  readonly project: ProjectConfig;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Created lazily: only when a secret reference is met. */
  readonly secrets: () => Promise<SecretFetcher>;
}

function looksLikeUrl(value: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(value);
}

async function resolveValue(value: string, context: ResolveContext, where: string, key: string): Promise<string> {
  const text = interpolateEnv(value, context.env, where);
  return isSecretReference(text) ? resolveSecretReference(text, await context.secrets(), where, key) : text;
}

export async function resolveConnection(nameOrUrl: string, context: ResolveContext, option = '--source'): Promise<ConnectionSpec> {
  if (looksLikeUrl(nameOrUrl)) return parseConnectionUrl(interpolateEnv(nameOrUrl, context.env, option), option);
  const entry = context.project.connections[nameOrUrl];
  if (entry === undefined) {
    const known = Object.keys(context.project.connections).sort();
    throw new UsageError('E_CONN_NAME', `${option}: "${nameOrUrl}" is neither a URL nor a connection in ${context.project.file ?? 'erp-migrate.yaml (not found)'}`, {
      hint: known.length > 0 ? `known connections: ${known.join(', ')}` : 'pass a URL such as postgres://user@host:5432/db, or define connections in erp-migrate.yaml',
    });
  }
  const where = `${context.project.file ?? 'erp-migrate.yaml'}: connections.${nameOrUrl}`;
  const raw = typeof entry === 'string' ? { url: entry } : entry;
  const url = await resolveValue(raw.url, context, `${where}.url`, 'url');
  const spec = parseConnectionUrl(url, `${where}.url`);
  const user = raw.user === undefined ? spec.user : await resolveValue(raw.user, context, `${where}.user`, 'username');
  const password = raw.password === undefined ? spec.password : await resolveValue(raw.password, context, `${where}.password`, 'password');
  return { ...spec, user, password };
}
