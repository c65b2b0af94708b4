import "server-only";
import { cache } from "react";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import { getBusinessModelFacts } from "@/lib/business-model/data";
import { getMarketFacts } from "@/lib/market/data";
import type { PlanFacts } from "@/lib/plan/facts";
import { getPlatformFacts } from "@/lib/platform/data";
import { getTeamFacts } from "@/lib/team/data";

// The other sections' facts the suggestion rules read (lib/risks/model.ts suggestRisks), each
// through that section's own data.ts. Each loader sends a fixed number of queries.
export const loadSuggestionFacts = cache(async function loadSuggestionFacts(projectId: AuthorizedProjectId): Promise<Partial<PlanFacts>> {
  const [team, businessModel, platform, market] = await Promise.all([
    getTeamFacts(projectId),
    getBusinessModelFacts(projectId),
    getPlatformFacts(projectId),
    getMarketFacts(projectId),
  ]);
  return { team, businessModel, platform, market };
});
