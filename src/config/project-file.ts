/**
 * The project file `erp-migrate.yaml`: named connections (URL plus optional separate password,
 * either may use `${ENV}` and `secretsmanager:` references) and defaults. Parsed with zod; every
 * problem is reported at once with file, line and path.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { UsageError } from '../errors.js';
import { loadYamlDocument, yamlDocumentError } from '../util/yaml-document.js';

const connectionSchema = z.union([
  z.string(),
  z.strictObject({
    url: z.string(),
    password: z.string().optional(),
    user: z.string().optional(),
  }),
]);

const projectSchema = z.strictObject({
  format: z.literal('erp-migrate/project@1').optional(),
  connections: z.record(z.string(), connectionSchema).default({}),
  defaults: z
    .strictObject({
      source: z.string().optional(),
      target: z.string().optional(),
      out: z.string().optional(),
      schemas: z.array(z.string()).optional(),
      mappings: z.array(z.string()).optional(),
    })
    .default({}),
  aws: z.strictObject({ region: z.string().optional() }).default({}),
});

export type ProjectConfig = z.infer<typeof projectSchema> & { readonly file: string | null };

export const PROJECT_FILE_NAME = 'erp-migrate.yaml';

export function parseProjectFile(text: string, file: string): ProjectConfig {
  const loaded = loadYamlDocument(text, file, projectSchema, { emptyAs: {} });
  if (!loaded.ok) {
    throw loaded.source === null
      ? yamlDocumentError('E_CONFIG_YAML', loaded.problems, 'fix the YAML syntax at the line:column named (indentation, quotes, colons)')
      : yamlDocumentError('E_CONFIG_INVALID', loaded.problems, 'see the README section "Project file" for the format');
  }
  return { ...loaded.value, file };
}

/** Reads `erp-migrate.yaml` from the given path, or from the working directory when it exists there. */
export function readProjectFile(path: string | undefined, cwd: string): ProjectConfig {
  const file = resolve(cwd, path ?? PROJECT_FILE_NAME);
  if (!existsSync(file)) {
    if (path !== undefined) {
      throw new UsageError('E_CONFIG_FILE', `project file ${path} does not exist`, { hint: 'check the --project path' });
    }
    return { connections: {}, defaults: {}, aws: {}, file: null };
  }
  return parseProjectFile(readFileSync(file, 'utf8'), file);
}
