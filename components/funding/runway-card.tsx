"use client";
// Runway comes from the business-model section (its cash and burn); this card only shows what the
// raise adds to it, with the same pure function the tests check.
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Card, CardTitle } from "@/components/ui/card";
import { formatMoney, formatNumber } from "@/lib/i18n/format";
import { runwayWithRaise } from "@/lib/funding/model";

/** What the business-model section says; null while that section is not available. */
export type RunwaySource = { runwayMonths: number | null; monthlyNetBurn: number | null; profitable: boolean; href: string };

export function RunwayCard({ source, raise, currency }: { source: RunwaySource | null; raise: number | null; currency: string }) {
  const t = useTranslations("funding.runway");
  const locale = useLocale();
  if (!source) {
    return (
      <Card data-testid="runway-card" className="bg-slate-50">
        <p className="text-sm text-slate-700">{t("seeBusinessModel")}</p>
      </Card>
    );
  }
  const result = runwayWithRaise({ raise, monthlyNetBurn: source.monthlyNetBurn, runwayMonths: source.runwayMonths, profitable: source.profitable });
  const months = (value: number | null) => (value === null ? t("unknown") : t("months", { months: formatNumber(value, locale) }));
  return (
    <Card data-testid="runway-card" className="space-y-3 bg-slate-50">
      <CardTitle>{t("title")}</CardTitle>
      <dl className="grid gap-3 text-sm sm:grid-cols-2">
        <div>
          <dt className="text-slate-600">{t("current")}</dt>
          <dd data-testid="runway-current" className="font-semibold">{source.profitable ? "—" : months(source.runwayMonths)}</dd>
        </div>
        <div>
          <dt className="text-slate-600">{t("burn")}</dt>
          <dd data-testid="runway-burn" className="font-semibold">{source.monthlyNetBurn === null ? t("unknown") : source.monthlyNetBurn <= 0 ? t("noBurn") : formatMoney(source.monthlyNetBurn, locale, currency)}</dd>
        </div>
        {result.state === "extended" ? (
          <>
            <div>
              <dt className="text-slate-600">{t("raise")}</dt>
              <dd data-testid="runway-extends" className="font-semibold">{months(result.extendsByMonths)}</dd>
            </div>
            <div>
              <dt className="text-slate-600">{t("total")}</dt>
              <dd data-testid="runway-total" className="font-semibold">{months(result.totalMonths)}</dd>
            </div>
          </>
        ) : null}
      </dl>
      {result.state === "extended" ? <p className="text-xs text-slate-600">{t("atTodaysBurn")}</p> : <p className="text-sm text-slate-700">{t(result.state)}</p>}
      <p className="text-xs text-slate-500">
        {t("fromBusinessModel")}{" "}
        <Link href={source.href} className="text-brand-700 underline underline-offset-4">
          {t("link")}
        </Link>
      </p>
    </Card>
  );
}
