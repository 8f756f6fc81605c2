// The `orient` command line.
import { Command, CommanderError } from 'commander';
import { ORIENT_VERSION } from './version.js';
import { OrientError } from '../core/orient-error.js';
import { DatabaseError } from '../storage/database-error.js';
import { cliContext, type CliContext, type GlobalOptions } from './context.js';
import { CommandExit, EXIT_BAD_INPUT, EXIT_CODE, EXIT_FAILURE, EXIT_OK } from './exit-codes.js';
import { processIo, type CliIo } from './io.js';

type Register = (program: Command, ctx: CliContext) => void;

/**
 * Every command, in the order help lists them, each loaded only when needed: `orient report`
 * loads the report and its storage, not the server, the demo org or the PostgreSQL driver (what
 * keeps a 10,000-person report near its one-second target from the shell).
 */
const COMMANDS: readonly (readonly [string, () => Promise<Register>])[] = [
  ['demo', async () => (await import('./commands/demo.js')).registerDemo],
  ['init', async () => (await import('./commands/init.js')).registerInit],
  ['import', async () => (await import('./commands/import.js')).registerImport],
  ['expand', async () => (await import('./commands/expand.js')).registerExpand],
  ['report', async () => (await import('./commands/report.js')).registerReport],
  ['explain', async () => (await import('./commands/explain.js')).registerExplain],
  ['invite', async () => (await import('./commands/invite.js')).registerInvite],
  ['notes', async () => (await import('./commands/notes.js')).registerNotes],
  ['requests', async () => (await import('./commands/requests.js')).registerRequests],
  ['items', async () => (await import('./commands/items.js')).registerItems],
  ['plan', async () => (await import('./commands/plan.js')).registerPlan],
  ['serve', async () => (await import('./commands/serve.js')).registerServe],
  ['user', async () => (await import('./commands/user.js')).registerUser],
];

/** Global options that take a value, so the command name is not mistaken for one. */
const VALUE_OPTIONS = new Set(['--config', '--db']);

/**
 * The command `argv` runs (`orient --db x report …` → report), if it names one; none when help is
 * asked for before it (`orient --help report` lists every command).
 */
export function commandIn(argv: readonly string[]): string | undefined {
  for (let i = 2; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-h' || arg === '--help') return undefined;
    if (VALUE_OPTIONS.has(arg)) i++;
    else if (!arg.startsWith('-')) return arg;
  }
  return undefined;
}

/**
 * The program with the command `argv` runs registered, or every command (for help, the version,
 * or a name to suggest a correction for).
 */
export async function buildProgram(
  io: CliIo,
  argv: readonly string[] = [],
): Promise<{ program: Command; close(): Promise<void> }> {
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
  const name = commandIn(argv);
  const only = COMMANDS.find(([command]) => command === name);
  for (const [, load] of only ? [only] : COMMANDS) (await load())(program, ctx);
  return { program, close: () => ctx.close() };
}

/** Runs the CLI; returns the exit code (never calls process.exit). */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const { program, close } = await buildProgram(io, argv);
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
