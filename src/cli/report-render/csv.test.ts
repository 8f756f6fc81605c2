import { describe, expect, it } from 'vitest';
import { csvField, renderCsv } from './csv.js';

describe('csvField (RFC 4180 section 2)', () => {
  it('leaves plain fields alone', () => {
    expect(csvField('Sales')).toBe('Sales');
    expect(csvField('')).toBe('');
  });

  it('quotes commas, quotes and line breaks, doubling quotes', () => {
    expect(csvField('Lee, Ann')).toBe('"Lee, Ann"');
    expect(csvField('Ann "AJ" Lee')).toBe('"Ann ""AJ"" Lee"');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\r')).toBe('"cr\r"');
  });
});

describe('renderCsv', () => {
  it('writes a header row and CRLF after every record', () => {
    expect(renderCsv(['a', 'b'], [['1', 'x,y']])).toBe('a,b\r\n1,"x,y"\r\n');
  });
});
