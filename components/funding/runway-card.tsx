"use client";
// The runway comes from the monthly forecast (lib/forecast/model.ts), the same figure the business
// model and the investor summary show: with and without the planned rounds, and which rounds the
// forecast counts (planned or in progress, with a target date inside the 36 months).
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { runwayText } from "@/components/forecast/runway-text";
import { Card, CardTitle } from "@/components/ui/card";
import type { RoundInflow } from "@/lib/forecast/model";
import { formatMoney, formatMonth } from "@/lib/i18n/format";
import type { RunwayFact } from "@/lib/plan/facts";

export type RunwaySource = { runway: RunwayFact; runwayWithRaise: RunwayFact; monthlyNetBurn: number | null; rounds: RoundInflow[]; href: string };

export function RunwayCard({ source, currency }: { source: RunwaySource; currency: string }) {
  const t = useTranslations("funding.runway");
  const tRunway = useTranslations("forecast.runway");
  const tRounds = useTranslations("forecast.rounds");
  const tStages = useTranslations("funding.stages");
  const locale = useLocale();
  const money = (n: number) => formatMoney(n, locale, currency);
  return (
    <Card data-testid="runway-card" className="space-y-3 bg-slate-50">
      <CardTitle>{t("title")}</CardTitle>
      <dl className="grid gap-3 text-sm sm:grid-cols-3">
        <div>
          <dt className="text-slate-600">{tRunway("withoutRaise")}</dt>
          <dd data-testid="runway-current" className="font-semibold">{runwayText(source.runway, tRunway, locale)}</dd>
        </div>
        <div>
          <dt className="text-slate-600">{tRunway("withRaise")}</dt>
          <dd data-testid="runway-with-raise" className="font-semibold">{runwayText(source.runwayWithRaise, tRunway, locale)}</dd>
        </div>
        <div>
          <dt className="text-slate-600">{t("burn")}</dt>
          <dd data-testid="runway-burn" className="font-semibold">{source.monthlyNetBurn === null ? t("unknown") : source.monthlyNetBurn <= 0 ? t("noBurn") : money(source.monthlyNetBurn)}</dd>
        </div>
      </dl>
      {source.rounds.length ? (
        <div className="text-sm">
          <p className="font-medium">{tRounds("heading")}</p>
          <ul className="list-disc pl-5" data-testid="runway-rounds">
            {source.rounds.map((r, i) => (
              <li key={i}>
                {tStages(r.stage)} · {money(r.amount)} · {r.reason === "counted" && r.month ? tRounds("counted", { month: formatMonth(r.month, locale) }) : tRounds(r.reason)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p className="text-xs text-slate-600">{tRunway("definition")}</p>
      <p className="text-xs text-slate-500">
        {t("fromBusinessModel")}{" "}
        <Link href={source.href} className="text-brand-700 underline underline-offset-4">
          {t("link")}
        </Link>
      </p>
    </Card>
  );
}
