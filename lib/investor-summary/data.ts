import "server-only";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import type { SharedProjectId } from "@/lib/authz/share";
import { db } from "@/lib/db/client";
import { SUMMARY_VERSION, type InvestorSummary } from "./model";

/**
 * The investor summary of a project as it is now. Accepts a member's authorized id or a share
 * link's capability id — the only loader that does. A constant number of queries.
 */
export async function buildInvestorSummary(projectId: AuthorizedProjectId | SharedProjectId): Promise<InvestorSummary> {
  const project = await db.project.findUniqueOrThrow({
    where: { id: projectId },
    select: { name: true, oneLiner: true, sector: true, stage: true, currency: true },
  });
  return {
    version: SUMMARY_VERSION,
    generatedAt: new Date().toISOString(),
    project,
    team: null,
    businessModel: null,
    risks: [],
    readiness: null,
    funding: null,
    milestones: [],
  };
}
