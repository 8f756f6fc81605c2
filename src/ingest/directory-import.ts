// A directory CSV's bytes → validated people → the stored directory, all or nothing: as
// `orient import directory` and `POST /api/import/directory` both run it.
import type { DirectoryError } from '../core/directory/validate-directory.js';
import type { OrientDatabase } from '../storage/database.js';
import { replaceDirectory, type DirectoryChanges } from '../storage/directory-store.js';
import { decodeCsvBytes, parseDirectoryCsv } from './directory-csv.js';

export type DirectoryImport =
  { ok: true; people: number; changes: DirectoryChanges } | { ok: false; errors: DirectoryError[] };

/**
 * `fileName` names the file in messages; `now` is the import's ISO UTC time. The database is
 * asked for only once the file is valid, so a bad file never creates one.
 */
export async function importDirectoryCsv(
  database: () => Promise<OrientDatabase>,
  bytes: Uint8Array,
  fileName: string,
  now: string,
): Promise<DirectoryImport> {
  const parsed = parseDirectoryCsv(decodeCsvBytes(bytes), fileName);
  if (!parsed.ok) return parsed;
  const changes = await replaceDirectory((await database()).db, parsed.people, now);
  return { ok: true, people: parsed.people.length, changes };
}
