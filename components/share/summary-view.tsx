import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { formatCalendarDate, formatMoney, formatNumber } from "@/lib/i18n/format";
import { nextMilestones, summaryGlance, topRisks, type InvestorSummary } from "@/lib/investor-summary/model";
import { runwayText } from "@/components/forecast/runway-text";
import { summaryLabeler } from "./summary-labels";
import { TrackedSection } from "./tracked-section";

/** The investor summary as a page. `trackUrl` is set on share links to count opened sections. */
export async function SummaryView({ summary, locale, frozen, trackUrl }: { summary: InvestorSummary; locale: string; frozen: boolean; trackUrl?: string }) {
  const t = await getTranslations("share.summary");
  const tRunway = await getTranslations("forecast.runway");
  const format = await getFormatter();
  const label = await summaryLabeler();
  const money = (n: number | null) => (n === null ? t("unknown") : formatMoney(n, locale, summary.project.currency));
  const instant = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium" });
  const date = (iso: string) => formatCalendarDate(iso, locale);
  const risks = topRisks(summary.risks);
  const milestones = nextMilestones(summary.milestones);
  const glance = summaryGlance(summary);

  const section = (id: "team" | "businessModel" | "risks" | "readiness" | "funding" | "milestones", children: ReactNode) => (
    <TrackedSection id={id} title={t(`sections.${id}`)} trackUrl={trackUrl}>
      {children}
    </TrackedSection>
  );
  const empty = <p className="text-sm text-slate-500">{t("empty")}</p>;

  return (
    <article className="space-y-4" data-testid="investor-summary">
      <header className="rounded-lg border bg-white p-6">
        <p className="text-xs uppercase tracking-wide text-slate-500">{t("heading")}</p>
        <h1 className="mt-1 text-3xl font-bold" data-testid="summary-project-name">{summary.project.name}</h1>
        {summary.project.oneLiner ? <p className="mt-2 text-lg text-slate-700">{summary.project.oneLiner}</p> : null}
        <div className="mt-3 flex flex-wrap gap-2 text-sm">
          <Badge tone="info">{t("stage")}: {label.stage(summary.project.stage)}</Badge>
          {summary.project.sector ? <Badge>{t("sector")}: {summary.project.sector}</Badge> : null}
        </div>
        <p className="mt-3 text-xs text-slate-500">
          {frozen ? t("frozen", { date: instant(summary.generatedAt) }) : t("generated", { date: instant(summary.generatedAt) })} · {t("confidential")}
        </p>
      </header>

      {/* The one page an investor reads first: every headline figure, each worked out further below. */}
      <section aria-labelledby="summary-overview-title" className="rounded-lg border bg-white p-5" data-testid="summary-overview">
        <h2 id="summary-overview-title" className="text-lg font-semibold">
          {t("overview.title")}
        </h2>
        <dl className="mt-3 grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2 lg:grid-cols-3">
          <div>
            <dt className="text-slate-600">{t("stage")}</dt>
            <dd className="font-medium">{label.stage(summary.project.stage)}</dd>
          </div>
          <div>
            <dt className="text-slate-600">{t("sections.readiness")}</dt>
            <dd className="font-medium" data-testid="overview-readiness">
              {summary.readiness ? `${t("readinessOf", { total: formatNumber(summary.readiness.total, locale) })} · ${label.readinessBand(summary.readiness.band)}` : t("unknown")}
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">{t("runway")}</dt>
            <dd className="font-medium" data-testid="overview-runway">
              {summary.businessModel ? runwayText(summary.businessModel.runway, tRunway, locale) : t("unknown")}
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">{t("fundingAsk")}</dt>
            <dd className="font-medium" data-testid="overview-raise">
              {summary.funding ? money(summary.funding.needAmount) : t("unknown")}
              {summary.funding?.timing ? ` · ${summary.funding.timing}` : ""}
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">{t("members")}</dt>
            <dd className="font-medium" data-testid="overview-team">
              {glance.memberCount ? t("overview.team", { count: glance.memberCount, names: glance.memberNames.join(", ") }) : t("unknown")}
            </dd>
          </div>
          <div className="sm:col-span-2 lg:col-span-1">
            <dt className="text-slate-600">{t("sections.risks")}</dt>
            <dd className="font-medium" data-testid="overview-risks">
              {glance.riskTitles.length ? glance.riskTitles.join(" · ") : t("overview.noRisks")}
            </dd>
          </div>
        </dl>
      </section>

      {section("readiness", <>
        {summary.readiness ? (
          <div className="space-y-3">
            <p className="text-2xl font-semibold" data-testid="summary-readiness">
              {t("readinessOf", { total: formatNumber(summary.readiness.total, locale) })}{" "}
              <Badge tone="info">{label.readinessBand(summary.readiness.band)}</Badge>
            </p>
            <ul className="space-y-1">
              {summary.readiness.sections.map((s) => (
                <li key={s.id} className="grid grid-cols-[10rem_1fr_4rem] items-center gap-2 text-sm">
                  <span>{label.readinessSection(s.id)}</span>
                  <span className="h-2 rounded bg-slate-200">
                    <span className="block h-2 rounded bg-brand-500" style={{ width: `${s.max > 0 ? (s.score / s.max) * 100 : 0}%` }} />
                  </span>
                  <span className="text-right tabular-nums">
                    {formatNumber(s.score, locale)} / {s.max}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        ) : (
          empty
        )}
      </>)}

      {section("team", <>
        {summary.team && (summary.team.members.length > 0 || summary.team.neededRoles.length > 0) ? (
          <div className="grid gap-4 md:grid-cols-2">
            <div>
              <h3 className="mb-1 text-sm font-semibold">{t("members")}</h3>
              <ul className="space-y-1 text-sm">
                {summary.team.members.map((m, i) => (
                  <li key={i}>
                    <span className="font-medium">{m.name}</span>
                    {m.title ? ` — ${m.title}` : ""} <span className="text-slate-500">({label.commitment(m.commitment)})</span>
                    {m.roles.length ? <span className="block text-xs text-slate-500">{m.roles.map(label.role).join(", ")}</span> : null}
                  </li>
                ))}
              </ul>
            </div>
            <div className="space-y-3">
              <div>
                <h3 className="mb-1 text-sm font-semibold">{t("neededRoles")}</h3>
                <ul className="flex flex-wrap gap-1">
                  {summary.team.neededRoles.map((r) => (
                    <li key={r.role}>
                      <Badge tone={r.status === "covered" ? "good" : r.status === "partial" ? "warn" : "bad"}>
                        {label.role(r.role)}: {t(`coverage.${r.status}`)}
                      </Badge>
                    </li>
                  ))}
                </ul>
              </div>
              {summary.team.openRoles.length ? (
                <div>
                  <h3 className="mb-1 text-sm font-semibold">{t("openRoles")}</h3>
                  <ul className="text-sm">
                    {summary.team.openRoles.map((r, i) => (
                      <li key={i}>
                        {label.role(r.role)} · {label.priority(r.priority)}
                        {r.targetMonth ? ` · ${t("targetMonth", { month: r.targetMonth })}` : ""}
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
            </div>
          </div>
        ) : (
          empty
        )}
      </>)}

      {section("businessModel", <>
        {summary.businessModel ? (
          <div className="space-y-4">
            <div>
              <h3 className="mb-1 text-sm font-semibold">{t("unitEconomics")}</h3>
              <dl className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-4">
                {[
                  [t("grossMargin"), summary.businessModel.grossMarginPct === null ? t("unknown") : `${formatNumber(summary.businessModel.grossMarginPct, locale)}%`],
                  [t("ltvToCac"), summary.businessModel.ltvToCac === null ? t("unknown") : `${formatNumber(summary.businessModel.ltvToCac, locale)}×`],
                  [t("payback"), summary.businessModel.paybackMonths === null ? t("unknown") : t("months", { n: formatNumber(summary.businessModel.paybackMonths, locale) })],
                  [t("runway"), runwayText(summary.businessModel.runway, tRunway, locale), "summary-runway"],
                  ...(summary.businessModel.runwayWithRaise ? [[t("runwayWithRaise"), runwayText(summary.businessModel.runwayWithRaise, tRunway, locale), "summary-runway-with-raise"]] : []),
                  [t("monthlyRevenue"), money(summary.businessModel.monthlyRevenue)],
                  [t("monthlyCosts"), money(summary.businessModel.monthlyCosts)],
                  [t("cashOnHand"), money(summary.businessModel.cashOnHand)],
                ].map(([k, v, testId]) => (
                  <div key={k} className="rounded border bg-slate-50 p-2">
                    <dt className="text-xs text-slate-500">{k}</dt>
                    <dd className="font-semibold tabular-nums" data-testid={testId ?? `summary-metric-${k}`}>{v}</dd>
                  </div>
                ))}
              </dl>
            </div>
            {summary.businessModel.revenueModels.length ? (
              <p className="text-sm">
                <span className="font-semibold">{t("revenueModels")}: </span>
                {summary.businessModel.revenueModels.map(label.revenueModel).join(", ")}
              </p>
            ) : null}
            <div>
              <h3 className="mb-1 text-sm font-semibold">{t("canvas")}</h3>
              <div className="grid gap-2 sm:grid-cols-3">
                {Object.entries(summary.businessModel.canvas).map(([block, notes]) =>
                  notes && notes.length ? (
                    <div key={block} className="rounded border p-2 text-sm">
                      <p className="text-xs font-semibold text-slate-600">{label.canvasBlock(block)}</p>
                      <ul className="list-disc pl-4">
                        {notes.map((n, i) => (
                          <li key={i}>{n}</li>
                        ))}
                      </ul>
                    </div>
                  ) : null,
                )}
              </div>
            </div>
          </div>
        ) : (
          empty
        )}
      </>)}

      {section("risks", <>
        {risks.length ? (
          <ul className="space-y-2">
            {risks.map((r, i) => (
              <li key={i} className="rounded border p-3 text-sm" data-testid="summary-risk">
                <p className="flex flex-wrap items-center gap-2 font-medium">
                  <Badge tone={r.band === "high" ? "bad" : r.band === "medium" ? "warn" : "good"}>{t(`band.${r.band}`)}</Badge>
                  {r.title}
                  <span className="text-xs font-normal text-slate-500">{label.riskCategory(r.category)}</span>
                </p>
                <p className="text-xs text-slate-500">{t("score", { score: r.score, l: r.likelihood, i: r.impact })}</p>
                {r.mitigation ? (
                  <p className="mt-1">
                    <span className="font-semibold">{t("mitigation")}: </span>
                    {r.mitigation}
                  </p>
                ) : null}
                {r.contingency ? (
                  <p>
                    <span className="font-semibold">{t("contingency")}: </span>
                    {r.contingency}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          empty
        )}
      </>)}

      {section("funding", <>
        {summary.funding ? (
          <div className="space-y-3 text-sm">
            <p>
              <span className="font-semibold">{t("fundingAsk")}: </span>
              {money(summary.funding.needAmount)}
              {summary.funding.timing ? ` · ${t("timing")}: ${summary.funding.timing}` : ""}
            </p>
            {summary.funding.rounds.length ? (
              <div>
                <h3 className="font-semibold">{t("rounds")}</h3>
                <ul>
                  {summary.funding.rounds.map((r, i) => (
                    <li key={i}>
                      {label.fundingStage(r.stage)} · {money(r.amount)} · {label.instrument(r.instrument)}
                      {r.targetDate ? ` · ${date(r.targetDate)}` : ""} · {label.roundStatus(r.status)}
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            {summary.funding.useOfFunds.length ? (
              <div>
                <h3 className="font-semibold">{t("useOfFunds")}</h3>
                <ul>
                  {summary.funding.useOfFunds.map((u, i) => (
                    <li key={i}>
                      {label.useCategory(u.category)}: {money(u.amount)}
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </div>
        ) : (
          empty
        )}
      </>)}

      {section("milestones", <>
        {milestones.length ? (
          <ul className="space-y-1 text-sm">
            {milestones.map((m, i) => (
              <li key={i} className="flex flex-wrap gap-2">
                <span className="font-medium">{m.title}</span>
                {m.due ? <span className="text-slate-500">{t("due", { date: date(m.due) })}</span> : null}
                <Badge>{label.milestoneStatus(m.status)}</Badge>
                {m.overdue ? <Badge tone="bad">{t("overdue")}</Badge> : null}
              </li>
            ))}
          </ul>
        ) : (
          empty
        )}
      </>)}
    </article>
  );
}
