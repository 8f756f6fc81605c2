// `orient notes add|import|export|list|suggest`: field notes from ride-alongs and interviews.
import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { registerNotesAdd } from './notes-add.js';
import { registerNotesExport } from './notes-export.js';
import { registerNotesImport } from './notes-import.js';
import { registerNotesList } from './notes-list.js';
import { registerNotesSuggest } from './notes-suggest.js';

export function registerNotes(program: Command, ctx: CliContext): void {
  const notes = program
    .command('notes')
    .description(
      'field notes: where salespeople struggled or were unsure, from ride-alongs and interviews',
    );
  registerNotesAdd(notes, ctx);
  registerNotesImport(notes, ctx);
  registerNotesExport(notes, ctx);
  registerNotesList(notes, ctx);
  registerNotesSuggest(notes, ctx);
}
