import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Card, CardTitle } from "@/components/ui/card";
import { addMonths, type Month } from "@/lib/team/cost";
import { formatMoney } from "@/lib/i18n/format";

/** The first day of a calendar month, read in UTC so every reader's time zone names the same month. */
function monthStart(month: Month) {
  const [y, m] = month.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, 1));
}

/** The stored monthly team cost over 24 months: three headline numbers, bars, and the table. */
export async function CostSummary({ series, from, currency }: { series: number[]; from: Month; currency: string }) {
  const t = await getTranslations("team");
  const [locale, format] = await Promise.all([getLocale(), getFormatter()]);
  const money = (v: number) => formatMoney(v, locale, currency);
  const max = Math.max(1, ...series);
  const headline = [
    ["costNow", 0],
    ["costIn12", 12],
    ["costIn24", series.length - 1],
  ] as const;
  return (
    <Card className="space-y-3" data-testid="team-cost">
      <CardTitle>{t("hiringStep.costTitle")}</CardTitle>
      <p className="text-xs text-slate-600">{t("hiringStep.costExplain")}</p>
      <dl className="grid grid-cols-3 gap-2">
        {headline.map(([key, index]) => (
          <div key={key} className="rounded-md border px-3 py-2">
            <dt className="text-xs text-slate-600">{t(`hiringStep.${key}`)}</dt>
            <dd className="font-semibold tabular-nums" data-testid={`team-${key}`}>
              {money(series[index] ?? 0)}
            </dd>
          </div>
        ))}
      </dl>
      <div aria-hidden className="flex h-20 items-end gap-0.5">
        {series.map((value, i) => (
          <div key={i} className="flex-1 rounded-t bg-brand-500/70" style={{ height: `${Math.max(2, (value / max) * 100)}%` }} />
        ))}
      </div>
      <details>
        <summary className="cursor-pointer text-sm text-brand-700">{t("hiringStep.costTable")}</summary>
        <div className="mt-2 max-h-64 overflow-y-auto">
          <table className="w-full text-sm">
            <thead>
              <tr>
                <th scope="col" className="text-left font-medium">
                  {t("hiringStep.costMonth")}
                </th>
                <th scope="col" className="text-right font-medium">
                  {t("hiringStep.costAmount")}
                </th>
              </tr>
            </thead>
            <tbody>
              {series.map((value, i) => (
                <tr key={i} className="border-t">
                  <td>{format.dateTime(monthStart(addMonths(from, i)), { year: "numeric", month: "short", timeZone: "UTC" })}</td>
                  <td className="text-right tabular-nums">{money(value)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </Card>
  );
}
