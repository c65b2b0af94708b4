import { getTranslations } from "next-intl/server";
import { GuidancePanel } from "@/components/wizard/guidance-panel";
import type { MarketStep } from "@/lib/market/model";

/** The current step's guidance, from messages "market.guidance.<step>". */
export async function MarketGuidance({ step }: { step: MarketStep }) {
  const t = await getTranslations("market.guidance");
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
