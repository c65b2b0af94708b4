import { getTranslations } from "next-intl/server";
import { formatNumber } from "@/lib/i18n/format";
import type { StoredSection } from "@/lib/readiness/schema";

/** Each section's score against its weight. */
export async function SectionBars({ sections, locale, hrefBase = "" }: { sections: readonly StoredSection[]; locale: string; /** where the section anchors are (default: this page) */ hrefBase?: string }) {
  const t = await getTranslations("readiness");
  return (
    <ul className="space-y-3" data-testid="section-bars">
      {sections.map((s) => {
        const share = s.weight > 0 ? Math.min(1, Math.max(0, s.score / s.weight)) : 0;
        return (
          <li key={s.id} data-testid={`section-${s.id}`} data-score={s.score}>
            <div className="flex items-baseline justify-between gap-2 text-sm">
              <a href={`${hrefBase}#section-${s.id}`} className="font-medium text-slate-800 hover:underline">
                {t(`sections.${s.id}`)}
              </a>
              <span className="shrink-0 tabular-nums text-slate-700">{t("sectionScore", { score: formatNumber(s.score, locale, 1), weight: s.weight })}</span>
            </div>
            <div className="mt-1 h-2 overflow-hidden rounded-full bg-slate-200" aria-hidden>
              <div className="h-full rounded-full bg-brand-500" style={{ width: `${share * 100}%` }} />
            </div>
            <p className="mt-0.5 text-xs text-slate-500">{t("sectionPoints", { points: s.points, max: s.maxPoints })}</p>
          </li>
        );
      })}
    </ul>
  );
}
