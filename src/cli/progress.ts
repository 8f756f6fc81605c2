// A progress bar for long work, drawn only on a terminal (quiet when piped or in CI).
import type { CliIo } from './io.js';

export interface Progress {
  update(done: number, total: number, label: string): void;
  done(): void;
}

const WIDTH = 28;

export function progressBar(io: CliIo, noun: string): Progress {
  const out = io.stderr;
  if (!out.isTTY) return { update: () => undefined, done: () => undefined };
  let last = 0;
  let drawn = false;
  return {
    update(done, total, label) {
      const now = Date.now();
      if (done < total && now - last < 80) return;
      last = now;
      const filled = total === 0 ? WIDTH : Math.round((done / total) * WIDTH);
      const bar = '█'.repeat(filled) + '░'.repeat(WIDTH - filled);
      const columns = out.columns ?? 80;
      const text = `${bar} ${done}/${total} ${noun} ${label}`;
      out.write(`\r${text.slice(0, columns - 1).padEnd(columns - 1)}`);
      drawn = true;
    },
    done() {
      if (drawn) out.write('\r' + ' '.repeat((out.columns ?? 80) - 1) + '\r');
    },
  };
}
