"use client";
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { TrendDatum } from "./trend-chart";

/** The recharts part of the trend, loaded on demand (see trend-chart.tsx). */
export default function TrendLineChart({ points, totalLabel }: { points: TrendDatum[]; totalLabel: string }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={points} margin={{ top: 8, right: 12, bottom: 4, left: -16 }}>
        <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" />
        <XAxis dataKey="label" tick={{ fontSize: 11 }} minTickGap={24} />
        <YAxis domain={[0, 100]} ticks={[0, 40, 65, 85, 100]} tick={{ fontSize: 11 }} />
        <Tooltip formatter={(value) => [value, totalLabel]} />
        <Line type="monotone" dataKey="total" stroke="#2a55d8" strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} />
      </LineChart>
    </ResponsiveContainer>
  );
}
