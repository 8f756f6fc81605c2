// `npm run bench:import [-- --people N --weeks W --seed S]`: generates a deterministic org and times
// `orient import` end to end against plain ical.js parse+expand of the same files, in one run.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { configTemplate } from '../../src/config/config-template.js';
import { writeOrg } from '../org/write-org.js';
import { measure } from '../measure.js';

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '1000' },
    weeks: { type: 'string', default: '13' },
    seed: { type: 'string', default: '42' },
    start: { type: 'string', default: '2026-01-05' },
    keep: { type: 'boolean', default: false },
  },
});
const people = Number(values.people);
const weeks = Number(values.weeks);
const here = (name: string): string => fileURLToPath(new URL(name, import.meta.url));

const dir = mkdtempSync(join(tmpdir(), 'orient-bench-import-'));
try {
  process.stderr.write(
    `Generating ${people} people × ${weeks} weeks (seed ${values.seed}) in ${dir} …\n`,
  );
  const facts = await writeOrg(dir, {
    people,
    weeks,
    seed: Number(values.seed),
    start: values.start,
  });
  const config = join(dir, 'orient.config.yaml');
  writeFileSync(config, configTemplate(facts.config));
  const db = join(dir, 'bench.db');
  const child = here('./orient-import-child.js');
  const calendars = join(dir, 'calendars');
  const common = ['--config', config, '--db', db];
  await measure(child, [...common, 'import', 'directory', join(dir, 'people.csv')]);

  process.stderr.write('Timing orient import calendars …\n');
  const orient = await measure(child, [
    ...common,
    'import',
    'calendars',
    calendars,
    '--from',
    facts.start,
    '--to',
    facts.end,
  ]);
  const sqlite = new Database(db, { readonly: true });
  const copies = (
    sqlite.prepare('select count(*) as n from occurrence_copies').get() as { n: number }
  ).n;
  const merged = (sqlite.prepare('select count(*) as n from occurrences').get() as { n: number }).n;
  sqlite.close();

  process.stderr.write('Timing ical.js parse+expand …\n');
  const ical = await measure<{ instances: number }>(here('./icaljs-child.js'), [
    calendars,
    facts.start,
    facts.end,
  ]);

  const mb = facts.calendarBytes / 1e6;
  const row = (name: string, ms: number, instances: number, rss: number): string =>
    `${name.padEnd(34)} ${(ms / 1000).toFixed(2).padStart(8)} s ${(mb / (ms / 1000)).toFixed(1).padStart(7)} MB/s ` +
    `${Math.round(instances / (ms / 1000))
      .toLocaleString('en-US')
      .padStart(10)} occ/s ${rss.toFixed(0).padStart(6)} MB peak RSS`;
  const out = [
    `Org: ${facts.people} people, ${facts.files} exports, ${mb.toFixed(1)} MB, ${facts.weeks} weeks from ${facts.start}`,
    `Orient stored ${copies.toLocaleString('en-US')} occurrence copies, merged into ${merged.toLocaleString('en-US')} meetings; ical.js expanded ${ical.result.instances.toLocaleString('en-US')} instances.`,
    row('orient import (parse→store)', orient.ms, copies, orient.peakRssMb),
    row('ical.js parse+expand (baseline)', ical.ms, ical.result.instances, ical.peakRssMb),
    `Ratio: orient import takes ${(orient.ms / ical.ms).toFixed(2)}× the time of ical.js parse+expand alone ` +
      `(${(ical.ms / orient.ms).toFixed(2)}× faster).`,
  ];
  process.stdout.write(`${out.join('\n')}\n`);
} finally {
  if (values.keep) process.stderr.write(`Kept ${dir}\n`);
  else rmSync(dir, { recursive: true, force: true });
}
