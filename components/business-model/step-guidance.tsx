import { getTranslations } from "next-intl/server";
import { GuidancePanel } from "@/components/wizard/guidance-panel";
import type { WizardStepId } from "@/lib/business-model/progress";

/** The guidance beside each step; `own` marks advice that is Launchpad's, not the documents'. */
export async function StepGuidance({ step }: { step: WizardStepId }) {
  const t = await getTranslations("businessModel.guidance");
  return (
    <div className="print:hidden">
      <GuidancePanel
        why={t(`${step}.why`)}
        good={t.raw(`${step}.good`) as string[]}
        mistakes={t.raw(`${step}.mistakes`) as string[]}
        sources={t(`${step}.sources`)}
        own={t.has(`${step}.own`) ? Boolean(t.raw(`${step}.own`)) : false}
      />
    </div>
  );
}
