"use client";
import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import type { ComputedNumbers } from "@/lib/business-model/actions";
import type { Derived, UnitEconomics } from "@/lib/business-model/model";
import type { Formatters } from "./format";

const ROWS = [
  ["revenuePerUnit", "money"],
  ["inferenceCostPerUnit", "money"],
  ["costToServePerUnit", "money"],
  ["grossMarginPerUnit", "money"],
  ["grossMarginPct", "percent"],
  ["grossProfitPerCustomerMonth", "money"],
  ["ltv", "money"],
  ["ltvToCac", "ratio"],
  ["paybackMonths", "months"],
] as const satisfies readonly (readonly [keyof UnitEconomics, string])[];

/** The live results; below them, what the server computed from the stored values at the last save. */
export function EconomicsResults({ result, server, f }: { result: UnitEconomics; server: ComputedNumbers | null; f: Formatters }) {
  const t = useTranslations("businessModel.economics");
  const show = (d: Derived, kind: (typeof ROWS)[number][1]) => {
    if (d.value === null) return <span className="text-sm font-normal text-slate-500">{t(`reasons.${d.reason}`)}</span>;
    if (kind === "percent") return f.percent(d.value);
    if (kind === "ratio") return t("ratioValue", { ratio: f.number(d.value, 2) });
    if (kind === "months") return t("monthsValue", { months: f.number(d.value, 1) });
    return f.money(d.value);
  };
  return (
    <Card className="space-y-3 self-start lg:sticky lg:top-4" aria-live="polite">
      <h3 className="font-semibold">{t("results")}</h3>
      <dl className="space-y-2">
        {ROWS.map(([key, kind]) => (
          <div key={key} className="flex flex-wrap items-baseline justify-between gap-x-3">
            <dt className="text-sm text-slate-600">{t(key)}</dt>
            <dd className="font-semibold tabular-nums" data-testid={`result-${key}`}>
              {show(result[key], kind)}
            </dd>
          </div>
        ))}
      </dl>
      {server ? (
        <p className="border-t pt-2 text-xs text-slate-500" data-testid="server-computed">
          {t("serverChecked")}: {t("grossMarginPct")} {f.percent(server.grossMarginPct)} · {t("ltvToCac")}{" "}
          {server.ltvToCac === null ? "—" : t("ratioValue", { ratio: f.number(server.ltvToCac, 2) })} · {t("paybackMonths")}{" "}
          {server.paybackMonths === null ? "—" : t("monthsValue", { months: f.number(server.paybackMonths, 1) })}
        </p>
      ) : null}
    </Card>
  );
}
