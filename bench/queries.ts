// Queries per page for the small and the large plan, counted in-process at the database adapter
// (the same loaders the pages call). Equal counts mean no query per item.
import { countQueries } from "../tests/support/query-count";
import type { BenchWorld } from "./plans";

export type QueryCounts = Record<string, { small: number; large: number }>;

export async function measureQueries(world: BenchWorld): Promise<QueryCounts> {
  const { buildInvestorSummary } = await import("../lib/investor-summary/data");
  const { loadReadinessPage } = await import("../lib/readiness/data");
  const { getRiskRegister, getRiskSuggestions } = await import("../lib/risks/data");
  const { parseRegisterQuery } = await import("../lib/risks/register-query");
  const { loadTeamPage } = await import("../lib/team/data");
  const today = new Date().toISOString().slice(0, 10);
  const pages: Record<string, (projectId: never) => Promise<unknown>> = {
    "investor summary": (id) => buildInvestorSummary(id),
    "readiness page": (id) => loadReadinessPage(id),
    "risk register page": (id) => Promise.all([getRiskRegister(id, parseRegisterQuery({}), today), getRiskSuggestions(id)]),
    "team page": (id) => loadTeamPage(id),
  };
  const counts: QueryCounts = {};
  for (const [page, loader] of Object.entries(pages)) {
    const small = (await countQueries(() => loader(world.small.projectId as never))).queries;
    const large = (await countQueries(() => loader(world.large.projectId as never))).queries;
    counts[page] = { small, large };
  }
  return counts;
}
