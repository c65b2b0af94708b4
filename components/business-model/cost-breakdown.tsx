"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { Burn, Runway } from "@/lib/business-model/model";
import type { RevenueModelId } from "@/lib/plan/facts";
import type { Formatters } from "./format";

/** This month's costs line by line, each with where the number comes from. */
export function CostBreakdown({ projectId, burn, primaryModel, servingCounted, f }: { projectId: string; burn: Burn; primaryModel: RevenueModelId | null; servingCounted: boolean; f: Formatters }) {
  const t = useTranslations("businessModel.burn");
  const tRevenue = useTranslations("businessModel.revenue");
  const base = `/projects/${projectId}`;
  const rows = [
    { key: "team", value: burn.costs.team, source: t("teamSource"), href: `${base}/team` },
    { key: "compute", value: burn.costs.compute, source: t("computeSource"), href: `${base}/platform` },
    {
      key: "serving",
      value: burn.costs.serving,
      source: servingCounted && primaryModel ? t("servingSource", { model: tRevenue(`models.${primaryModel}.name`) }) : t("servingNone"),
      href: servingCounted ? "?step=economics" : undefined,
    },
    { key: "other", value: burn.costs.other, source: t("otherSource") },
  ] as const;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm" data-testid="cost-breakdown">
        <caption className="mb-2 text-left font-semibold">{t("sourcesHeading")}</caption>
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
            <td className="py-1.5 pr-3 text-right tabular-nums" data-testid="cost-total">{burn.costsKnown ? f.money(burn.costs.total) : "—"}</td>
            <td />
          </tr>
          <tr className="border-b">
            <th scope="row" className="py-1.5 pr-3 text-left font-medium">{t("revenue")}</th>
            <td className="py-1.5 pr-3 text-right tabular-nums" data-testid="burn-revenue">{f.money(burn.revenue)}</td>
            <td />
          </tr>
          <tr className="font-semibold">
            <th scope="row" className="py-1.5 pr-3 text-left">{t("netBurn")}</th>
            <td className="py-1.5 pr-3 text-right tabular-nums" data-testid="net-burn">{f.money(burn.netBurn)}</td>
            <td />
          </tr>
        </tbody>
      </table>
    </div>
  );
}

export function RunwayText({ runway, f }: { runway: Runway; f: Formatters }) {
  const t = useTranslations("businessModel.burn");
  if (runway.kind === "months") return <>{t("runwayMonths", { months: f.number(runway.months, 1) })}</>;
  if (runway.kind === "profitable") return <>{t("profitable")}</>;
  return <span className="text-base font-normal text-slate-500">{t(runway.reason)}</span>;
}
