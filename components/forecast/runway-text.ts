// The runway as words: the one formatter every page uses (business model, funding, forecast,
// investor summary and its PDF), so the same forecast shows the same text everywhere. Takes the
// "forecast.runway" translator of the server (getTranslations) or the browser (useTranslations).
import { formatMonth, formatNumber } from "@/lib/i18n/format";
import type { SummaryRunway } from "@/lib/investor-summary/model";

type Translate = (key: string, values?: Record<string, string | number>) => string;

export function runwayText(runway: SummaryRunway, t: Translate, locale: string): string {
  switch (runway.state) {
    case "runsOut":
      return t("runsOut", { months: runway.months, month: formatMonth(runway.cashOutMonth, locale) });
    case "lasts":
      return t("lasts", { months: runway.months });
    case "unknown":
      return t(`unknown.${runway.reason}`);
    case "legacy":
      if (runway.profitable) return t("legacyProfitable");
      return runway.months === null ? t("legacyUnknown") : t("legacy", { months: formatNumber(runway.months, locale) });
  }
}
