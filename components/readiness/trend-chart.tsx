"use client";
import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";

// recharts is large: load it after the page, so the readiness page's first load stays small.
const TrendLineChart = dynamic(() => import("./trend-line-chart"), { ssr: false });

/** One recorded score; `label` is the date, formatted on the server in the viewer's locale. */
export type TrendDatum = { id: string; label: string; total: number; band: string };

/** Recorded scores over time, with the same data as a table for screen readers and keyboards. */
export function TrendChart({ points }: { points: TrendDatum[] }) {
  const t = useTranslations("readiness");
  if (points.length === 0) {
    return (
      <p className="text-sm text-slate-600" data-testid="trend-chart" data-points={0}>
        {t("trendEmpty")}
      </p>
    );
  }
  return (
    <div className="space-y-2" data-testid="trend-chart" data-points={points.length}>
      <div className="h-52 w-full" role="img" aria-label={t("trendChartLabel", { count: points.length })}>
        <TrendLineChart points={points} totalLabel={t("trendTotal")} />
      </div>
      <details className="text-sm">
        <summary className="cursor-pointer text-brand-700">{t("trendShowTable")}</summary>
        <table className="mt-2 w-full text-left text-sm" data-testid="trend-table">
          <caption className="sr-only">{t("trendTable")}</caption>
          <thead>
            <tr className="border-b text-xs text-slate-500">
              <th scope="col" className="py-1 pr-2 font-medium">{t("trendDate")}</th>
              <th scope="col" className="py-1 pr-2 font-medium">{t("trendTotal")}</th>
              <th scope="col" className="py-1 font-medium">{t("trendBand")}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.id} className="border-b last:border-0">
                <td className="py-1 pr-2">{p.label}</td>
                <td className="py-1 pr-2 tabular-nums">{p.total}</td>
                <td className="py-1">{t.has(`bands.${p.band}`) ? t(`bands.${p.band}`) : p.band}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
