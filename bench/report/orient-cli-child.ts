// Child: one whole `orient …` command through the real CLI, as a user runs it. Its stdout is
// whatever file the bench opened for it; the exit code is reported (invite check exits 3 on
// ask-why), not treated as a failure.
import { main } from '../../src/cli/main.js';
import { report } from '../measure.js';

const code = await main(['node', 'orient', ...process.argv.slice(2)]);
report({ code });
