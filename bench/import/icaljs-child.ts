// Child: plain ical.js parse + expand of the same files over the same range (the baseline).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { icalJsParseAndExpand } from '../baseline/icaljs-reader.js';
import { report } from '../measure.js';

const [dir, from, to] = process.argv.slice(2) as [string, string, string];
const range = { from: Date.parse(`${from}T00:00:00Z`), to: Date.parse(`${to}T00:00:00Z`) };
let instances = 0;
for (const name of readdirSync(dir).sort()) {
  if (!name.endsWith('.ics')) continue;
  instances += icalJsParseAndExpand(readFileSync(join(dir, name), 'utf8'), range);
}
report({ instances });
