import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/layout/client-messages";
import { ConsistencyWarnings } from "@/components/readiness/consistency-warnings";
import { Recalculate } from "@/components/readiness/recalculate";
import { NextActions } from "@/components/readiness/next-actions";
import { ScoreGauge } from "@/components/readiness/score-gauge";
import { SectionBars } from "@/components/readiness/section-bars";
import { Card, CardTitle } from "@/components/ui/card";
import { rankImprovements, type ReadinessResult } from "@/lib/readiness/model";

/** The plan at a glance: score and band, progress per section, the next actions worth most, contradictions. */
export async function ReadinessSummary({
  result,
  projectId,
  locale,
  currency,
  record,
}: {
  result: ReadinessResult;
  projectId: string;
  locale: string;
  currency: string;
  /** Records the score when no snapshot has it yet (editors), so the trend and the sidebar follow. */
  record: { stale: boolean; canEdit: boolean };
}) {
  const [t, tReadiness] = await Promise.all([getTranslations("dashboard"), getTranslations("readiness")]);
  const readinessHref = `/projects/${projectId}/readiness`;
  return (
    <>
      <div className="grid gap-6 lg:grid-cols-[16rem_1fr]">
        <Card className="flex flex-col items-center gap-3" data-testid="dashboard-score" data-total={result.total} data-band={result.band}>
          <CardTitle>{t("scoreTitle")}</CardTitle>
          <ScoreGauge total={result.total} band={result.band} locale={locale} />
          {result.penalty > 0 ? <p className="text-center text-xs text-amber-800">{tReadiness("consistency.penaltyTotal", { points: result.penalty })}</p> : null}
          {result.cap ? (
            <p className="text-center text-xs text-amber-800" data-testid="dashboard-cap">
              {tReadiness("cap", { max: result.cap.max, uncapped: result.cap.uncapped, tests: result.cap.tests.map((x) => tReadiness(`directionTests.${x}`)).join(", ") })}
            </p>
          ) : null}
          <Link href={readinessHref} className="text-sm text-brand-700 underline-offset-4 hover:underline">
            {t("openReadiness")}
          </Link>
          <ClientMessages namespaces={["readiness"]}>
            <Recalculate projectId={projectId} stale={record.stale} canEdit={record.canEdit} />
          </ClientMessages>
        </Card>
        <Card data-testid="dashboard-sections">
          <CardTitle className="mb-3">{t("sectionsTitle")}</CardTitle>
          <SectionBars sections={result.sections} locale={locale} hrefBase={readinessHref} />
        </Card>
      </div>
      <div className="grid gap-6 xl:grid-cols-2">
        <Card data-testid="dashboard-next-actions">
          <CardTitle className="mb-3">{t("nextActionsTitle")}</CardTitle>
          <NextActions improvements={rankImprovements(result.criteria, 3, result.stage)} projectId={projectId} locale={locale} />
        </Card>
        <Card data-testid="dashboard-consistency">
          <CardTitle className="mb-2">{t("consistencyTitle")}</CardTitle>
          <ConsistencyWarnings inconsistencies={result.inconsistencies} projectId={projectId} locale={locale} currency={currency} />
        </Card>
      </div>
    </>
  );
}
