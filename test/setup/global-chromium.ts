// Vitest global setup: Debian's Chromium for the browser tests (test/browser), driven by
// playwright-core through `executablePath`. Installs the `chromium` package when it is missing and
// we run as root, as global-postgres.ts does for PostgreSQL; nothing is downloaded at run time
// otherwise (never `npx playwright install`).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Debian's Chromium binary. */
    chromiumPath: string;
  }
}

const CHROMIUM = '/usr/bin/chromium';

export default function setup(project: TestProject): void {
  if (!existsSync(CHROMIUM)) install();
  project.provide('chromiumPath', CHROMIUM);
}

function install(): void {
  if (process.getuid?.() !== 0) {
    throw new Error(
      `The browser tests need Chromium at ${CHROMIUM}: run \`sudo apt-get install -y chromium\`.`,
    );
  }
  console.log(
    "Chromium not found: installing Debian's chromium package (apt-get install -y chromium)",
  );
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const run = (args: string[]) => {
    const result = spawnSync('apt-get', args, { env, encoding: 'utf8', stdio: 'pipe' });
    return {
      ok: result.status === 0,
      output: `${result.stdout ?? ''}${result.stderr ?? ''}${result.error?.message ?? ''}`.trim(),
    };
  };
  const installChromium = () => run(['install', '-y', '-q', 'chromium']);
  // A fresh container has no package lists yet: update once and retry.
  if (!installChromium().ok) {
    run(['update', '-q']);
    const retry = installChromium();
    if (!retry.ok) throw new Error(`apt-get install -y chromium failed:\n${retry.output}`);
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`apt-get installed chromium but ${CHROMIUM} is missing`);
  }
}
