"use client";
// The monthly forecast step: runway, scenarios side by side, the P&L and cash-flow statements with
// a chart, what the forecast left out, and downloads. Computed in the browser with the same pure
// functions the server uses for the facts and the exports.
import dynamic from "next/dynamic";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { Card } from "@/components/ui/card";
import type { BusinessModelSection } from "@/lib/business-model/data";
import { evaluateBusinessModel, forecastInput } from "@/lib/business-model/evaluate";
import { compareScenarios, SCENARIO_IDS, type Scenario } from "@/lib/forecast/model";
import { STATEMENT_VIEWS, statementRows, type StatementView } from "@/lib/forecast/statement";
import { formatCompact, formatMoney, formatMonth, formatNumber } from "@/lib/i18n/format";
import { runwayText } from "./runway-text";

// recharts is large: load it after the page, like the other charts.
const ForecastLineChart = dynamic(() => import("./forecast-line-chart"), { ssr: false });

type Props = { projectId: string; section: Omit<BusinessModelSection, "notes" | "directionTests">; currency: string };

const SCENARIO_PARAMS = ["priceChangePct", "inferencePriceChangePct", "rampFactor", "growthFactor", "costChangePct"] as const satisfies readonly (keyof Scenario)[];

export function ForecastView({ projectId, section, currency }: Props) {
  const t = useTranslations("forecast");
  const tRunway = useTranslations("forecast.runway");
  const tModels = useTranslations("businessModel.revenue.models");
  const locale = useLocale();
  const [view, setView] = useState<StatementView>("pnl");
  const inputs = { startMonth: section.startMonth, revenueChoices: section.revenueChoices, economics: section.economics, burn: section.burn, costs: section.costSources };
  const { forecast } = evaluateBusinessModel(inputs);
  const scenarios = compareScenarios(forecastInput(inputs));
  const models = section.revenueChoices.map((c) => c.model);
  const money = (v: number | null) => (v === null ? "—" : formatMoney(v, locale, currency));
  const rows = statementRows(forecast, models, view);
  const rowLabel = (row: (typeof rows)[number]) => (row.model ? t("rows.revenueOf", { model: tModels(`${row.model}.name`) }) : t(`rows.${row.key}`));
  const isCount = (key: string) => key === "customers" || key === "newCustomers";
  const hasCash = forecast.months[0].closingCash !== null;
  const exportHref = (format: "csv" | "xlsx", v?: StatementView) => `/projects/${projectId}/business-model/export?format=${format}${v ? `&view=${v}` : ""}&locale=${locale}`;
  const param = (key: (typeof SCENARIO_PARAMS)[number], value: number) =>
    key === "rampFactor" || key === "growthFactor" ? t("scenarios.factor", { value: formatNumber(value, locale, 2) }) : t("scenarios.percent", { value: `${value > 0 ? "+" : ""}${value}` });

  return (
    <div className="space-y-4" data-testid="forecast">
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <Card className="grid gap-3 sm:grid-cols-2" aria-live="polite">
        <div>
          <p className="text-sm text-slate-600">{tRunway("withoutRaise")}</p>
          <p className="text-xl font-semibold" data-testid="forecast-runway">{runwayText(forecast.runway, tRunway, locale)}</p>
        </div>
        <div>
          <p className="text-sm text-slate-600">{tRunway("withRaise")}</p>
          <p className="text-xl font-semibold" data-testid="forecast-runway-with-raise">{runwayText(forecast.runwayWithRaise, tRunway, locale)}</p>
        </div>
        <p className="text-xs text-slate-600 sm:col-span-2">{tRunway("definition")}</p>
      </Card>

      {forecast.notes.length || forecast.rounds.length ? (
        <Card className="grid gap-4 text-sm md:grid-cols-2">
          {forecast.notes.length ? (
            <div>
              <h3 className="font-semibold">{t("notes.heading")}</h3>
              <ul className="list-disc pl-5" data-testid="forecast-notes">
                {forecast.notes.map((n, i) => (
                  <li key={i}>{t(`notes.${n.issue}`, { model: tModels(`${n.model}.name`) })}</li>
                ))}
              </ul>
            </div>
          ) : null}
          {forecast.rounds.length ? (
            <div>
              <h3 className="font-semibold">{t("rounds.heading")}</h3>
              <ul className="list-disc pl-5" data-testid="forecast-rounds">
                {forecast.rounds.map((r, i) => (
                  <li key={i}>
                    {money(r.amount)} · {r.reason === "counted" && r.month ? t("rounds.counted", { month: formatMonth(r.month, locale) }) : t(`rounds.${r.reason}`)}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </Card>
      ) : null}

      <Card className="space-y-3">
        <h3 className="font-semibold">{t("scenarios.heading")}</h3>
        <p className="text-sm text-slate-600">{t("scenarios.intro")}</p>
        <div className="overflow-x-auto" role="region" tabIndex={0} aria-label={t("scenarios.heading")}>
          <table className="w-full text-sm" data-testid="scenarios">
            <thead>
              <tr className="border-b">
                <td />
                {SCENARIO_IDS.map((id) => (
                  <th key={id} scope="col" className="px-2 py-1 text-right font-semibold">{t(`scenarios.${id}`)}</th>
                ))}
              </tr>
            </thead>
            <tbody className="tabular-nums">
              {(
                [
                  ["runway", (s) => runwayText(s.runway, tRunway, locale)],
                  ["runwayWithRaise", (s) => runwayText(s.runwayWithRaise, tRunway, locale)],
                  ["revenueMonth12", (s) => money(s.revenueMonth12)],
                  ["revenueMonth36", (s) => money(s.revenueMonth36)],
                  ["lowestCash", (s) => money(s.lowestCash)],
                  ["breakEven", (s) => (s.breakEvenIndex === null ? t("scenarios.never") : formatMonth(forecast.months[s.breakEvenIndex - 1].calendarMonth, locale))],
                ] as const satisfies readonly (readonly [string, (s: (typeof scenarios)[number]) => string])[]
              ).map(([key, show]) => (
                <tr key={key} className="border-b" data-testid={`scenario-${key}`}>
                  <th scope="row" className="py-1 pr-2 text-left font-medium">{t(`scenarios.${key}`)}</th>
                  {scenarios.map((s) => (
                    <td key={s.id} className="px-2 py-1 text-right">{show(s)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <details className="text-sm" open>
          <summary className="cursor-pointer font-medium">{t("scenarios.parameters")}</summary>
          <table className="mt-2 w-full" data-testid="scenario-parameters">
            <tbody className="tabular-nums">
              {SCENARIO_PARAMS.map((key) => (
                <tr key={key} className="border-b">
                  <th scope="row" className="py-1 pr-2 text-left font-normal">{t(`scenarios.${key}`)}</th>
                  {scenarios.map((s) => (
                    <td key={s.id} className="px-2 py-1 text-right">{param(key, s.scenario[key])}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </Card>

      <Card className="space-y-3">
        <figure className="space-y-2" data-testid="forecast-chart">
          <figcaption className="font-semibold">{t("chart.heading")}</figcaption>
          <div className="h-72 w-full" aria-hidden>
            <ForecastLineChart
              points={forecast.months.map((m) => ({ month: m.month, revenue: m.revenue, costs: m.costs, cash: m.closingCash, cashWithout: m.closingCashWithoutRaise }))}
              hasCash={hasCash}
              axis={(v) => formatCompact(v, locale)}
              money={money}
              labels={{ revenue: t("chart.revenue"), costs: t("chart.costs"), cash: t("chart.cash"), cashWithout: t("chart.cashWithout"), month: (n) => t("monthN", { n }) }}
            />
          </div>
        </figure>
        <div className="flex flex-wrap items-center gap-2" role="group" aria-label={t("views.label")}>
          {STATEMENT_VIEWS.map((v) => (
            <button
              key={v}
              type="button"
              aria-pressed={view === v}
              onClick={() => setView(v)}
              className={view === v ? "rounded-md bg-brand-600 px-3 py-1.5 text-sm text-white" : "rounded-md border px-3 py-1.5 text-sm hover:bg-slate-100"}
            >
              {t(`views.${v}`)}
            </button>
          ))}
          <span className="ml-auto flex flex-wrap gap-2 text-sm" data-testid="forecast-downloads">
            <span className="text-slate-600">{t("export.heading")}:</span>
            <a className="text-brand-700 underline" href={exportHref("csv", "pnl")} download data-testid="export-csv-pnl">
              {t("export.csv")} · {t("export.pnl")}
            </a>
            <a className="text-brand-700 underline" href={exportHref("csv", "cashFlow")} download data-testid="export-csv-cashFlow">
              {t("export.csv")} · {t("export.cashFlow")}
            </a>
            <a className="text-brand-700 underline" href={exportHref("xlsx")} download data-testid="export-xlsx">
              {t("export.xlsx")}
            </a>
          </span>
        </div>
        {/* Focusable so keyboard users can scroll the 36 months. */}
        <div className="max-h-[28rem] overflow-auto rounded border" role="region" tabIndex={0} aria-label={t(`views.${view}`)}>
          <table className="text-right text-sm tabular-nums" data-testid="statement" data-view={view}>
            <thead className="sticky top-0 bg-white">
              <tr className="border-b">
                <th scope="col" className="sticky left-0 bg-white px-2 py-1 text-left font-medium">{t("month")}</th>
                {forecast.months.map((m) => (
                  <th key={m.month} scope="col" className="whitespace-nowrap px-2 py-1 font-medium">{formatMonth(m.calendarMonth, locale)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) => (
                <tr key={i} className={row.total ? "border-b font-semibold" : "border-b"} data-testid={`row-${row.model ?? row.key}`}>
                  <th scope="row" className="sticky left-0 whitespace-nowrap bg-white px-2 py-1 text-left font-medium">{rowLabel(row)}</th>
                  {row.values.map((v, j) => (
                    <td key={j} className="whitespace-nowrap px-2 py-1">{isCount(row.key) ? (v === null ? "—" : formatNumber(v, locale, 1)) : money(v)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
    </div>
  );
}
