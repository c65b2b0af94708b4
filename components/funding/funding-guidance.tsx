import { getTranslations } from "next-intl/server";
import { GuidancePanel } from "@/components/wizard/guidance-panel";
import type { FundingStep } from "@/lib/funding/model";

/** The current step's guidance, from messages "funding.guidance.<step>". */
export async function FundingGuidance({ step }: { step: FundingStep }) {
  const t = await getTranslations("funding.guidance");
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
