"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ForecastMonth } from "@/lib/forecast/model";
import type { Formatters } from "./format";

/** The forecast's first month, cost by cost, each with where the number comes from. */
export function CostBreakdown({ projectId, month, costsKnown, servingCounted, f }: { projectId: string; month: ForecastMonth; costsKnown: boolean; servingCounted: boolean; f: Formatters }) {
  const t = useTranslations("businessModel.burn");
  const base = `/projects/${projectId}`;
  const rows = [
    { key: "team", value: month.team, source: t("teamSource"), href: `${base}/team` },
    { key: "compute", value: month.compute, source: t("computeSource"), href: `${base}/platform` },
    { key: "serving", value: month.serving, source: servingCounted ? t("servingSource") : t("servingNone"), href: servingCounted ? "?step=economics" : undefined },
    { key: "acquisition", value: month.acquisition, source: t("acquisitionSource"), href: "?step=economics" },
    { key: "other", value: month.other, source: t("otherSource") },
    // Credits pay part of compute and serving; shown as a deduction so the rows add up to the total.
    ...(month.credits > 0 ? [{ key: "credits", value: -month.credits, source: t("creditsSource"), href: `${base}/platform?step=credits` }] : []),
  ] as const;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm" data-testid="cost-breakdown">
        <caption className="mb-2 text-left font-semibold">{t("runwayThisMonth")}</caption>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-b" data-testid={`cost-${row.key}`}>
              <th scope="row" className="py-1.5 pr-3 text-left font-medium">{t(row.key)}</th>
              <td className="py-1.5 pr-3 text-right tabular-nums" data-testid={`cost-${row.key}-value`}>{f.money(row.value)}</td>
              <td className="py-1.5 text-slate-600">
                {"href" in row && row.href ? (
                  <Link className="text-brand-700 underline" href={row.href}>
                    {row.source}
                  </Link>
                ) : (
                  row.source
                )}
              </td>
            </tr>
          ))}
          <tr className="border-b font-semibold">
            <th scope="row" className="py-1.5 pr-3 text-left">{t("total")}</th>
            <td className="py-1.5 pr-3 text-right tabular-nums" data-testid="cost-total">{costsKnown ? f.money(month.costs) : "—"}</td>
            <td />
          </tr>
          <tr className="border-b">
            <th scope="row" className="py-1.5 pr-3 text-left font-medium">{t("revenue")}</th>
            <td className="py-1.5 pr-3 text-right tabular-nums" data-testid="burn-revenue">{f.money(month.revenue)}</td>
            <td />
          </tr>
          <tr className="font-semibold">
            <th scope="row" className="py-1.5 pr-3 text-left">{t("netBurn")}</th>
            <td className="py-1.5 pr-3 text-right tabular-nums" data-testid="net-burn">{f.money(-month.netIncome)}</td>
            <td />
          </tr>
        </tbody>
      </table>
    </div>
  );
}
