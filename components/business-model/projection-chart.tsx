"use client";
import { useTranslations } from "next-intl";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { ProjectionMonth } from "@/lib/business-model/model";
import type { Formatters } from "./format";

/** Revenue, costs and cash over 24 months, with the same numbers as a table for screen readers. */
export function ProjectionChart({ projection, f, locale }: { projection: ProjectionMonth[]; f: Formatters; locale: string }) {
  const t = useTranslations("businessModel.burn");
  const compact = new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 1 });
  const hasCash = projection.some((m) => m.cash !== null);
  return (
    <figure className="space-y-2" data-testid="projection">
      <figcaption className="font-semibold">{t("chartHeading")}</figcaption>
      <div className="h-72 w-full" aria-hidden>
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={projection} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" />
            <XAxis dataKey="month" tick={{ fontSize: 12 }} />
            <YAxis tick={{ fontSize: 12 }} width={56} tickFormatter={(v: number) => compact.format(v)} />
            <Tooltip formatter={(v) => f.money(typeof v === "number" ? v : null)} labelFormatter={(m) => t("chartMonth", { month: String(m) })} />
            <Legend />
            <Line type="monotone" dataKey="revenue" name={t("chartRevenue")} stroke="#059669" strokeWidth={2} dot={false} isAnimationActive={false} />
            <Line type="monotone" dataKey="costs" name={t("chartCosts")} stroke="#dc2626" strokeWidth={2} dot={false} isAnimationActive={false} />
            {hasCash ? <Line type="monotone" dataKey="cash" name={t("chartCash")} stroke="#2a55d8" strokeWidth={2} dot={false} isAnimationActive={false} /> : null}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <details className="text-sm">
        <summary className="cursor-pointer text-brand-700">{t("chartTable")}</summary>
        <div className="mt-2 max-h-72 overflow-auto">
          <table className="w-full text-right tabular-nums" data-testid="projection-table">
            <thead>
              <tr className="border-b text-slate-600">
                <th scope="col" className="px-2 py-1 text-left font-medium">{t("month")}</th>
                <th scope="col" className="px-2 py-1 font-medium">{t("chartRevenue")}</th>
                <th scope="col" className="px-2 py-1 font-medium">{t("chartCosts")}</th>
                <th scope="col" className="px-2 py-1 font-medium">{t("chartCash")}</th>
              </tr>
            </thead>
            <tbody>
              {projection.map((m) => (
                <tr key={m.month} className="border-b last:border-0">
                  <th scope="row" className="px-2 py-1 text-left font-normal">{m.month}</th>
                  <td className="px-2 py-1">{f.money(m.revenue)}</td>
                  <td className="px-2 py-1">{f.money(m.costs)}</td>
                  <td className="px-2 py-1">{f.money(m.cash)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
