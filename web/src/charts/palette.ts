// Colours for the charts. Each has at least 3:1 contrast on white (WCAG 1.4.11), and every chart
// also names its series in a legend and a table, so colour is never the only cue.

const CATEGORY_COLOURS: Record<string, string> = {
  selling: '#1a7f37',
  'sales-support': '#0969da',
  external: '#6639ba',
  'one-on-one': '#7d6608',
  training: '#0e7c86',
  planning: '#cf222e',
  content: '#bf3989',
  events: '#bc4c00',
  internal: '#57606a',
  focus: '#8c6d4f',
};

/** For categories a config adds (e.g. the demo's "recruiting"): none of the colours above. */
const EXTRA_CATEGORY_COLOURS = ['#8250df', '#005f73', '#9e0059', '#3d5a80', '#6b4226'];

const SERIES = ['#0969da', '#1a7f37', '#bc4c00', '#6639ba', '#bf3989', '#0e7c86', '#7d6608'];

export function categoryColour(category: string, index: number): string {
  return (
    CATEGORY_COLOURS[category] ?? EXTRA_CATEGORY_COLOURS[index % EXTRA_CATEGORY_COLOURS.length]!
  );
}

export function seriesColour(index: number): string {
  return SERIES[index % SERIES.length]!;
}

/** Dash patterns for lines, so series differ in shape as well as colour. */
const DASHES = ['', '6 3', '2 3', '8 3 2 3', '4 4', '1 2'];

export function seriesDash(index: number): string {
  return DASHES[index % DASHES.length]!;
}

/** The benchmark lines' colour: dark grey, dashed. */
export const BENCHMARK_COLOUR = '#424a53';
