import { getTranslations } from "next-intl/server";
import { GuidancePanel } from "@/components/wizard/guidance-panel";
import type { ComplianceStep } from "@/lib/compliance/model";

/** The current step's guidance, from messages "compliance.guidance.<step>". */
export async function ComplianceGuidance({ step }: { step: ComplianceStep | "obligations" }) {
  const t = await getTranslations("compliance.guidance");
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
