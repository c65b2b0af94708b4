import { getTranslations } from "next-intl/server";
import { GuidancePanel } from "@/components/wizard/guidance-panel";
import { ROLE_CORE_FROM, ROLE_IDS, STAGE_ORDER, type Stage } from "@/lib/team/catalogue";
import type { StepId } from "@/lib/team/model";

/** The step's guidance from the source documents, plus Launchpad's own hiring order where it helps. */
export async function TeamGuidance({ step, stage }: { step: StepId; stage: Stage }) {
  const t = await getTranslations("team");
  const tStage = await getTranslations("stages");
  const g = (key: string) => t.raw(`guidance.${step}.${key}`) as string | string[];
  const showStageOrder = step === "roles" || step === "hiring";
  return (
    <div className="space-y-4">
      <GuidancePanel why={g("why") as string} good={g("good")} mistakes={g("mistakes")} sources={g("sources") as string} />
      {showStageOrder ? (
        <GuidancePanel
          own
          title={t("guidance.stageOrder.title")}
          why={`${t("guidance.stageOrder.intro")} ${t("guidance.stageOrder.yourStage", { stage: tStage(stage) })}`}
          good={STAGE_ORDER.map((s) => {
            const roles = ROLE_IDS.filter((r) => ROLE_CORE_FROM[r] === s).map((r) => t(`roles.${r}.name`));
            return t("guidance.stageOrder.stage", { stage: tStage(s), roles: roles.length > 0 ? roles.join(t("listSeparator")) : t("guidance.stageOrder.noNewRoles") });
          })}
          mistakes={t.raw("guidance.stageOrder.mistakes") as string[]}
        />
      ) : null}
    </div>
  );
}
