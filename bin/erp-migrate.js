#!/usr/bin/env node
// Entry point: the compiled CLI lives in dist/ (built by `npm install` / `npm ci` through the prepare script).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/commands/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write('error[E_NOT_BUILT]: erp-migrate is not built (dist/ is missing)\nhint: run `npm install` (or `npm run build`) in the erp-migrate folder\n');
  process.exit(70);
}
// `erp-migrate --help | head`: a reader that closed its end is not an error of ours; stop quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}
const { main } = await import(entry.href);
const code = await main(process.argv);
// Exit explicitly once both streams are flushed: a pool or socket a driver keeps open must not hold the
// process, and no library exit hook may replace the exit code.
const flush = (stream) => new Promise((resolve) => stream.write('', resolve));
await Promise.all([flush(process.stdout), flush(process.stderr)]);
process.exit(code);
