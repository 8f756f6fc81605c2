// The `orient` command line.
import { Command, CommanderError } from 'commander';
import { ORIENT_VERSION } from './version.js';
import { OrientError } from '../core/orient-error.js';
import { DatabaseError } from '../storage/database.js';
import { registerDemo } from './commands/demo.js';
import { registerExpand } from './commands/expand.js';
import { registerExplain } from './commands/explain.js';
import { registerReport } from './commands/report.js';
import { registerServe } from './commands/serve.js';
import { registerUser } from './commands/user.js';

import { registerImport } from './commands/import.js';
import { registerInit } from './commands/init.js';
import { registerInvite } from './commands/invite.js';
import { registerItems } from './commands/items.js';
import { registerNotes } from './commands/notes.js';
import { registerPlan } from './commands/plan.js';
import { registerRequests } from './commands/requests.js';
import { cliContext, type GlobalOptions } from './context.js';
import { CommandExit, EXIT_BAD_INPUT, EXIT_CODE, EXIT_FAILURE, EXIT_OK } from './exit-codes.js';
import { processIo, type CliIo } from './io.js';

export function buildProgram(io: CliIo): { program: Command; close(): Promise<void> } {
  const program = new Command('orient');
  const ctx = cliContext(io, () => program.opts<GlobalOptions>());
  program
    .description('Orient: where each role’s time goes, and what to do about it')
    .option('--config <file>', 'config file (default: $ORIENT_CONFIG, else ./orient.config.yaml)')
    .option(
      '--db <target>',
      'SQLite file or postgres:// URL (default: $ORIENT_DATABASE_URL, else ./orient.db)',
    )
    .version(ORIENT_VERSION, '-V, --version', 'print the version')
    .showHelpAfterError('(run `orient --help` for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    });
  registerDemo(program, ctx);
  registerInit(program, ctx);
  registerImport(program, ctx);
  registerExpand(program, ctx);

  registerReport(program, ctx);
  registerExplain(program, ctx);
  registerInvite(program, ctx);
  registerNotes(program, ctx);
  registerRequests(program, ctx);
  registerItems(program, ctx);
  registerPlan(program, ctx);
  registerServe(program, ctx);
  registerUser(program, ctx);
  return { program, close: () => ctx.close() };
}

/** Runs the CLI; returns the exit code (never calls process.exit). */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const { program, close } = buildProgram(io);
  try {
    await program.parseAsync([...argv]);
    return EXIT_OK;
  } catch (error) {
    return reportError(error, io);
  } finally {
    await close();
  }
}

function reportError(error: unknown, io: CliIo): number {
  if (error instanceof CommandExit) return error.status;
  if (error instanceof CommanderError) {
    // Help asked for (`--help`, `help expand`) exits 0; help shown because a command is missing
    // (`orient`, `orient import`) exits 2, so scripts notice.
    return error.exitCode === 0 ? EXIT_OK : EXIT_BAD_INPUT;
  }
  if (error instanceof OrientError) {
    io.stderr.write(`orient: ${error.message}\n`);
    return EXIT_CODE[error.code];
  }
  if (error instanceof DatabaseError) {
    io.stderr.write(`orient: ${error.message}\n`);
    return EXIT_FAILURE;
  }
  io.stderr.write(
    `orient: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  return EXIT_FAILURE;
}
