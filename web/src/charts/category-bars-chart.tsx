// Where time goes: one horizontal bar per role or department, stacked by category (rule 6), in
// hours per person per week so groups of different sizes compare.
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { hours } from '../format.js';
import { useNarrow } from '../use-narrow.js';
import { categoryColour } from './palette.js';

export type CategoryRow = { name: string } & Record<string, number | string>;

const asHours = (value: unknown) => hours(typeof value === 'number' ? value : null);

export function CategoryBarsChart(props: { rows: CategoryRow[]; categories: string[] }) {
  const narrow = useNarrow();
  return (
    <BarChart
      layout="vertical"
      data={props.rows}
      responsive
      accessibilityLayer={false}
      style={{ width: '100%', height: props.rows.length * 40 + (narrow ? 160 : 110) }}
      margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
    >
      <CartesianGrid horizontal={false} strokeDasharray="3 3" />
      <XAxis type="number" tickFormatter={(v: number) => `${v} h`} />
      <YAxis
        type="category"
        dataKey="name"
        width={narrow ? 100 : 180}
        tick={{ fontSize: narrow ? 11 : 13 }}
      />
      <Tooltip formatter={asHours} />
      <Legend itemSorter={null} />
      {props.categories.map((category, i) => (
        <Bar
          key={category}
          dataKey={category}
          stackId="time"
          fill={categoryColour(category, i)}
          stroke="#ffffff"
          strokeWidth={1}
          isAnimationActive={false}
        />
      ))}
    </BarChart>
  );
}
