// `orient import directory|calendars`
import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { registerImportCalendars } from './import-calendars.js';
import { registerImportDirectory } from './import-directory.js';

export function registerImport(program: Command, ctx: CliContext): void {
  const imp = program.command('import').description('import the org directory or calendar exports');
  registerImportDirectory(imp, ctx);
  registerImportCalendars(imp, ctx);
}
