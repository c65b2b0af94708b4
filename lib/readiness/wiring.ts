// Which sections' facts loaders are connected to scoring (lib/readiness/data.ts loadPlanFacts).
// The criteria of a section not connected are self-assessed; the UI and the rubric page say so.
// Every section is connected today, so every criterion is derived from the plan; the fallback
// stays for a section that is added to the rubric before its facts exist (set it false here and
// give loadPlanFacts its EMPTY_<X>_FACTS). Pure, so the rubric page, the actions and the tests
// share one answer.
import type { FactSource } from "./rubric";

export const WIRED_FACTS: Record<FactSource, boolean> = {
  team: true,
  businessModel: true,
  market: true,
  platform: true,
  funding: true,
  execution: true,
  compliance: true,
  risks: true,
};
