import { describe, expect, it } from 'vitest';
import { validateItemsCsv, type CsvLine } from './items-csv.js';

/** Lines split on commas, numbered from 1 (the tests need no quoting). */
function table(...lines: string[]): [CsvLine, CsvLine[]] {
  const [header, ...rows] = lines.map((text, i) => ({ line: i + 1, cells: text.split(',') }));
  return [header!, rows];
}

const NO_EVIDENCE = { observations: [], moments: [], requests: [] };

describe('validateItemsCsv', () => {
  it('takes every figure as given, header names in any case, confidence 1 when empty', () => {
    const [header, rows] = table(
      'Title,KIND,Effort_Days,cost,Selling_Hours_Per_Week,Confidence,Description,Tags,Owner',
      'Pricing worksheet,Worksheet,3,0,2.5,0.8,One page of seat prices,Pricing; SOC2 ;pricing,Pat',
      'SOC 2 training,training,1.5,400,4,,,,',
    );
    expect(validateItemsCsv(header, rows)).toEqual({
      ok: true,
      items: [
        {
          title: 'Pricing worksheet',
          kind: 'worksheet',
          description: 'One page of seat prices',
          evidence: NO_EVIDENCE,
          effortDays: 3,
          cost: 0,
          sellingHoursPerWeek: 2.5,
          derivation: null,
          confidence: 0.8,
          status: 'proposed',
          shippedAt: null,
          // Lower-cased, trimmed, the repeat dropped; the unknown Owner column ignored.
          tags: ['pricing', 'soc2'],
        },
        {
          title: 'SOC 2 training',
          kind: 'training',
          description: '',
          evidence: NO_EVIDENCE,
          effortDays: 1.5,
          cost: 400,
          sellingHoursPerWeek: 4,
          derivation: null,
          // The cell is empty: the default, 1.
          confidence: 1,
          status: 'proposed',
          shippedAt: null,
          tags: [],
        },
      ],
    });
  });

  it('gives confidence 1 when the column is absent; an empty hours cell is not estimated', () => {
    const [header, rows] = table(
      'title,kind,effort days,Cost,selling-hours-per-week',
      'Battle card,content,2,100,',
    );
    expect(validateItemsCsv(header, rows)).toMatchObject({
      ok: true,
      items: [
        {
          title: 'Battle card',
          effortDays: 2,
          cost: 100,
          sellingHoursPerWeek: null,
          confidence: 1,
        },
      ],
    });
  });

  it('names the line and column of every problem, and returns no items', () => {
    const [header, rows] = table(
      'title,kind,effort_days,cost,selling_hours_per_week,confidence',
      ',tool,1,0,1,1', // line 2: no title
      'Demo script,video,1,0,1,1', // line 3: unknown kind
      'ROI tool,tool,-2,0,1,1', // line 4: negative effort
      'Case study,content,1,1 200,1,1', // line 5: cost not a number
      'Deck,presentation,1,0,-1,1', // line 6: negative hours
      'Training,training,1,0,1,1.5', // line 7: confidence above 1
      'roi TOOL,tool,1,0,1,0.5', // line 8: ROI tool again (case aside), first on line 4
      'Pricing,worksheet,1,0,1,1,extra', // line 9: 7 fields, 6 columns
      'Good,tool,1,0,1,1', // line 10: fine, but nothing is stored
      'Worse,,x,,1,-0.5', // line 11: four problems on one line, in column order
    );
    const result = validateItemsCsv(header, rows);
    expect(result).toEqual({
      ok: false,
      problems: [
        { line: 2, column: 'title', message: 'line 2, column title: missing title' },
        {
          line: 3,
          column: 'kind',
          message:
            'line 3, column kind: unknown kind "video"; use one of worksheet, training, ' +
            'presentation, tool, content, hire',
        },
        {
          line: 4,
          column: 'effort_days',
          message: 'line 4, column effort_days: -2 is negative; use 0 or more',
        },
        {
          line: 5,
          column: 'cost',
          message:
            'line 5, column cost: "1 200" is not a number (plain digits, decimals with a point)',
        },
        {
          line: 6,
          column: 'selling_hours_per_week',
          message: 'line 6, column selling_hours_per_week: -1 is negative; use 0 or more',
        },
        {
          line: 7,
          column: 'confidence',
          message: 'line 7, column confidence: 1.5 is outside 0–1; confidence is between 0 and 1',
        },
        {
          line: 8,
          column: 'title',
          message: 'line 8, column title: duplicate title "roi TOOL" (first on line 4)',
        },
        {
          line: 9,
          column: null,
          message:
            'line 9: 7 fields but the header has 6 (quote fields that contain the separator)',
        },
        { line: 11, column: 'kind', message: 'line 11, column kind: missing kind' },
        {
          line: 11,
          column: 'effort_days',
          message:
            'line 11, column effort_days: "x" is not a number (plain digits, decimals with a point)',
        },
        { line: 11, column: 'cost', message: 'line 11, column cost: missing cost' },
        {
          line: 11,
          column: 'confidence',
          message: 'line 11, column confidence: -0.5 is outside 0–1; confidence is between 0 and 1',
        },
      ],
    });
  });

  it('names each required column missing from the header, and a column named twice', () => {
    const [header, rows] = table('Title,kind,effort_days,TITLE', 'a,tool,1,b');
    const result = validateItemsCsv(header, rows);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems.map((p) => p.message)).toEqual([
      'line 1, column title: the column appears twice in the header',
      'line 1, column cost: missing column; expected a header row: ' +
        'title,kind,effort_days,cost,selling_hours_per_week ' +
        '(optional: confidence, description, tags; tags separated by ;)',
      expect.stringMatching(/^line 1, column selling_hours_per_week: missing column; /),
    ]);
  });

  it('refuses a header with no rows below it', () => {
    const [header, rows] = table('title,kind,effort_days,cost,selling_hours_per_week');
    expect(validateItemsCsv(header, rows)).toEqual({
      ok: false,
      problems: [{ line: 1, column: null, message: 'line 1: no items below the header row' }],
    });
  });
});
