import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { loadProjectAccess } from "@/lib/authz/gate";
import { formatNumber } from "@/lib/i18n/format";
import { pointValue } from "@/lib/readiness/model";
import { BANDS, criteriaOf, RUBRIC_SECTIONS, RUBRIC_VERSION, sectionMaxPoints, SOURCE_DOCS } from "@/lib/readiness/rubric";

// The whole rubric in the reader's language: weights, criteria, how each is rated from the plan,
// bands and source documents. The same for every project; the project only scopes access.
export default async function ReadinessRubricPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const access = await loadProjectAccess(projectId);
  const [t, locale] = await Promise.all([getTranslations("readiness"), getLocale()]);
  const bandMax = (i: number) => (i === 0 ? 100 : BANDS[i - 1].min - 0.1);

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <Link href={`/projects/${access.projectId}/readiness`} className="text-sm text-brand-700 underline-offset-4 hover:underline">
          ← {t("backToReadiness")}
        </Link>
        <h1 className="text-2xl font-semibold">{t("rubric.title")}</h1>
        <p className="max-w-3xl text-sm text-slate-600">{t("rubric.intro")}</p>
        <p className="text-xs text-slate-500">{t("rubricVersion", { version: RUBRIC_VERSION })}</p>
      </header>

      <Card className="space-y-3 text-sm text-slate-700">
        <h2 className="text-base font-semibold text-slate-900">{t("rubric.scoringTitle")}</h2>
        <p>{t("rubric.scoring")}</p>
        <p>{t("rubric.weightsNote")}</p>
        <p>{t("rubric.derivationNote")}</p>
        <h3 className="pt-2 font-semibold text-slate-900">{t("rubric.stageTitle")}</h3>
        <p data-testid="rubric-stages">{t("rubric.stageText")}</p>
        <h3 className="pt-2 font-semibold text-slate-900">{t("rubric.bandsTitle")}</h3>
        <ul className="grid gap-2 sm:grid-cols-2 xl:grid-cols-4" data-testid="rubric-bands">
          {[...BANDS].map((b, i) => (
            <li key={b.id} className="rounded-md border px-3 py-2">
              <span className="font-medium">{t(`bands.${b.id}`)}</span>{" "}
              <span className="tabular-nums text-slate-500">{t("bandRange", { min: b.min, max: formatNumber(bandMax(i), locale, 1) })}</span>
              <span className="block text-xs text-slate-600">{t(`bandHints.${b.id}`)}</span>
            </li>
          ))}
        </ul>
      </Card>

      {RUBRIC_SECTIONS.map((s) => {
        const criteria = criteriaOf(s.id);
        return (
          <section key={s.id} aria-labelledby={`rubric-${s.id}`} className="space-y-3" data-testid={`rubric-section-${s.id}`}>
            <div>
              <h2 id={`rubric-${s.id}`} className="text-lg font-semibold">
                {s.letter}. {t(`sections.${s.id}`)} <span className="text-slate-500">· {s.weight}</span>
              </h2>
              <p className="text-xs text-slate-600">
                {t("rubric.sectionMeta", { count: criteria.length, weight: s.weight, max: sectionMaxPoints(s.id), value: formatNumber(pointValue(s.id), locale, 2) })}
              </p>
            </div>
            <ul className="space-y-3">
              {criteria.map((c) => (
                <li key={c.id} className="space-y-1 rounded-lg border bg-white p-4 text-sm" data-testid={`rubric-criterion-${c.id}`}>
                  <h3 className="font-medium text-slate-900">
                    <span className="font-mono text-xs text-slate-500">{c.id}</span> {t(`criteria.${c.id}.title`)}
                  </h3>
                  <p className="text-slate-700">{t(`criteria.${c.id}.why`)}</p>
                  <p>
                    <span className="font-medium">{t("rubric.ruleLabel")}: </span>
                    {t(`criteria.${c.id}.rule`)}
                  </p>
                  <p className="text-xs text-slate-600">
                    {t("rubric.ratedFrom", { section: t(`factSources.${c.facts}`) })}
                  </p>
                  <p className="text-xs text-slate-500">
                    {t("rubric.sourcesLabel")}: {c.docs.join(", ")}
                  </p>
                </li>
              ))}
            </ul>
          </section>
        );
      })}

      <Card className="space-y-2 text-sm">
        <h2 className="text-base font-semibold">{t("rubric.docsTitle")}</h2>
        <p className="text-slate-600">{t("rubric.docsNote")}</p>
        <ul className="list-disc space-y-1 pl-5">
          {SOURCE_DOCS.map((d) => (
            <li key={d}>{t(`docs.${d}`)}</li>
          ))}
        </ul>
        <p className="text-xs text-slate-500">{t("rubric.optionalCheck")}</p>
      </Card>
    </div>
  );
}
