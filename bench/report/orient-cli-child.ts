// Child: one whole `orient …` command through the real (bundled) CLI, as a user runs it. Its
// stdout is whatever file the bench opened for it; the exit code is reported (invite check exits
// 3 on ask-why), not treated as a failure.
import { report } from '../measure.js';

// The bundled CLI (dist/cli), which is what bin/orient.js runs.
const cli = new URL('../../cli/main.js', import.meta.url);
const { main } = (await import(cli.href)) as {
  main(argv: readonly string[]): Promise<number>;
};

const code = await main(['node', 'orient', ...process.argv.slice(2)]);
report({ code });
