// `orient items import backlog.csv` end to end on SQLite: a spreadsheet's figures stored as given
// and listed in priority order; a file with problems refused whole, each problem naming its line
// and column, exit 2, nothing stored.
import { describe, expect, it } from 'vitest';
import { orgWithDirectory } from './enablement-support.js';

interface Item {
  id: string;
  title: string;
  kind: string;
  effortDays: number;
  cost: number;
  sellingHoursPerWeek: number | null;
  confidence: number;
  description: string;
  tags: string[];
}

interface Ranked {
  items: { rank: number; title: string; score: number }[];
}

// Excel's "CSV UTF-8": a byte-order mark, CRLF line ends, header names as people type them, a
// quoted title with a comma and a quoted description across two lines, a column of its own.
const BACKLOG =
  '\uFEFFTitle,Kind,Effort Days,Cost,Selling_Hours_Per_Week,Confidence,Description,Tags,Owner\r\n' +
  'Pricing worksheet,worksheet,2,0,3,0.5,One page of seat prices,Pricing; Seats,Pat\r\n' +
  '"SOC 2 answers, short form",content,4,1200,6,,"Answers to the usual\r\nquestionnaire",security,Max\r\n' +
  'ROI calculator,Tool,10,5000,5,0.9,,,Pat\r\n';

describe('orient items import', () => {
  it('stores every row with the figures as given, then lists them in priority order', async () => {
    const org = await orgWithDirectory();
    const file = org.write('backlog.csv', BACKLOG);
    expect(await org.ok(['items', 'import', file])).toBe(
      `Imported 3 items from ${file} (ids 1, 2, 3). See them in priority order: orient items list\n`,
    );
    const { items } = await org.json<{ items: { item: Item }[] }>(['items', 'list', '--json']);
    const stored = items.map((r) => r.item).sort((a, b) => Number(a.id) - Number(b.id));
    expect(stored).toMatchObject([
      {
        title: 'Pricing worksheet',
        kind: 'worksheet',
        effortDays: 2,
        cost: 0,
        sellingHoursPerWeek: 3,
        confidence: 0.5,
        description: 'One page of seat prices',
        tags: ['pricing', 'seats'],
      },
      {
        title: 'SOC 2 answers, short form',
        kind: 'content',
        effortDays: 4,
        cost: 1200,
        sellingHoursPerWeek: 6,
        // Empty cell: the default, 1.
        confidence: 1,
        description: 'Answers to the usual\nquestionnaire',
        tags: ['security'],
      },
      {
        title: 'ROI calculator',
        kind: 'tool',
        effortDays: 10,
        cost: 5000,
        sellingHoursPerWeek: 5,
        confidence: 0.9,
        description: '',
        tags: [],
      },
    ]);
    // Scores by default (selling hours a year ÷ effort days; confidence is RICE's, not this one's):
    //   Pricing worksheet 3 × 52 / 2 = 78; SOC 2 answers 6 × 52 / 4 = 78; ROI 5 × 52 / 10 = 26.
    // The two at 78 tie on score, salespeople and calls (no evidence yet): by title, "Pricing"
    // before "SOC".
    const ranked = await org.json<Ranked>(['items', 'list', '--json']);
    expect(ranked.items.map((r) => [r.rank, r.title, r.score])).toEqual([
      [1, 'Pricing worksheet', 78],
      [2, 'SOC 2 answers, short form', 78],
      [3, 'ROI calculator', 26],
    ]);
  });

  it('gives confidence 1 when the column is absent, and prints the stored items with --json', async () => {
    const org = await orgWithDirectory();
    const file = org.write(
      'backlog.csv',
      'title,kind,effort_days,cost,selling_hours_per_week\nBattle card,content,1,0,2\n',
    );
    const out = await org.json<{ imported: number; items: Item[] }>([
      'items',
      'import',
      file,
      '--json',
    ]);
    expect(out.imported).toBe(1);
    expect(out.items).toMatchObject([{ id: '1', title: 'Battle card', confidence: 1 }]);
  });

  it('refuses a file with problems: each on stderr with its line and column, exit 2, nothing stored', async () => {
    const org = await orgWithDirectory();
    const file = org.write(
      'bad.csv',
      [
        'title,kind,effort_days,cost,selling_hours_per_week,confidence',
        'Good one,tool,1,0,1,1', // line 2: fine, but nothing is stored
        ',tool,1,0,1,1', // line 3: no title
        'Demo video,video,1,0,1,1', // line 4: unknown kind
        'ROI tool,tool,-2,0,1,1', // line 5: negative effort
        'Case study,content,1,lots,1,1', // line 6: cost not a number
        'Deck,presentation,1,0,-3,1', // line 7: negative hours
        'Training,training,1,0,1,2', // line 8: confidence above 1
        'good ONE,tool,1,0,1,1', // line 9: the title of line 2 again
        '',
      ].join('\n'),
    );
    const run = await org.orient(['items', 'import', file]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      [
        `${file} line 3, column title: missing title`,
        `${file} line 4, column kind: unknown kind "video"; use one of worksheet, training, presentation, tool, content, hire`,
        `${file} line 5, column effort_days: -2 is negative; use 0 or more`,
        `${file} line 6, column cost: "lots" is not a number (plain digits, decimals with a point)`,
        `${file} line 7, column selling_hours_per_week: -3 is negative; use 0 or more`,
        `${file} line 8, column confidence: 2 is outside 0–1; confidence is between 0 and 1`,
        `${file} line 9, column title: duplicate title "good ONE" (first on line 2)`,
        `orient: ${file}: 7 problems; nothing was imported`,
        '',
      ].join('\n'),
    );
    expect(await org.ok(['items', 'list'])).toBe(
      'No items yet: `orient items add` or `orient items import backlog.csv`.\n',
    );
  });

  it('names a missing required column on the header line', async () => {
    const org = await orgWithDirectory();
    const file = org.write(
      'short.csv',
      'title,kind,effort_days,selling_hours_per_week\nX,tool,1,1\n',
    );
    const run = await org.orient(['items', 'import', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `${file} line 1, column cost: missing column; expected a header row: title,kind,effort_days,cost,selling_hours_per_week`,
    );
    expect(run.stderr).toContain(`orient: ${file}: 1 problem; nothing was imported`);
  });

  it('says which file it cannot read', async () => {
    const org = await orgWithDirectory();
    const run = await org.orient(['items', 'import', 'missing.csv']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('orient: cannot read missing.csv: no such file or folder\n');
  });
});
