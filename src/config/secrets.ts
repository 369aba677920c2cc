/**
 * Secret references in erp-migrate.yaml: `${ENV_VAR}` interpolation and `secretsmanager:<secret-id>`
 * (optionally `secretsmanager:<secret-id>#<json-key>`) resolved through AWS Secrets Manager.
 * Resolved values only live in memory; callers print the reference, never the value.
 */
import { UsageError, AwsError } from '../errors.js';

export interface SecretFetcher {
  /** Returns the SecretString of a secret. */
  getSecretString(secretId: string): Promise<string>;
}

const ENV_PATTERN = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g;

/** Replaces `${NAME}` (or `${NAME:-default}`) from `env`; an unset variable without default is an error. */
export function interpolateEnv(text: string, env: Readonly<Record<string, string | undefined>>, where: string): string {
  return text.replace(ENV_PATTERN, (_, name: string, fallback: string | undefined) => {
    const value = env[name];
    if (value !== undefined && value !== '') return value;
    if (fallback !== undefined) return fallback;
    throw new UsageError('E_CONFIG_ENV', `${where}: environment variable ${name} is not set`, {
      hint: `export ${name}=… before running, or write \${${name}:-default}`,
    });
  });
}

export function isSecretReference(value: string): boolean {
  return value.startsWith('secretsmanager:');
}

/** Resolves `secretsmanager:<id>[#key]`. A JSON secret without a key yields its `password` field. */
export async function resolveSecretReference(reference: string, fetcher: SecretFetcher, where: string, defaultKey = 'password'): Promise<string> {
  const body = reference.slice('secretsmanager:'.length);
  const hashAt = body.lastIndexOf('#');
  const secretId = hashAt >= 0 ? body.slice(0, hashAt) : body;
  const key = hashAt >= 0 ? body.slice(hashAt + 1) : null;
  if (secretId === '') {
    throw new UsageError('E_CONFIG_SECRET', `${where}: empty secret id in "${reference}"`, { hint: 'write secretsmanager:<secret-id> or secretsmanager:<secret-id>#<key>' });
  }
  let text: string;
  try {
    text = await fetcher.getSecretString(secretId);
  } catch (error) {
    const name = (error as { name?: string }).name ?? 'Error';
    throw new AwsError('E_AWS_SECRET', `${where}: cannot read secret "${secretId}" from AWS Secrets Manager (${name})`, {
      hint: 'check the secret id, the AWS region (AWS_REGION) and that your credentials allow secretsmanager:GetSecretValue',
      cause: error,
    });
  }
  const trimmed = text.trim();
  if (!trimmed.startsWith('{')) {
    if (key !== null) throw new UsageError('E_CONFIG_SECRET', `${where}: secret "${secretId}" is not JSON, so it has no key "${key}"`, { hint: 'drop the #key suffix' });
    return text;
  }
  let json: unknown;
  try {
    json = JSON.parse(trimmed);
  } catch {
    return text;
  }
  const wanted = key ?? defaultKey;
  const value = (json as Record<string, unknown>)[wanted];
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  throw new UsageError('E_CONFIG_SECRET', `${where}: secret "${secretId}" has no key "${wanted}"`, {
    hint: 'name the key: secretsmanager:<secret-id>#<key>',
  });
}

/** The real fetcher; the SDK is loaded only when a secret reference is used. */
export async function createSecretsManagerFetcher(region?: string): Promise<SecretFetcher> {
  const { SecretsManagerClient, GetSecretValueCommand } = await import('@aws-sdk/client-secrets-manager');
  const client = new SecretsManagerClient(region === undefined ? {} : { region });
  return {
    async getSecretString(secretId) {
      const out = await client.send(new GetSecretValueCommand({ SecretId: secretId }));
      if (out.SecretString === undefined) throw new Error('secret has no SecretString (binary secrets are not supported)');
      return out.SecretString;
    },
  };
}
