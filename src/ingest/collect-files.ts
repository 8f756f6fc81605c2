// The .ics files named on the command line: files as given, folders searched recursively.
import { fileProblem } from './file-problem.js';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { badInput } from '../core/orient-error.js';

export async function collectCalendarFiles(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      throw badInput(`cannot read ${path}: ${fileProblem(error)}`, error);
    }
    if (info.isDirectory()) out.push(...(await walk(path)));
    else out.push(path);
  }
  return out;
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const e of entries) {
    const full = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(full)));
    else if (e.isFile() && /\.ics$/i.test(e.name)) out.push(full);
  }
  return out;
}
