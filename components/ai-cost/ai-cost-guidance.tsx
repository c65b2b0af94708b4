import { getTranslations } from "next-intl/server";
import { GuidancePanel } from "@/components/wizard/guidance-panel";
import type { AiStep } from "@/lib/ai-pricing/plan";

/** The current AI step's guidance, from messages "aiCost.guidance.<step>". */
export async function AiCostGuidance({ step }: { step: AiStep }) {
  const t = await getTranslations("aiCost.guidance");
  return (
    <GuidancePanel
      why={t(`${step}.why`)}
      good={t.raw(`${step}.good`) as string[]}
      mistakes={t.raw(`${step}.mistakes`) as string[]}
      sources={t(`${step}.sources`)}
      own
    />
  );
}
