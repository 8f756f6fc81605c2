// `npm run bench:report [-- --people 1000,10000 --weeks 13 --seed 42 --runs 5 --fresh --keep]`
// For each size: a generated org, imported (directory + calendars; the import builds the ledger),
// then each report command timed as a whole CLI process (what a user waits for) and the report
// step in-process (ensureLedger + reportInput + buildReport + JSON, the one-second target), against
// a baseline measured in the same run: the same report computed from the raw occurrences and
// attendance tables at report time, without the ledger.
// Generated orgs and imported databases are cached under $TMPDIR/orient-bench-report/<size+seed>,
// so a rerun only times the reports; `--fresh` regenerates and reimports.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import { configTemplate } from '../../src/config/config-template.js';
import type { OrgFacts } from '../org/generate-org.js';
import { writeOrg } from '../org/write-org.js';
import type { Phases, StepResult } from './report-step-child.js';

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '1000,10000' },
    weeks: { type: 'string', default: '13' },
    seed: { type: 'string', default: '42' },
    start: { type: 'string', default: '2026-01-05' },
    runs: { type: 'string', default: '5' },
    repeat: { type: 'string', default: '5' },
    'baseline-runs': { type: 'string', default: '3' },
    threads: { type: 'string', default: String(Math.min(2, availableParallelism())) },
    fresh: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    profile: { type: 'string' },
  },
});
const sizes = values.people.split(',').map((s) => positive(s, 'people'));
const weeks = positive(values.weeks, 'weeks');
const seed = positive(values.seed, 'seed');
const runs = positive(values.runs, 'runs');
const repeat = positive(values.repeat, 'repeat');
const baselineRuns = positive(values['baseline-runs'], 'baseline-runs');
const threads = positive(values.threads, 'threads');
const here = (name: string): string => fileURLToPath(new URL(name, import.meta.url));
const CACHE = join(tmpdir(), 'orient-bench-report');
const HELP = `
  --people N,M        org sizes (default 1000,10000)     --weeks W      range (default 13)
  --seed S            generator seed (default 42)        --runs R       CLI runs per command (5)
  --repeat K          in-process iterations per run (5)  --baseline-runs B  (default 3)
  --threads T         generator threads                  --fresh        regenerate and reimport
  --keep              keep every command's output in the cache folder (outputs/)
  --profile DIR       also write a CPU profile of one in-process ledger and baseline run to DIR`;

function positive(text: string, flag: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) {
    process.stderr.write(`--${flag} must be a positive integer, got '${text}'${HELP}\n`);
    process.exit(2);
  }
  return n;
}

// ---- running children -------------------------------------------------------------------------

interface Run<T> {
  ms: number;
  peakRssMb: number;
  result: T;
}

/** `node [nodeArgs] script args`, stdin/stdout from/to files; as measure() but with the I/O wired. */
async function run<T>(
  script: string,
  args: readonly string[],
  io: { stdin?: string; stdout?: string; nodeArgs?: readonly string[] } = {},
): Promise<Run<T>> {
  const resultFile = join(tmpdir(), `orient-report-bench-${process.pid}-${Date.now()}.json`);
  const stdin = io.stdin === undefined ? 'ignore' : openSync(io.stdin, 'r');
  const stdout = io.stdout === undefined ? 'ignore' : openSync(io.stdout, 'w');
  const started = performance.now();
  try {
    const code = await new Promise<number>((resolve, reject) => {
      const child = spawn(process.execPath, [...(io.nodeArgs ?? []), script, ...args], {
        stdio: [stdin, stdout, 'inherit'],
        env: { ...process.env, BENCH_RESULT: resultFile },
      });
      child.on('error', reject);
      child.on('exit', (c) => resolve(c ?? 1));
    });
    const ms = performance.now() - started;
    if (code !== 0) throw new Error(`${script} ${args.join(' ')} exited with ${code}`);
    const parsed = JSON.parse(readFileSync(resultFile, 'utf8')) as { peakRssKb: number; result: T };
    return { ms, peakRssMb: parsed.peakRssKb / 1024, result: parsed.result };
  } finally {
    if (typeof stdin === 'number') closeSync(stdin);
    if (typeof stdout === 'number') closeSync(stdout);
    rmSync(resultFile, { force: true });
  }
}

// ---- statistics and formatting ----------------------------------------------------------------

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
const min = (xs: readonly number[]): number => Math.min(...xs);
const secs = (ms: number): string => `${(ms / 1000).toFixed(ms < 10_000 ? 3 : 1)} s`;
const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(bytes < 1e7 ? 2 : 0)} MB`;
const int = (n: number): string => Math.round(n).toLocaleString('en-US');

// ---- the org and its database, cached ---------------------------------------------------------

interface Prepared {
  dir: string;
  org: string;
  config: string;
  db: string;
  facts: OrgFacts & { seconds?: number };
  imported: ImportTimes;
  cached: boolean;
}

interface ImportTimes {
  directoryMs: number;
  calendarsMs: number;
  calendarsPeakRssMb: number;
  when: string;
}

/** A digest of the generator's compiled code: a cached org from an older generator is named. */
function generatorDigest(): string {
  const hash = createHash('sha256');
  const dir = here('../org/');
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .sort())
    hash.update(name).update(readFileSync(join(dir, name)));
  return hash.digest('hex').slice(0, 12);
}

async function prepare(people: number): Promise<Prepared> {
  const dir = join(CACHE, `${people}p-${weeks}w-s${seed}-${values.start}`);
  if (values.fresh) rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const org = join(dir, 'org');
  const factsFile = join(dir, 'org.json');
  const importFile = join(dir, 'import.json');
  const db = join(dir, 'orient.db');
  const digest = generatorDigest();
  let cached = true;

  if (!existsSync(factsFile)) {
    cached = false;
    rmSync(org, { recursive: true, force: true });
    rmSync(importFile, { force: true });
    process.stderr.write(
      `Generating ${people} people × ${weeks} weeks (seed ${seed}) in ${org} on ${threads} thread(s) …\n`,
    );
    const began = performance.now();
    const facts = await writeOrg(org, { people, weeks, seed, start: values.start }, threads);
    const seconds = (performance.now() - began) / 1000;
    writeFileSync(factsFile, JSON.stringify({ ...facts, threads, seconds, generator: digest }));
  }
  const facts = JSON.parse(readFileSync(factsFile, 'utf8')) as OrgFacts & {
    seconds?: number;
    generator?: string;
  };
  if (facts.generator !== undefined && facts.generator !== digest)
    process.stderr.write(
      `Note: ${dir} was generated by another version of bench/org (rerun with --fresh to regenerate).\n`,
    );
  const config = join(org, 'orient.config.yaml');
  if (!existsSync(config)) writeFileSync(config, configTemplate(facts.config));

  if (!existsSync(importFile)) {
    cached = false;
    for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
    const child = here('../import/orient-import-child.js');
    const common = ['--config', config, '--db', db];
    process.stderr.write(`Importing the directory and ${facts.files} calendars into ${db} …\n`);
    const directory = await run(child, [...common, 'import', 'directory', join(org, 'people.csv')]);
    const calendars = await run(child, [
      ...common,
      'import',
      'calendars',
      join(org, 'calendars'),
      '--from',
      facts.start,
      '--to',
      facts.end,
    ]);
    const times: ImportTimes = {
      directoryMs: directory.ms,
      calendarsMs: calendars.ms,
      calendarsPeakRssMb: calendars.peakRssMb,
      when: new Date().toISOString(),
    };
    writeFileSync(importFile, JSON.stringify(times));
  }
  const imported = JSON.parse(readFileSync(importFile, 'utf8')) as ImportTimes;
  return { dir, org, config, db, facts, imported, cached };
}

interface DbStats {
  fileBytes: number;
  tables: { name: string; rows: number; bytes: number | null }[];
}

function dbStats(db: string): DbStats {
  let fileBytes = 0;
  for (const suffix of ['', '-wal'])
    if (existsSync(db + suffix)) fileBytes += statSync(db + suffix).size;
  const sqlite = new Database(db, { readonly: true });
  try {
    const names = [
      'occurrence_copies',
      'occurrences',
      'attendance',
      'ledger_days',
      'ledger_departments',
      'ledger_invites',
      'ledger_weeks',
      'ledger_week_totals',
    ];
    let sizes = new Map<string, number>();
    try {
      // Table plus its indexes, where SQLite was built with the dbstat table (better-sqlite3 is).
      const rows = sqlite
        .prepare(
          `select coalesce(m.tbl_name, d.name) as name, sum(d.pgsize) as bytes
             from dbstat d left join sqlite_master m on m.name = d.name group by 1`,
        )
        .all() as { name: string; bytes: number }[];
      sizes = new Map(rows.map((r) => [r.name, r.bytes]));
    } catch {
      // no dbstat: sizes unknown
    }
    return {
      fileBytes,
      tables: names.map((name) => ({
        name,
        rows: (sqlite.prepare(`select count(*) as n from ${name}`).get() as { n: number }).n,
        bytes: sizes.get(name) ?? null,
      })),
    };
  } finally {
    sqlite.close();
  }
}

/** People for explain and invite check: the first Account Executives and Product Manager by e-mail. */
function pickPeople(org: string): { ae: string[]; pm: string } {
  const rows = parse(readFileSync(join(org, 'people.csv')), { columns: true }) as Record<
    string,
    string
  >[];
  const sorted = rows.map((r) => ({ email: r['email']!, role: r['role']! }));
  sorted.sort((a, b) => (a.email < b.email ? -1 : 1));
  const ae = sorted.filter((r) => r.role === 'Account Executive').map((r) => r.email);
  const pm = sorted.find((r) => r.role === 'Product Manager')?.email;
  if (ae.length < 2 || pm === undefined)
    throw new Error('the generated org has no two Account Executives and a Product Manager');
  return { ae: ae.slice(0, 2), pm };
}

// ---- one size ---------------------------------------------------------------------------------

interface Timed {
  name: string;
  ms: number[];
  rss: number[];
  bytes: number;
  code: number;
}

interface StepSummary {
  cold: number[];
  warm: number[];
  /** Median per phase over the first (cold) iterations. */
  coldPhases: Phases;
  warmPhases: Phases;
  rss: number[];
  jsonBytes: number;
  recomputed: number;
}

interface SizeResult {
  prepared: Prepared;
  stats: DbStats;
  cli: Timed[];
  ledger: StepSummary;
  baseline: StepSummary;
  same: string;
  /** The 1-minute load average when timing began and ended (other jobs share the machine). */
  load: [number, number];
}

function summarize(results: Run<StepResult>[]): StepSummary {
  const firsts = results.map((r) => r.result.iterations[0]!);
  const rest = results.flatMap((r) => r.result.iterations.slice(1));
  const phaseMedians = (list: Phases[]): Phases => {
    const out: Phases = {};
    for (const key of Object.keys(list[0] ?? {})) out[key] = median(list.map((p) => p[key] ?? 0));
    return out;
  };
  return {
    cold: firsts.map((p) => p['total']!),
    warm: rest.map((p) => p['total']!),
    coldPhases: phaseMedians(firsts),
    warmPhases: phaseMedians(rest),
    rss: results.map((r) => r.peakRssMb),
    jsonBytes: results[0]?.result.jsonBytes ?? 0,
    recomputed: results[0]?.result.recomputed ?? 0,
  };
}

async function benchSize(people: number): Promise<SizeResult> {
  const prepared = await prepare(people);
  const { dir, org, config, db, facts } = prepared;
  const range = ['--from', facts.start, '--to', facts.end];
  const common = ['--config', config, '--db', db];
  const outputs = join(dir, 'outputs');
  rmSync(outputs, { recursive: true, force: true });
  mkdirSync(outputs, { recursive: true });
  const step = here('./report-step-child.js');
  const stepArgs = [...common, ...range];

  // Brings the ledger up to date (it is rebuilt if the code's counting changed since the import),
  // and warms the page cache, before anything is timed.
  const warm = await run<StepResult>(step, [...stepArgs, '--mode', 'ledger']);
  if (warm.result.recomputed > 0)
    process.stderr.write(
      `Note: the ledger was stale: ${warm.result.recomputed} people recomputed in ${secs(warm.ms)} before timing.\n`,
    );
  const stats = dbStats(db);

  const { ae, pm } = pickPeople(org);
  const draft = join(outputs, 'draft.json');
  writeFileSync(
    draft,
    JSON.stringify({
      title: 'Weekly planning',
      organizer: pm,
      attendees: ae,
      start: `${facts.end}T15:00:00Z`,
      end: `${facts.end}T16:00:00Z`,
      rrule: 'FREQ=WEEKLY',
    }),
  );
  const loadBefore = loadavg()[0]!;
  const cli = here('./orient-cli-child.js');
  const commands: { name: string; args: string[]; stdin?: string; file: string }[] = [
    { name: 'report --json', args: ['report', '--json', ...range], file: 'report.json' },
    { name: 'report (text)', args: ['report', ...range], file: 'report.txt' },
    {
      name: 'report --csv --by department',
      args: ['report', '--csv', '--by', 'department', ...range],
      file: 'report-department.csv',
    },
    {
      name: 'report --json --people',
      args: ['report', '--json', '--people', ...range],
      file: 'report-people.json',
    },
    { name: 'explain <AE>', args: ['explain', ae[0]!, ...range], file: 'explain.txt' },
    {
      name: 'invite check (JSON draft)',
      args: ['invite', 'check', '--json'],
      stdin: draft,
      file: 'invite.json',
    },
  ];
  // Round robin: each round runs every command once, then the in-process step, so a burst of
  // load from other jobs on a shared machine falls on all of them alike rather than on one.
  const timed: Timed[] = commands.map((c) => ({
    name: c.name,
    ms: [],
    rss: [],
    bytes: 0,
    code: 0,
  }));
  const ledgerRuns: Run<StepResult>[] = [];
  for (let i = 0; i < runs; i++) {
    process.stderr.write(
      `Round ${i + 1} of ${runs}: ${commands.length} commands, then the report step in-process × ${repeat} …\n`,
    );
    for (const [k, c] of commands.entries()) {
      const t = timed[k]!;
      const r = await run<{ code: number }>(cli, [...common, ...c.args], {
        stdout: join(outputs, c.file),
        ...(c.stdin === undefined ? {} : { stdin: c.stdin }),
      });
      t.ms.push(r.ms);
      t.rss.push(r.peakRssMb);
      t.code = r.result.code;
      if (t.code !== 0 && !(c.name.startsWith('invite') && t.code === 3))
        throw new Error(`orient ${c.args.join(' ')} exited with ${t.code}: see ${c.file}`);
    }
    const out = i === 0 ? ['--out', join(outputs, 'step-ledger.json')] : [];
    ledgerRuns.push(
      await run<StepResult>(step, [
        ...stepArgs,
        '--mode',
        'ledger',
        '--repeat',
        String(repeat),
        ...out,
      ]),
    );
  }
  commands.forEach((c, k) => (timed[k]!.bytes = statSync(join(outputs, c.file)).size));

  process.stderr.write(`Timing the baseline (no ledger) in-process × ${baselineRuns} …\n`);
  const baselineRunsDone: Run<StepResult>[] = [];
  for (let i = 0; i < baselineRuns; i++) {
    const out = i === 0 ? ['--out', join(outputs, 'step-baseline.json')] : [];
    baselineRunsDone.push(await run<StepResult>(step, [...stepArgs, '--mode', 'baseline', ...out]));
  }
  if (values.profile !== undefined) {
    mkdirSync(values.profile, { recursive: true });
    for (const mode of ['ledger', 'baseline']) {
      const profileDir = join(values.profile, `${people}-${mode}`);
      process.stderr.write(`Profiling the ${mode} step into ${profileDir} …\n`);
      await run(step, [...stepArgs, '--mode', mode], {
        nodeArgs: ['--cpu-prof', '--cpu-prof-dir', profileDir],
      });
    }
  }
  const a = readFileSync(join(outputs, 'step-ledger.json'), 'utf8');
  const b = readFileSync(join(outputs, 'step-baseline.json'), 'utf8');
  const same = a === b ? 'identical' : describeDifference(a, b);
  if (!values.keep) rmSync(outputs, { recursive: true, force: true });
  return {
    prepared,
    stats,
    cli: timed,
    ledger: summarize(ledgerRuns),
    baseline: summarize(baselineRunsDone),
    same,
    load: [loadBefore, loadavg()[0]!],
  };
}

/** Where the ledger report's JSON and the baseline's first differ. */
function describeDifference(a: string, b: string): string {
  const la = a.split('\n');
  const lb = b.split('\n');
  let diffs = 0;
  let first = -1;
  for (let i = 0; i < Math.max(la.length, lb.length); i++) {
    if (la[i] === lb[i]) continue;
    diffs++;
    if (first < 0) first = i;
  }
  return (
    `DIFFERENT: ${diffs} of ${la.length} JSON lines differ; first at line ${first + 1}: ` +
    `ledger ${JSON.stringify(la[first]?.trim())} vs baseline ${JSON.stringify(lb[first]?.trim())}`
  );
}

// ---- printing ---------------------------------------------------------------------------------

function printSize(r: SizeResult): string[] {
  const { facts, imported, db, cached } = r.prepared;
  const lines: string[] = [];
  lines.push(
    '',
    `== ${int(facts.people)} people, ${facts.weeks} weeks from ${facts.start} to ${facts.end} (seed ${seed}) ==`,
    `Org: ${int(facts.files)} exports, ${mb(facts.calendarBytes)}, ${int(facts.meetings)} events, ` +
      `${int(facts.occurrences)} occurrences` +
      (facts.seconds === undefined ? '' : `; generated in ${secs(facts.seconds * 1000)}`),
    `Import (${cached ? `cached, measured ${imported.when}` : 'this run'}): directory ${secs(imported.directoryMs)}, ` +
      `calendars + ledger ${secs(imported.calendarsMs)} (${imported.calendarsPeakRssMb.toFixed(0)} MB peak RSS)`,
    `Database ${db}: ${mb(r.stats.fileBytes)}`,
  );
  for (const t of r.stats.tables)
    lines.push(
      `  ${t.name.padEnd(20)} ${int(t.rows).padStart(12)} rows ${t.bytes === null ? '' : mb(t.bytes).padStart(10)}`,
    );
  lines.push(
    '',
    `${'whole CLI process'.padEnd(34)} ${'median'.padStart(9)} ${'min'.padStart(9)} ${'peak RSS'.padStart(9)} ${'output'.padStart(10)}`,
  );
  for (const t of r.cli)
    lines.push(
      `orient ${t.name.padEnd(27)} ${secs(median(t.ms)).padStart(9)} ${secs(min(t.ms)).padStart(9)} ` +
        `${`${median(t.rss).toFixed(0)} MB`.padStart(9)} ${mb(t.bytes).padStart(10)}` +
        (t.code === 0 ? '' : `  (exit ${t.code})`),
    );
  const step = (name: string, s: StepSummary): string[] => {
    const phases = (p: Phases): string =>
      Object.entries(p)
        .filter(([k]) => k !== 'total')
        .map(([k, v]) => `${k} ${Math.round(v)}`)
        .join(', ');
    const out = [
      `${name.padEnd(34)} ${secs(median(s.cold)).padStart(9)} ${secs(min(s.cold)).padStart(9)} ` +
        `${`${median(s.rss).toFixed(0)} MB`.padStart(9)} ${mb(s.jsonBytes).padStart(10)}  cold (1st in process)`,
      `    phases, median ms: ${phases(s.coldPhases)}`,
    ];
    if (s.warm.length > 0)
      out.push(
        `${''.padEnd(34)} ${secs(median(s.warm)).padStart(9)} ${secs(min(s.warm)).padStart(9)} ${''.padStart(20)}  warm (later iterations)`,
        `    phases, median ms: ${phases(s.warmPhases)}`,
      );
    return out;
  };
  lines.push(
    '',
    `${'in-process report step (--json)'.padEnd(34)} ${'median'.padStart(9)} ${'min'.padStart(9)}`,
    ...step('with the ledger', r.ledger),
    ...step('baseline: raw tables, no ledger', r.baseline),
    '',
    `Ratio (cold medians, same run): the ledger report takes ${(median(r.ledger.cold) / median(r.baseline.cold)).toFixed(3)}× ` +
      `the baseline's time: ${(median(r.baseline.cold) / median(r.ledger.cold)).toFixed(1)}× faster.`,
    `One-second target (in-process, cold median): ${median(r.ledger.cold) < 1000 ? 'met' : 'NOT met'} ` +
      `(${secs(median(r.ledger.cold))}); the whole \`orient report --json\` process: ${secs(median(r.cli[0]!.ms))}.`,
    `Ledger report vs baseline report JSON: ${r.same}.`,
    `Load average (1 min) when timing began / ended: ${r.load[0].toFixed(2)} / ${r.load[1].toFixed(2)} ` +
      `on ${availableParallelism()} cores.`,
  );
  return lines;
}

function markdown(results: SizeResult[]): string[] {
  const head = ['', 'Markdown summary (median, min in brackets):', ''];
  const cols = results.map((r) => `${int(r.prepared.facts.people)} people`);
  const rows: string[][] = [];
  const cell = (xs: number[]): string => `${secs(median(xs))} (${secs(min(xs))})`;
  rows.push([
    'import: calendars + ledger',
    ...results.map((r) => secs(r.prepared.imported.calendarsMs)),
  ]);
  rows.push(['database size', ...results.map((r) => mb(r.stats.fileBytes))]);
  results[0]?.cli.forEach((t, i) =>
    rows.push([`\`orient ${t.name}\``, ...results.map((r) => cell(r.cli[i]!.ms))]),
  );
  rows.push(['report step in-process, ledger (cold)', ...results.map((r) => cell(r.ledger.cold))]);
  rows.push([
    'baseline: raw tables, no ledger (cold)',
    ...results.map((r) => cell(r.baseline.cold)),
  ]);
  rows.push([
    'ratio: baseline / ledger',
    ...results.map((r) => `${(median(r.baseline.cold) / median(r.ledger.cold)).toFixed(1)}×`),
  ]);
  return [
    ...head,
    `| | ${cols.join(' | ')} |`,
    `|---|${cols.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ];
}

const results: SizeResult[] = [];
for (const people of sizes) {
  const r = await benchSize(people);
  results.push(r);
  process.stdout.write(`${printSize(r).join('\n')}\n`);
}
process.stdout.write(`${markdown(results).join('\n')}\n`);
process.stderr.write(`Cached orgs and databases: ${CACHE} (delete it, or pass --fresh, to redo)\n`);
