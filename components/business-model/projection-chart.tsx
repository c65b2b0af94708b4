"use client";
import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import type { ProjectionMonth } from "@/lib/business-model/model";
import type { Formatters } from "./format";

// recharts is large: load it after the page, so the business-model wizard's first load stays small.
const ProjectionLineChart = dynamic(() => import("./projection-line-chart"), { ssr: false });

/** Revenue, costs and cash over 24 months, with the same numbers as a table for screen readers. */
export function ProjectionChart({ projection, f, locale }: { projection: ProjectionMonth[]; f: Formatters; locale: string }) {
  const t = useTranslations("businessModel.burn");
  const compact = new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 1 });
  const hasCash = projection.some((m) => m.cash !== null);
  return (
    <figure className="space-y-2" data-testid="projection">
      <figcaption className="font-semibold">{t("chartHeading")}</figcaption>
      <div className="h-72 w-full" aria-hidden>
        <ProjectionLineChart
          projection={projection}
          hasCash={hasCash}
          axis={(v) => compact.format(v)}
          money={f.money}
          labels={{ revenue: t("chartRevenue"), costs: t("chartCosts"), cash: t("chartCash"), month: (month) => t("chartMonth", { month }) }}
        />
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
