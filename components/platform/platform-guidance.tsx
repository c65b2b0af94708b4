import { getTranslations } from "next-intl/server";
import { GuidancePanel } from "@/components/wizard/guidance-panel";
import type { PlatformStep } from "@/lib/platform/model";

/** The current step's guidance, from messages "platform.guidance.<step>". */
export async function PlatformGuidance({ step }: { step: PlatformStep }) {
  const t = await getTranslations("platform.guidance");
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
