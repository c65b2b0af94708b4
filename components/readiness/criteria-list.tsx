import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { formatNumber } from "@/lib/i18n/format";
import type { StoredCriterion, StoredSection } from "@/lib/readiness/schema";
import { criterionHref } from "./links";

const RATING_TONE = { 0: "bad", 1: "warn", 2: "good" } as const;

type Props = {
  sections: readonly StoredSection[];
  criteria: readonly StoredCriterion[];
  locale: string;
  /** Links to the wizard; omitted in read-only summaries. */
  project?: { id: string };
};

/** Every criterion, grouped by section: points, reason (the evidence), why it matters, where to improve it. */
export async function CriteriaList({ sections, criteria, locale, project }: Props) {
  const t = await getTranslations("readiness");
  const tSections = await getTranslations("sections");
  const reason = (c: StoredCriterion) => (t.has(`reasons.${c.reasonKey}`) ? t(`reasons.${c.reasonKey}`, c.values) : "");
  return (
    <div className="space-y-6">
      {sections.map((s) => (
        <section key={s.id} id={`section-${s.id}`} aria-labelledby={`section-title-${s.id}`} className="scroll-mt-4 space-y-3">
          <h3 id={`section-title-${s.id}`} className="flex flex-wrap items-baseline justify-between gap-2 font-semibold">
            <span>{t(`sections.${s.id}`)}</span>
            <span className="text-sm font-normal tabular-nums text-slate-600">{t("sectionScore", { score: formatNumber(s.score, locale, 1), weight: s.weight })}</span>
          </h3>
          <ul className="space-y-3">
            {criteria
              .filter((c) => c.section === s.id)
              .map((c) => (
                  <li
                    key={c.id}
                    id={`criterion-${c.id}`}
                    data-testid={`criterion-${c.id}`}
                    data-rating={c.rating}
                    className="scroll-mt-4 space-y-2 rounded-lg border bg-white p-4"
                  >
                    <div className="flex flex-wrap items-start justify-between gap-2">
                      <h4 className="min-w-0 font-medium">
                        <span className="font-mono text-xs text-slate-500">{c.id}</span> {t.has(`criteria.${c.id}.title`) ? t(`criteria.${c.id}.title`) : c.id}
                      </h4>
                      <div className="flex flex-wrap items-center gap-2">
                        <Badge tone={RATING_TONE[c.rating]} title={t("ratingOf", { rating: c.rating })}>
                          {c.rating} · {t(`ratingNames.r${c.rating}`)}
                        </Badge>
                        <span className="text-sm tabular-nums text-slate-700">
                          {t("criterionPoints", { points: formatNumber(c.points, locale, 2), max: formatNumber(c.maxPoints, locale, 2) })}
                        </span>
                      </div>
                    </div>
                    <p className="text-sm text-slate-800" data-testid="criterion-reason">
                      <span className="font-medium">{t("evidence")}: </span>
                      {reason(c)}
                    </p>
                    {t.has(`criteria.${c.id}.why`) ? (
                      <p className="text-xs text-slate-600">
                        <span className="font-medium">{t("why")}: </span>
                        {t(`criteria.${c.id}.why`)}
                      </p>
                    ) : null}
                    {project ? (
                      <Link href={criterionHref(project.id, c)} className="inline-block text-sm text-brand-700 underline-offset-4 hover:underline">
                        {t("improve", { section: tSections(c.link.section) })}
                      </Link>
                    ) : null}
                  </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
