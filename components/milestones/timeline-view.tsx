import { getLocale, getTranslations } from "next-intl/server";
import { formatCalendarDate } from "@/lib/i18n/format";
import type { MilestoneRecord } from "@/lib/milestones/data";
import { timeline, type MilestoneStatus } from "@/lib/milestones/model";

const BAR_COLOURS: Record<MilestoneStatus, string> = {
  planned: "bg-slate-400",
  inProgress: "bg-brand-500",
  done: "bg-emerald-600",
  blocked: "bg-amber-500",
};

/** A Gantt-like view: one row per dated milestone, bars placed on a day scale, today marked. */
export async function TimelineView({ milestones, today }: { milestones: MilestoneRecord[]; today: string }) {
  const t = await getTranslations("milestones");
  const locale = await getLocale();
  const view = timeline(milestones, today);
  if (!view) return <p className="text-sm text-slate-600">{t("timeline.empty")}</p>;
  const date = (iso: string) => formatCalendarDate(iso, locale);
  const byId = new Map(milestones.map((m) => [m.id, m]));
  const pct = (n: number) => `${(n / view.days) * 100}%`;
  const overdue = view.bars.filter((b) => b.overdue).length;
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-600">
        {t("timeline.range", { start: date(view.start), end: date(view.end) })} · <span data-testid="overdue-count">{t("timeline.overdueCount", { count: overdue })}</span>
      </p>
      <ol className="space-y-2 rounded-lg border bg-white p-3" aria-label={t("timeline.label")} data-testid="timeline">
        {view.bars.map((bar) => {
          const m = byId.get(bar.id)!;
          return (
            <li key={bar.id} className="grid gap-1 sm:grid-cols-[12rem_1fr] sm:items-center" data-testid="timeline-row" data-overdue={bar.overdue}>
              <span className={bar.overdue ? "truncate text-sm font-medium text-red-700" : "truncate text-sm"}>
                {m.title}
                {bar.overdue ? ` · ${t("milestone.overdue")}` : null}
              </span>
              <div className="relative h-6 rounded bg-slate-100">
                {view.todayColumn !== null ? (
                  <span aria-hidden className="absolute inset-y-0 w-px bg-red-500" style={{ left: pct(view.todayColumn - 0.5) }} />
                ) : null}
                <span
                  className={`absolute inset-y-1 rounded ${bar.overdue ? "bg-red-600" : BAR_COLOURS[m.status]}`}
                  style={{ left: pct(bar.column - 1), width: pct(bar.span), minWidth: "0.5rem" }}
                  title={t("timeline.dates", { start: date(bar.startDate), end: date(bar.dueDate) })}
                />
                <span className="sr-only">
                  {t("timeline.dates", { start: date(bar.startDate), end: date(bar.dueDate) })}, {t(`milestone.statuses.${m.status}`)}
                </span>
              </div>
            </li>
          );
        })}
      </ol>
      {view.todayColumn !== null ? (
        <p className="flex items-center gap-2 text-xs text-slate-500">
          <span aria-hidden className="inline-block h-3 w-px bg-red-500" /> {t("timeline.today")}: {date(today)}
        </p>
      ) : null}
      <ul className="flex flex-wrap gap-3 text-xs text-slate-600" aria-hidden>
        {(Object.keys(BAR_COLOURS) as MilestoneStatus[]).map((s) => (
          <li key={s} className="flex items-center gap-1">
            <span className={`inline-block h-3 w-3 rounded ${BAR_COLOURS[s]}`} /> {t(`milestone.statuses.${s}`)}
          </li>
        ))}
        <li className="flex items-center gap-1">
          <span className="inline-block h-3 w-3 rounded bg-red-600" /> {t("milestone.overdue")}
        </li>
      </ul>
      {view.unscheduled.length > 0 ? (
        <div className="text-sm">
          <h3 className="font-medium">{t("timeline.unscheduled")}</h3>
          <ul className="list-disc pl-5 text-slate-700">
            {view.unscheduled.map((id) => (
              <li key={id}>{byId.get(id)?.title}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
