// A heatmap cell's background for a value scaled to 0–1 (ColorBrewer OrRd), and the text colour
// that keeps WCAG AA contrast on it.

const STOPS: [number, number, number][] = [
  [255, 255, 255],
  [254, 232, 200],
  [253, 187, 132],
  [239, 101, 72],
  [179, 0, 0],
  [127, 0, 0],
];

const DARK_TEXT = '#1f2328';
const LIGHT_TEXT = '#ffffff';

export function heatColour(scaled: number): { background: string; text: string } {
  const t = Math.min(1, Math.max(0, scaled)) * (STOPS.length - 1);
  const i = Math.min(STOPS.length - 2, Math.floor(t));
  const a = STOPS[i]!;
  const b = STOPS[i + 1]!;
  const f = t - i;
  const rgb = a.map((v, k) => Math.round(v + (b[k]! - v) * f)) as [number, number, number];
  const dark = contrast(luminance(rgb), luminance([31, 35, 40]));
  const light = contrast(luminance(rgb), 1);
  return { background: `rgb(${rgb.join(' ')})`, text: dark >= light ? DARK_TEXT : LIGHT_TEXT };
}

function luminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

function contrast(l1: number, l2: number): number {
  return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
}
