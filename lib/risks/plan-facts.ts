import "server-only";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import type { PlanFacts } from "@/lib/plan/facts";
import { getTeamFacts } from "@/lib/team/data";

// The other sections' facts the suggestion rules read (lib/risks/model.ts suggestRisks). Each
// section exposes them through its own data.ts; a section not wired here is simply left out, and
// the rules that need it stay silent.
export async function loadSuggestionFacts(projectId: AuthorizedProjectId): Promise<Partial<PlanFacts>> {
  const [team] = await Promise.all([getTeamFacts(projectId)]);
  return { team };
}
