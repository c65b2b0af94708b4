"use client";
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { CurvePoint } from "@/lib/ai-pricing/self-host";

type Props = {
  curve: CurvePoint[];
  /** Utilisation (%) where the lines cross, when it is within 0–100 %. */
  breakEven: number | null;
  labels: { selfHost: string; api: string; utilisation: string };
  money: (value: number) => string;
};

/** The recharts part of the self-hosting comparison, loaded on demand (see self-host-step.tsx). */
export default function BreakEvenChart({ curve, breakEven, labels, money }: Props) {
  // The first points of the self-hosting curve are far above everything else; cap the axis so the crossing stays readable.
  const cap = Math.max(curve[0]?.api ?? 0, ...curve.slice(-10).map((p) => p.selfHost ?? 0)) * 3;
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={curve} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" />
        <XAxis dataKey="utilisation" tick={{ fontSize: 12 }} unit="%" />
        <YAxis tick={{ fontSize: 12 }} width={64} domain={[0, cap]} allowDataOverflow tickFormatter={(v: number) => money(v)} />
        <Tooltip formatter={(v) => (typeof v === "number" ? money(v) : "—")} labelFormatter={(u) => `${labels.utilisation}: ${u} %`} />
        <Legend />
        <Line type="monotone" dataKey="selfHost" name={labels.selfHost} stroke="#2a55d8" strokeWidth={2} dot={false} isAnimationActive={false} />
        <Line type="monotone" dataKey="api" name={labels.api} stroke="#dc2626" strokeWidth={2} dot={false} isAnimationActive={false} />
        {breakEven !== null ? <ReferenceLine x={Math.ceil(breakEven / 5) * 5} stroke="#059669" strokeDasharray="4 4" /> : null}
      </LineChart>
    </ResponsiveContainer>
  );
}
