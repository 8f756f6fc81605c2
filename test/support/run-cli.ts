// Runs the orient CLI in-process with captured output (no child process, no TTY).
import { main } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/io.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  stdin?: string;
  now?: Date;
}

export async function runCli(args: readonly string[], options: RunOptions = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    now: () => options.now ?? new Date('2026-06-01T12:00:00Z'),
    readStdin: async () => options.stdin ?? '',
  };
  const code = await main(['node', 'orient', ...args], io);
  return { code, stdout, stderr };
}

/** `orient expand FILE --from --to --json`, parsed. */
export async function expandJson(
  file: string,
  from: string,
  to: string,
  extra: readonly string[] = [],
): Promise<{ code: number; rows: Record<string, unknown>[]; stderr: string }> {
  const run = await runCli(['expand', file, '--from', from, '--to', to, '--json', ...extra]);
  const rows = run.stdout
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { code: run.code, rows, stderr: run.stderr };
}
