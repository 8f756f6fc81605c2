// The first bad character of JSON text, checked against hand-counted offsets.
import { describe, expect, it } from 'vitest';
import { jsonErrorPosition } from './json-error-position.js';

describe('jsonErrorPosition', () => {
  it.each([
    ['{"title": }', 10, 1, 11, '"}"'],
    ['{"a":1,}', 7, 1, 8, '"}"'],
    ['{"a":1', 6, 1, 7, 'end of input'],
    ['{\n  "a": [1, 2,\n  ]\n}', 18, 3, 3, '"]"'],
    ['{"a" 1}', 5, 1, 6, '"1"'],
    ["{'a': 1}", 1, 1, 2, `"'"`],
    ['{"a": tru}', 6, 1, 7, '"t"'],
    ['{"a": -x}', 7, 1, 8, '"x"'],
    ['{"a": 01}', 7, 1, 8, '"1"'],
    ['{"a": "b\\q"}', 9, 1, 10, '"q"'],
    ['{"a": 1} x', 9, 1, 10, '"x"'],
    ['', 0, 1, 1, 'end of input'],
  ])('%j fails at %i (line %i, column %i, %s)', (text, position, line, column, found) => {
    expect(jsonErrorPosition(text)).toEqual({ position, line, column, found });
  });

  it.each([
    '{"title": "Roadmap", "attendees": ["a@b.io"], "n": -1.5e3, "x": null, "y": [true, false]}',
    ' [ ] ',
    '"\\u00e9"',
  ])('%j is valid', (text) => {
    expect(() => JSON.parse(text)).not.toThrow();
    expect(jsonErrorPosition(text)).toBeNull();
  });
});
