import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The erp-migrate package folder (holds package.json and mappings/), from src/ or from dist/src/. */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i += 1) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'mappings'))) return dir;
    dir = dirname(dir);
  }
  throw new Error('erp-migrate package root not found (no package.json beside mappings/)');
}
