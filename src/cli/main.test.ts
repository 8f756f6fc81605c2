// Which command an argv runs, so only that one is loaded (main.ts).
import { describe, expect, it } from 'vitest';
import { commandIn } from './main.js';

const argv = (...args: string[]) => ['node', 'orient', ...args];

describe('commandIn', () => {
  it('skips the global options and their values', () => {
    expect(commandIn(argv('report', '--from', '2026-01-01'))).toBe('report');
    expect(commandIn(argv('--db', 'x.db', '--config', 'c.yaml', 'report'))).toBe('report');
    expect(commandIn(argv('--config=c.yaml', '--db=x.db', 'explain', 'a@b.c'))).toBe('explain');
    // A value that looks like a command is still a value.
    expect(commandIn(argv('--db', 'report', 'invite', 'check'))).toBe('invite');
  });

  it('names no command for help before one, the version, or nothing', () => {
    expect(commandIn(argv('--help', 'report'))).toBeUndefined();
    expect(commandIn(argv('-h'))).toBeUndefined();
    expect(commandIn(argv('--version'))).toBeUndefined();
    expect(commandIn(argv())).toBeUndefined();
    // `help report` and a mistyped name are words: main.ts registers every command for them.
    expect(commandIn(argv('help', 'report'))).toBe('help');
    expect(commandIn(argv('reprot'))).toBe('reprot');
  });
});
