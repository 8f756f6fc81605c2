// `orient init`: writes a commented orient.config.yaml.
import { fileProblem } from '../../ingest/file-problem.js';
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { configTemplate } from '../../config/config-template.js';
import { DEFAULT_CONFIG_FILE, parseConfig } from '../../config/load-config.js';
import { badInput } from '../../core/orient-error.js';
import type { CliContext } from '../context.js';

interface Flags {
  timezone?: string;
  domain?: string[];
  force?: boolean;
}

export function registerInit(program: Command, ctx: CliContext): void {
  program
    .command('init')
    .description('write a commented orient.config.yaml (or the --config file)')
    .option('--timezone <iana>', 'the organisation’s time zone, e.g. Europe/Berlin')
    .option('--domain <domain...>', 'internal email domains, e.g. acme.com')
    .option('--force', 'overwrite an existing file')
    .action(async (flags: Flags) => {
      const target = ctx.resolvePath(
        ctx.globals().config ?? ctx.io.env['ORIENT_CONFIG'] ?? DEFAULT_CONFIG_FILE,
      );
      const text = configTemplate({
        timezone: flags.timezone,
        internalDomains: flags.domain?.map((d) => d.toLowerCase()),
      });
      const check = parseConfig(text, target);
      if (!check.ok) throw badInput(check.error);
      try {
        await writeFile(target, text, { flag: flags.force ? 'w' : 'wx' });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
          throw badInput(`${target} already exists: edit it, or pass --force to overwrite it`);
        }
        throw badInput(`cannot write ${target}: ${fileProblem(error)}`, error);
      }
      ctx.io.stdout.write(
        `Wrote ${target}. Set internalDomains to your email domains before importing.\n`,
      );
    });
}
