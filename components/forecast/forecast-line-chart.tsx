"use client";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type ChartPoint = { month: number; revenue: number; costs: number; cash: number | null; cashWithout: number | null };

type Props = {
  points: ChartPoint[];
  hasCash: boolean;
  axis: (value: number) => string;
  money: (value: number | null) => string;
  labels: { revenue: string; costs: string; cash: string; cashWithout: string; month: (month: string) => string };
};

/** The recharts part of the forecast, loaded on demand (see forecast-view.tsx). */
export default function ForecastLineChart({ points, hasCash, axis, money, labels }: Props) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" />
        <XAxis dataKey="month" tick={{ fontSize: 12 }} />
        <YAxis tick={{ fontSize: 12 }} width={60} tickFormatter={axis} />
        <Tooltip formatter={(v) => money(typeof v === "number" ? v : null)} labelFormatter={(m) => labels.month(String(m))} />
        <Legend />
        <Line type="monotone" dataKey="revenue" name={labels.revenue} stroke="#059669" strokeWidth={2} dot={false} isAnimationActive={false} />
        <Line type="monotone" dataKey="costs" name={labels.costs} stroke="#dc2626" strokeWidth={2} dot={false} isAnimationActive={false} />
        {hasCash ? <Line type="monotone" dataKey="cash" name={labels.cash} stroke="#2a55d8" strokeWidth={2} dot={false} isAnimationActive={false} /> : null}
        {hasCash ? <Line type="monotone" dataKey="cashWithout" name={labels.cashWithout} stroke="#64748b" strokeDasharray="4 3" strokeWidth={2} dot={false} isAnimationActive={false} /> : null}
      </LineChart>
    </ResponsiveContainer>
  );
}
