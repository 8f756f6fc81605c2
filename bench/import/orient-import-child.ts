// Child: `orient import calendars` end to end (parse, expand, dedupe, store), via the real
// (bundled) CLI.
import { report } from '../measure.js';

// The bundled CLI (dist/cli), which is what bin/orient.js runs.
const cli = new URL('../../cli/main.js', import.meta.url);
const { main } = (await import(cli.href)) as {
  main(argv: readonly string[]): Promise<number>;
};

const code = await main(['node', 'orient', ...process.argv.slice(2)]);
if (code !== 0) process.exit(code);
report({ code });
