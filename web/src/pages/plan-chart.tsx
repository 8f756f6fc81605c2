// The two plans side by side: selling hours a year each frees, with the days and money behind them
// in the table.
import { Bar, BarChart, CartesianGrid, Cell, LabelList, XAxis, YAxis } from 'recharts';
import type { PlanAnswer } from '../api-types.js';
import { seriesColour } from '../charts/palette.js';
import { ChartFigure } from '../components/chart-figure.js';
import { number } from '../format.js';
import { useNarrow } from '../use-narrow.js';
import { money } from './items-format.js';

export function PlanChart({ plan }: { plan: PlanAnswer }) {
  const narrow = useNarrow();
  const rows = [
    { name: 'From the top of the list', set: plan.greedy },
    { name: 'Best set', set: plan.best },
  ].map((r) => ({ ...r, hours: r.set.sellingHoursPerYear }));
  const summary =
    `From the top of the list frees ${number(plan.greedy.sellingHoursPerYear, 1)} selling hours ` +
    `a year; the best set frees ${number(plan.best.sellingHoursPerYear, 1)}.`;
  return (
    <ChartFigure
      title="Selling hours a year each plan frees"
      description="Within the same budget of days and money."
      summary={summary}
      chart={
        <BarChart
          layout="vertical"
          data={rows}
          responsive
          accessibilityLayer={false}
          style={{ width: '100%', height: 150 }}
          margin={{ top: 8, right: 56, bottom: 8, left: 8 }}
        >
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" tickFormatter={(v: number) => `${v} h`} />
          <YAxis
            type="category"
            dataKey="name"
            width={narrow ? 110 : 190}
            tick={{ fontSize: narrow ? 11 : 13 }}
          />
          <Bar dataKey="hours" isAnimationActive={false}>
            {rows.map((row, i) => (
              <Cell key={row.name} fill={seriesColour(i)} />
            ))}
            <LabelList
              dataKey="hours"
              position="right"
              formatter={(v: unknown) => (typeof v === 'number' ? `${number(v, 0)} h` : '')}
            />
          </Bar>
        </BarChart>
      }
      table={
        <table>
          <thead>
            <tr>
              <th scope="col">Plan</th>
              <th scope="col">Items</th>
              <th scope="col">Person-days</th>
              <th scope="col">Money</th>
              <th scope="col">Selling hours a year</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.name}>
                <th scope="row">{r.name}</th>
                <td className="num">{r.set.items.length}</td>
                <td className="num">{number(r.set.days, 2)}</td>
                <td className="num">{money(r.set.money)}</td>
                <td className="num">{number(r.hours, 1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
