// Writes a generated org to a folder: people.csv and calendars/<email>.ics, streamed one file at a
// time. The only file of the generator that touches the disk. With `threads` > 1, worker threads
// each build the same model from the seed and write their share of the calendars: faster on idle
// cores, at the cost of one model in memory per thread (about 1 GB at 10,000 people).
// Also a command:
//   node dist/bench/org/write-org.js --people 1000 --weeks 13 --seed 42 --start 2026-01-05 --out DIR
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { FilePart, OrgFacts, OrgOptions } from './generate-org.js';
import { generateOrgFiles, mergeFacts } from './generate-org.js';

interface PartJob {
  kind: 'orient-write-org-part';
  dir: string;
  options: OrgOptions;
  part: FilePart;
}

function writePart(dir: string, options: OrgOptions, part: FilePart): OrgFacts {
  return generateOrgFiles(options, (name, utf8) => writeFileSync(join(dir, name), utf8), part);
}

function runPart(job: PartJob): Promise<OrgFacts> {
  return new Promise((done, fail) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: job });
    worker.once('message', (facts: OrgFacts) => done(facts));
    worker.once('error', fail);
    worker.once('exit', (code) => {
      if (code !== 0) fail(new Error(`write-org worker ${job.part.index} exited with ${code}`));
    });
  });
}

/** Writes the org into `dir` (created if missing) and returns what was generated. */
export async function writeOrg(dir: string, options: OrgOptions, threads = 1): Promise<OrgFacts> {
  mkdirSync(join(dir, 'calendars'), { recursive: true });
  if (threads <= 1) return writePart(dir, options, { index: 0, count: 1 });
  const jobs = Array.from({ length: threads }, (_, index): PartJob => ({
    kind: 'orient-write-org-part',
    dir,
    options,
    part: { index, count: threads },
  }));
  return mergeFacts(await Promise.all(jobs.map(runPart)));
}

function integer(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n)) throw new RangeError(`--${flag} must be an integer, got '${value}'`);
  return n;
}

async function main(argv: readonly string[]): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      people: { type: 'string', default: '1000' },
      weeks: { type: 'string', default: '13' },
      seed: { type: 'string', default: '42' },
      start: { type: 'string', default: '2026-01-05' },
      domain: { type: 'string' },
      threads: { type: 'string' },
      out: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  if (values.out === undefined) {
    process.stderr.write(
      'usage: write-org --out DIR [--people N] [--weeks N] [--seed N] [--start YYYY-MM-DD]' +
        ' [--domain D] [--threads N] [--json]\n',
    );
    return 2;
  }
  const options: OrgOptions = {
    people: integer(values.people, 'people'),
    weeks: integer(values.weeks, 'weeks'),
    seed: integer(values.seed, 'seed'),
    start: values.start,
    ...(values.domain === undefined ? {} : { domain: values.domain }),
  };
  const threads = values.threads === undefined ? 1 : integer(values.threads, 'threads');
  const began = performance.now();
  const facts = await writeOrg(values.out, options, threads);
  const seconds = (performance.now() - began) / 1000;
  if (values.json) {
    process.stdout.write(JSON.stringify({ ...facts, threads, seconds }, null, 2) + '\n');
    return 0;
  }
  const mb = (facts.calendarBytes + facts.directoryBytes) / 1e6;
  process.stdout.write(
    `${facts.people} people, ${facts.weeks} weeks from ${facts.start}: ${facts.meetings} events ` +
      `(${facts.series} series, ${facts.overrides} overrides), ${facts.occurrences} occurrences, ` +
      `${facts.components} VEVENTs in ${facts.files} files, ${mb.toFixed(1)} MB, ` +
      `${seconds.toFixed(1)} s on ${threads} thread${threads === 1 ? '' : 's'}\n` +
      `written to ${resolve(values.out)}\n`,
  );
  return 0;
}

const job = workerData as PartJob | undefined;
if (!isMainThread && job?.kind === 'orient-write-org-part') {
  parentPort?.postMessage(writePart(job.dir, job.options, job.part));
} else if (
  isMainThread &&
  process.argv[1] !== undefined &&
  import.meta.url === pathToFileURL(process.argv[1]).href
) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      process.stderr.write(
        `write-org: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      process.exitCode = 2;
    },
  );
}
