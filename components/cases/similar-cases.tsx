import { getTranslations } from "next-intl/server";
import type { SimilarCase } from "@/lib/cases/data";
import { isEmptyProfile, type PlanProfile } from "@/lib/cases/model";
import { CaseSummary } from "./case-summary";

/** The library cards closest to the plan, each with the reasons it matched. */
export async function SimilarCases({ projectId, similar, profile }: { projectId: string; similar: SimilarCase[]; profile: PlanProfile }) {
  const t = await getTranslations("cases");
  const list = (values: string[]) => (values.length > 0 ? values.join(", ") : t("similar.nothing"));
  return (
    <section aria-labelledby="similar-title" className="space-y-3" data-testid="similar-cases">
      <div>
        <h2 id="similar-title" className="text-lg font-semibold">
          {t("similar.title")}
        </h2>
        <p className="text-sm text-slate-600">{t("similar.intro")}</p>
        {isEmptyProfile(profile) ? null : (
          <p className="mt-1 text-xs text-slate-500" data-testid="similar-basis">
            {t("similar.basedOn", {
              sectors: list(profile.sectors.map((s) => t(`tags.sector.${s}`))),
              stage: profile.stage ? t(`tags.stage.${profile.stage}`) : t("similar.nothing"),
              revenue: list(profile.revenueModels.map((r) => t(`tags.revenue.${r}`))),
              risks: list(profile.openRiskCategories.map((c) => (t.has(`tags.riskCategory.${c}`) ? t(`tags.riskCategory.${c}`) : c))),
            })}
          </p>
        )}
      </div>
      {isEmptyProfile(profile) ? (
        <p className="text-sm text-slate-600">{t("similar.emptyPlan")}</p>
      ) : similar.length === 0 ? (
        <p className="text-sm text-slate-600">{t("similar.none")}</p>
      ) : (
        <ol className="grid gap-3 md:grid-cols-2">
          {similar.map((match) => (
            <li key={match.view.id}>
              <CaseSummary projectId={projectId} view={match.view} reasons={match.reasons} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
