import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/layout/client-messages";
import { ConsistencyWarnings } from "@/components/readiness/consistency-warnings";
import { CriteriaList } from "@/components/readiness/criteria-list";
import { NextActions } from "@/components/readiness/next-actions";
import { Recalculate } from "@/components/readiness/recalculate";
import { ScoreGauge } from "@/components/readiness/score-gauge";
import { SectionBars } from "@/components/readiness/section-bars";
import { TrendChart } from "@/components/readiness/trend-chart";
import { Card, CardTitle } from "@/components/ui/card";
import { loadProjectAccess } from "@/lib/authz/gate";
import { can } from "@/lib/authz/permissions";
import { getProject } from "@/lib/projects/data";
import { loadReadinessPage } from "@/lib/readiness/data";
import { rankImprovements } from "@/lib/readiness/model";
import { sectionWeight } from "@/lib/readiness/rubric";

// The score is computed from the plan as it is on every visit; when no snapshot records that
// result yet, <Recalculate> records one (editors only), so the trend gains a point per change.
export default async function ReadinessPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const access = await loadProjectAccess(projectId);
  const [page, project, t, tStages, format, locale] = await Promise.all([
    loadReadinessPage(access.projectId),
    getProject(access.projectId),
    getTranslations("readiness"),
    getTranslations("stages"),
    getFormatter(),
    getLocale(),
  ]);
  const { result } = page;
  const canEdit = can(access.role, "plan.edit") && project.archivedAt === null;
  const trend = page.history.map((p) => ({ id: p.id, label: format.dateTime(p.createdAt, { dateStyle: "short", timeStyle: "short" }), total: p.total, band: p.band }));

  return (
    <ClientMessages namespaces={["readiness"]}>
      <div className="space-y-6">
        <header className="space-y-2">
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="max-w-3xl text-sm text-slate-600">{t("intro")}</p>
          <p className="max-w-3xl text-sm text-slate-600" data-testid="readiness-stage">
            <span className="font-medium text-slate-900">{t("stageLabel", { stage: tStages(result.stage) })}</span> {t("stageNote", { weight: sectionWeight("traction", result.stage) })}
          </p>
          <Link href={`/projects/${project.id}/readiness/rubric`} className="text-sm text-brand-700 underline-offset-4 hover:underline">
            {t("rubricLink")}
          </Link>
        </header>

        <div className="grid gap-6 lg:grid-cols-[16rem_1fr]">
          <Card className="flex flex-col items-center gap-3">
            <CardTitle>{t("totalLabel")}</CardTitle>
            <ScoreGauge total={result.total} band={result.band} locale={locale} />
            {result.penalty > 0 ? <p className="text-center text-xs text-amber-800">{t("consistency.penaltyTotal", { points: result.penalty })}</p> : null}
            {result.cap ? (
              <p className="text-center text-xs text-amber-800" data-testid="readiness-cap">
                {t("cap", { max: result.cap.max, uncapped: result.cap.uncapped, tests: result.cap.tests.map((x) => t(`directionTests.${x}`)).join(", ") })}
              </p>
            ) : null}
            <p className="text-center text-xs text-slate-500">
              {t("liveNote")} {t("rubricVersion", { version: result.rubricVersion })}
            </p>
            <Recalculate projectId={project.id} stale={page.stale} canEdit={canEdit} />
          </Card>
          <Card>
            <CardTitle className="mb-3">{t("sectionsTitle")}</CardTitle>
            <SectionBars sections={result.sections} locale={locale} />
          </Card>
        </div>

        <Card>
          <CardTitle className="mb-2">{t("consistency.title")}</CardTitle>
          <ConsistencyWarnings inconsistencies={result.inconsistencies} projectId={project.id} locale={locale} currency={project.currency} />
        </Card>

        <div className="grid gap-6 xl:grid-cols-2">
          <Card>
            <CardTitle>{t("nextActionsTitle")}</CardTitle>
            <p className="mb-3 text-xs text-slate-600">{t("nextActionsIntro")}</p>
            <NextActions improvements={rankImprovements(result.criteria, 5, result.stage)} projectId={project.id} locale={locale} />
          </Card>
          <Card>
            <CardTitle className="mb-3">{t("trendTitle")}</CardTitle>
            <TrendChart points={trend} />
          </Card>
        </div>

        <section aria-labelledby="criteria-title" className="space-y-3">
          <h2 id="criteria-title" className="text-lg font-semibold">
            {t("criteriaTitle")}
          </h2>
          <CriteriaList
            sections={result.sections}
            criteria={result.criteria}
            locale={locale}
            project={{ id: project.id }}
          />
        </section>
      </div>
    </ClientMessages>
  );
}
