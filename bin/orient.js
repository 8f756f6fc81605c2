#!/usr/bin/env node
// The `orient` command: runs the compiled CLI (built by `npm install` via the `prepare` script),
// bundled into a few files (dist/cli) so a command starts without loading hundreds of modules.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write('orient is not built yet: run `npm install` (or `npm run build`) first.\n');
  process.exit(2);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv);
