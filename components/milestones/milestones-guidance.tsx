import { getTranslations } from "next-intl/server";
import { GuidancePanel } from "@/components/wizard/guidance-panel";
import type { MilestoneStep } from "@/lib/milestones/model";

/** The current step's guidance, from messages "milestones.guidance.<step>". */
export async function MilestonesGuidance({ step }: { step: MilestoneStep }) {
  const t = await getTranslations("milestones.guidance");
  return (
    <GuidancePanel
      why={t(`${step}.why`)}
      good={t.raw(`${step}.good`) as string[]}
      mistakes={t.raw(`${step}.mistakes`) as string[]}
      sources={t(`${step}.sources`)}
      own={t.has(`${step}.own`) ? Boolean(t.raw(`${step}.own`)) : false}
    />
  );
}
