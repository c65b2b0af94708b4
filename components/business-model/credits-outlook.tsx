"use client";
import { useLocale, useTranslations } from "next-intl";
import { runwayText } from "@/components/forecast/runway-text";
import type { CreditsOutlook as Outlook } from "@/lib/forecast/credits";
import { formatMonth } from "@/lib/i18n/format";
import { addMonths } from "@/lib/team/cost";
import type { Formatters } from "./format";

/** The credits cliff: the month credits end, the cost step after it, and the runway without credits. */
export function CreditsOutlook({ outlook, f }: { outlook: Outlook | null; f: Formatters }) {
  const t = useTranslations("businessModel.burn");
  const tRunway = useTranslations("forecast.runway");
  const locale = useLocale();
  if (!outlook) return null;
  return (
    <div className="space-y-1 border-t pt-2 text-sm text-slate-700" data-testid="credits-outlook">
      <p>
        {t("creditsOutlook", { used: f.money(outlook.used), lastMonth: formatMonth(outlook.lastMonth, locale) })}{" "}
        {outlook.stepAfter === null
          ? t("creditsLastAll")
          : t("creditsStep", { nextMonth: formatMonth(addMonths(outlook.lastMonth, 1), locale), step: f.money(outlook.stepAfter) })}
        {outlook.expiredUnused > 0 ? ` ${t("creditsExpired", { amount: f.money(outlook.expiredUnused) })}` : null}
      </p>
      <p data-testid="runway-without-credits">{t("creditsWithout", { runway: runwayText(outlook.runwayWithoutCredits, tRunway, locale) })}</p>
    </div>
  );
}
