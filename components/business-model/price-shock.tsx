"use client";
import { useLocale, useTranslations } from "next-intl";
import { runwayText } from "@/components/forecast/runway-text";
import { Card } from "@/components/ui/card";
import type { Evaluation } from "@/lib/business-model/evaluate";
import { PRICE_SHOCK_RANGE } from "@/lib/business-model/model";
import type { Formatters } from "./format";

/** What an upstream model price change does to margin and runway. A what-if: nothing is saved. */
export function PriceShock({ shock, onShock, base, shocked, thirdParty, f }: { shock: number; onShock: (pct: number) => void; base: Evaluation; shocked: Evaluation; thirdParty: boolean; f: Formatters }) {
  const t = useTranslations("businessModel.burn");
  const tRunway = useTranslations("forecast.runway");
  const locale = useLocale();
  const signed = `${shock > 0 ? "+" : ""}${shock}`;
  return (
    <Card className="space-y-3" data-testid="price-shock">
      <h3 className="font-semibold">{t("shockHeading")}</h3>
      <p className="text-sm text-slate-600">{t("shockIntro")}</p>
      {thirdParty ? <p className="text-sm font-medium text-amber-800">{t("shockThirdParty")}</p> : null}
      <div className="space-y-1">
        <label htmlFor="price-shock" className="flex justify-between text-sm font-medium">
          {t("shockLabel")}
          <output htmlFor="price-shock" data-testid="shock-value">{t("shockValue", { pct: signed })}</output>
        </label>
        <input
          id="price-shock"
          type="range"
          className="w-full accent-brand-600"
          min={PRICE_SHOCK_RANGE.min}
          max={PRICE_SHOCK_RANGE.max}
          step={5}
          value={shock}
          aria-valuetext={t("shockValue", { pct: signed })}
          onChange={(e) => onShock(Number(e.target.value))}
        />
      </div>
      <table className="w-full text-sm">
        <thead>
          <tr className="text-slate-600">
            <td />
            <th scope="col" className="py-1 text-right font-medium">{t("shockBase")}</th>
            <th scope="col" className="py-1 text-right font-medium">{t("shockWith")}</th>
          </tr>
        </thead>
        <tbody className="tabular-nums">
          <tr className="border-t">
            <th scope="row" className="py-1 text-left font-medium">{t("shockMargin")}</th>
            <td className="py-1 text-right">{f.percent(base.economics.grossMarginPct.value)}</td>
            <td className="py-1 text-right font-semibold" data-testid="shock-margin">{f.percent(shocked.economics.grossMarginPct.value)}</td>
          </tr>
          <tr className="border-t">
            <th scope="row" className="py-1 text-left font-medium">{t("shockRunway")}</th>
            <td className="py-1 text-right">{runwayText(base.forecast.runway, tRunway, locale)}</td>
            <td className="py-1 text-right font-semibold" data-testid="shock-runway">{runwayText(shocked.forecast.runway, tRunway, locale)}</td>
          </tr>
        </tbody>
      </table>
    </Card>
  );
}
