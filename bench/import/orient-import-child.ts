// Child: `orient import calendars` end to end (parse, expand, dedupe, store), via the real CLI.
import { main } from '../../src/cli/main.js';
import { report } from '../measure.js';

const code = await main(['node', 'orient', ...process.argv.slice(2)]);
if (code !== 0) process.exit(code);
report({ code });
