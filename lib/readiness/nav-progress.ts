// Readiness progress per plan section for the sidebar: the share of a rubric section's rating
// points reached, shown next to the plan section(s) that improve it. Pure.
import type { SectionSlug } from "@/lib/projects/sections";
import type { RubricSectionId } from "./rubric";

/** Which navigation sections each rubric section is improved in (traction: in the business model). */
export const NAV_SECTIONS_OF: Record<RubricSectionId, SectionSlug[]> = {
  team: ["team"],
  market: ["market"],
  businessModel: ["business-model"],
  platform: ["platform"],
  funding: ["funding"],
  execution: ["milestones"],
  riskCompliance: ["risks", "compliance"],
  traction: [],
};

/** Whole percent of the rating points per navigation section (from one recorded score). */
export function navProgress(sections: readonly { id: RubricSectionId; points: number; maxPoints: number }[]): Partial<Record<SectionSlug, number>> {
  const out: Partial<Record<SectionSlug, number>> = {};
  for (const s of sections) {
    if (s.maxPoints <= 0) continue;
    for (const slug of NAV_SECTIONS_OF[s.id] ?? []) out[slug] = Math.round((s.points / s.maxPoints) * 100);
  }
  return out;
}
