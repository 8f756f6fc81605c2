// Selling share per customer-oriented role (rule 7), two bars each — of a working week and of
// scheduled time — against the published benchmarks (rule 10) as reference lines.
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { percent } from '../format.js';
import { useNarrow } from '../use-narrow.js';
import { BENCHMARK_COLOUR, seriesColour } from './palette.js';

export interface RoleShare {
  role: string;
  people: number;
  sellingShare: number;
  sellingShareOfScheduled: number | null;
}

export interface BenchmarkLine {
  id: string;
  sellingShare: number;
}

const asPercent = (value: unknown) => percent(typeof value === 'number' ? value : null);

export function SellingShareChart(props: {
  roles: RoleShare[];
  benchmarks: BenchmarkLine[];
  workweekHours: number;
}) {
  const narrow = useNarrow();
  const top = Math.max(0.7, ...props.roles.map((r) => r.sellingShareOfScheduled ?? 0));
  const domainTop = Math.min(1, Math.ceil(top * 10) / 10);
  // Benchmark labels sit above the plot on two alternating rows, so close values do not collide.
  const sorted = [...props.benchmarks].sort((a, b) => a.sellingShare - b.sellingShare);
  return (
    <BarChart
      layout="vertical"
      data={props.roles}
      responsive
      accessibilityLayer={false}
      style={{ width: '100%', height: props.roles.length * 72 + 110 }}
      margin={{ top: 40, right: 24, bottom: 8, left: 8 }}
    >
      <CartesianGrid horizontal={false} strokeDasharray="3 3" />
      <XAxis
        type="number"
        domain={[0, domainTop]}
        tickFormatter={asPercent}
        ticks={Array.from({ length: Math.round(domainTop * 10) + 1 }, (_, i) => i / 10)}
      />
      <YAxis
        type="category"
        dataKey="role"
        width={narrow ? 96 : 170}
        tick={{ fontSize: narrow ? 11 : 13 }}
      />
      <Tooltip formatter={asPercent} />
      <Legend itemSorter={null} />
      <Bar
        dataKey="sellingShare"
        name={`Of a ${props.workweekHours}-hour week`}
        fill={seriesColour(0)}
        isAnimationActive={false}
      />
      <Bar
        dataKey="sellingShareOfScheduled"
        name="Of scheduled time"
        fill={seriesColour(1)}
        isAnimationActive={false}
      />
      {sorted.map((b, i) => (
        <ReferenceLine
          key={b.id}
          x={b.sellingShare}
          ifOverflow="extendDomain"
          stroke={BENCHMARK_COLOUR}
          strokeDasharray="5 4"
          label={{
            value: percent(b.sellingShare),
            position: 'top',
            offset: i % 2 === 0 ? 4 : 20,
            fill: BENCHMARK_COLOUR,
            fontSize: 12,
          }}
        />
      ))}
    </BarChart>
  );
}
