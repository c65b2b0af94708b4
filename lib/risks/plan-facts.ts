import "server-only";
import { cache } from "react";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import type { PlanFacts } from "@/lib/plan/facts";
import { loadPlanFacts } from "@/lib/readiness/data";

// The other sections' facts the suggestion rules read (lib/risks/model.ts suggestRisks): the plan's
// facts, kept across requests by plan revision (lib/plan-cache).
export const loadSuggestionFacts = cache(async function loadSuggestionFacts(projectId: AuthorizedProjectId): Promise<Partial<PlanFacts>> {
  const { team, businessModel, platform, market } = (await loadPlanFacts(projectId)).facts;
  return { team, businessModel, platform, market };
});
