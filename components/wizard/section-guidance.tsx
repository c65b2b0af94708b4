import { getTranslations } from "next-intl/server";
import { GuidancePanel } from "./guidance-panel";

/** Sections whose steps' guidance lives in messages at "<namespace>.guidance.<step>". */
export type GuidanceNamespace = "aiCost" | "businessModel" | "compliance" | "funding" | "market" | "milestones" | "platform";

/**
 * The current step's guidance panel, read from messages "<namespace>.guidance.<step>" (why, good, mistakes,
 * sources, and `own` when the advice is Launchpad's rather than the source documents'). `own` here marks a
 * whole section's advice as Launchpad's (the AI cost steps).
 */
export async function SectionGuidance({ namespace, step, own = false, className }: { namespace: GuidanceNamespace; step: string; own?: boolean; className?: string }) {
  const t = await getTranslations(`${namespace}.guidance`);
  const key = (field: string) => `${step}.${field}` as never;
  const panel = (
    <GuidancePanel
      why={t(key("why"))}
      good={t.raw(key("good")) as string[]}
      mistakes={t.raw(key("mistakes")) as string[]}
      sources={t(key("sources"))}
      own={own || (t.has(key("own")) ? Boolean(t.raw(key("own"))) : false)}
    />
  );
  return className ? <div className={className}>{panel}</div> : panel;
}
