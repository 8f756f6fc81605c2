// `orient notes add|import|export|suggest`: field notes from ride-alongs and interviews.
import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { registerNotesAdd } from './notes-add.js';

export function registerNotes(program: Command, ctx: CliContext): void {
  const notes = program
    .command('notes')
    .description(
      'field notes: where salespeople struggled or were unsure, from ride-alongs and interviews',
    );
  registerNotesAdd(notes, ctx);
}
