// Selling share week by week (ISO weeks, rule 5): all customer-oriented people and each role shown.
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { day, percent } from '../format.js';
import { BENCHMARK_COLOUR, seriesColour, seriesDash } from './palette.js';

export interface TrendSeries {
  key: string;
  label: string;
}

const asPercent = (value: unknown) => percent(typeof value === 'number' ? value : null);
const shortDay = (value: unknown) =>
  typeof value === 'string' ? day(value).replace(/ \d{4}$/, '') : '';

export function WeeklyTrendChart(props: {
  weeks: Record<string, string | number | null>[];
  series: TrendSeries[];
  essayShare: number | null;
}) {
  return (
    <LineChart
      data={props.weeks}
      responsive
      accessibilityLayer={false}
      style={{ width: '100%', height: 320 }}
      margin={{ top: 16, right: 24, bottom: 8, left: 0 }}
    >
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis dataKey="week" tickFormatter={shortDay} minTickGap={16} />
      <YAxis tickFormatter={asPercent} domain={[0, 'auto']} width={48} />
      <Tooltip formatter={asPercent} labelFormatter={(label) => `Week of ${day(String(label))}`} />
      <Legend itemSorter={null} />
      {props.essayShare !== null && (
        <ReferenceLine
          y={props.essayShare}
          ifOverflow="extendDomain"
          stroke={BENCHMARK_COLOUR}
          strokeDasharray="5 4"
          label={{
            value: `Essay ${percent(props.essayShare)}`,
            position: 'insideTopRight',
            fill: BENCHMARK_COLOUR,
            fontSize: 12,
          }}
        />
      )}
      {props.series.map((s, i) => (
        <Line
          key={s.key}
          dataKey={s.key}
          name={s.label}
          stroke={seriesColour(i)}
          strokeWidth={i === 0 ? 3 : 2}
          strokeDasharray={seriesDash(i)}
          dot={{ r: 3 }}
          connectNulls
          isAnimationActive={false}
        />
      ))}
    </LineChart>
  );
}
