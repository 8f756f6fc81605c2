// Child: the report step in-process, timed by phase, `--repeat` times in one process (the first
// iteration is what a CLI run pays, cold; later ones are warm).
//   --mode ledger:   open → directory + counting context → ensureLedger (a no-op when the ledger
//                    is fresh) → reportInput (sums over the ledger) → buildReport → JSON
//   --mode baseline: open → context → rawReportInput (every person's meetings read and counted
//                    now, no ledger) → buildReport → JSON
// `--out FILE` keeps the first iteration's JSON (to compare the two modes). Run it directly with
// `node --cpu-prof` to profile; without $BENCH_RESULT it prints its timings instead.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../src/config/load-config.js';
import { countingContext } from '../../src/core/counting/counting-context.js';
import { buildReport } from '../../src/core/reports/build-report.js';
import { openDatabase } from '../../src/storage/database.js';
import { listCountingPeople } from '../../src/storage/directory-store.js';
import { ensureLedger } from '../../src/storage/ledger-store.js';
import { reportInput } from '../../src/storage/report-queries.js';
import { report } from '../measure.js';
import { rawReportInput, type RawTimings } from './raw-report-input.js';

export type Phases = Record<string, number>;

export interface StepResult {
  /** One record of phase → milliseconds per iteration; `total` is their sum. */
  iterations: Phases[];
  /** People ensureLedger recomputed in the first iteration (0 when the ledger was fresh). */
  recomputed: number;
  people: number;
  jsonBytes: number;
}

const { values } = parseArgs({
  options: {
    config: { type: 'string' },
    db: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    mode: { type: 'string', default: 'ledger' },
    repeat: { type: 'string', default: '1' },
    people: { type: 'boolean', default: false },
    out: { type: 'string' },
  },
});
if (!values.config || !values.db || !values.from || !values.to)
  throw new Error('usage: report-step-child --config F --db F --from D --to D [--mode M]');
if (values.mode !== 'ledger' && values.mode !== 'baseline')
  throw new Error(`--mode must be ledger or baseline, got ${values.mode}`);
const loaded = loadConfig(process.env, values.config);
if (!loaded.ok) throw new Error(loaded.error);
const config = loaded.config;
const settings = {
  workweekHours: config.workweekHours,
  minGroupSize: config.privacy.minGroupSize,
};
const range = { from: values.from, to: values.to };

const iterations: Phases[] = [];
let recomputed = 0;
let people = 0;
let jsonBytes = 0;
for (let i = 0; i < Number(values.repeat); i++) {
  const phases: Phases = {};
  let last = performance.now();
  const mark = (name: string): void => {
    const now = performance.now();
    phases[name] = now - last;
    last = now;
  };
  const database = await openDatabase(values.db);
  mark('open');
  const directory = await listCountingPeople(database.db);
  const context = countingContext(config, directory);
  people = context.people.length;
  mark('context');
  let input;
  if (values.mode === 'ledger') {
    const n = await ensureLedger(database, context);
    if (i === 0) recomputed = n;
    mark('ensureLedger');
    input = await reportInput(database, context, settings, range);
    mark('reportInput');
  } else {
    const timings: RawTimings = { query: 0, compute: 0 };
    input = await rawReportInput(database, context, settings, range, timings);
    mark('rawInput');
    delete phases['rawInput'];
    phases['rawQuery'] = timings.query;
    phases['rawCompute'] = timings.compute;
  }
  const built = buildReport(input, { people: values.people });
  mark('buildReport');
  const json = `${JSON.stringify(built, null, 2)}\n`;
  mark('json');
  jsonBytes = Buffer.byteLength(json);
  await database.close();
  phases['total'] = Object.values(phases).reduce((a, b) => a + b, 0);
  iterations.push(phases);
  if (i === 0 && values.out) writeFileSync(values.out, json);
}

const result: StepResult = { iterations, recomputed, people, jsonBytes };
if (process.env['BENCH_RESULT']) report(result);
else process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
