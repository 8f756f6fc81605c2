// Runs a benchmark step in a child process and reports its wall time and peak RSS, so each step
// is measured on its own (peak RSS is per process) and in the same run as its baseline.
import { spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Measured<T> {
  ms: number;
  peakRssMb: number;
  result: T;
}

/** Runs `node script args…`; the script writes its JSON result to $BENCH_RESULT. */
export async function measure<T>(script: string, args: readonly string[]): Promise<Measured<T>> {
  const resultFile = join(tmpdir(), `orient-bench-${process.pid}-${Date.now()}.json`);
  const started = performance.now();
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, BENCH_RESULT: resultFile },
    });
    child.on('error', reject);
    child.on('exit', (c) => resolve(c ?? 1));
  });
  const ms = performance.now() - started;
  if (code !== 0) throw new Error(`${script} ${args.join(' ')} exited with ${code}`);
  const parsed = JSON.parse(readFileSync(resultFile, 'utf8')) as { peakRssKb: number; result: T };
  rmSync(resultFile, { force: true });
  return { ms, peakRssMb: parsed.peakRssKb / 1024, result: parsed.result };
}

/** In the child: records the result and this process's peak RSS for measure(). */
export function report(result: unknown): void {
  const file = process.env['BENCH_RESULT'];
  if (!file) throw new Error('BENCH_RESULT is not set: run this through measure()');
  const peakRssKb = process.resourceUsage().maxRSS;
  writeFileSync(file, JSON.stringify({ peakRssKb, result }));
}
