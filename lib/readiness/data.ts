// Reads for readiness: the plan's facts from every section (the lib/plan/facts.ts contract) and the
// stored snapshots. A fixed number of queries however large the plan is: one call per section's
// facts loader (each constant itself), one for the snapshot history. Facts and the live score are
// kept across requests by plan revision (lib/plan-cache).
import "server-only";
import { cache } from "react";
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import type { SharedProjectId } from "@/lib/authz/share";
import { getBusinessModelFacts } from "@/lib/business-model/data";
import { getComplianceFacts } from "@/lib/compliance/data";
import { getFundingFacts } from "@/lib/funding/data";
import { getMarketFacts } from "@/lib/market/data";
import { getExecutionFacts } from "@/lib/milestones/data";
import type { PlanFacts } from "@/lib/plan/facts";
import { byRevision } from "@/lib/plan-cache/cache";
import { getPlatformFacts } from "@/lib/platform/data";
import { getRiskFacts } from "@/lib/risks/data";
import { getTeamFacts } from "@/lib/team/data";
import { fingerprintOf } from "./fingerprint";
import { computeReadiness, type ReadinessResult } from "./model";
import { isStage, type BandId, type Stage } from "./rubric";
import { storedCriterionSchema, storedSectionSchema } from "./schema";

/** The plan's facts from every section, read live (callers use the cached `loadPlanFacts`). */
async function readPlanFacts(projectId: AuthorizedProjectId): Promise<{ facts: PlanFacts; stage: Stage }> {
  const [project, team, businessModel, market, platform, funding, execution, compliance, risks] = await Promise.all([
    db.project.findUnique({ where: { id: projectId }, select: { stage: true } }),
    getTeamFacts(projectId),
    getBusinessModelFacts(projectId),
    getMarketFacts(projectId),
    getPlatformFacts(projectId),
    getFundingFacts(projectId),
    getExecutionFacts(projectId),
    getComplianceFacts(projectId),
    getRiskFacts(projectId),
  ]);
  return { facts: { team, businessModel, market, platform, funding, execution, compliance, risks }, stage: isStage(project?.stage) ? project.stage : "IDEA" };
}

/** The plan's facts, computed once per plan revision (lib/plan-cache). */
export const loadPlanFacts = cache((projectId: AuthorizedProjectId) => byRevision("facts", projectId, () => readPlanFacts(projectId)));

/** The score as it is now (not stored): the plan's facts → model, once per plan revision. */
export const computeLiveReadiness = cache((projectId: AuthorizedProjectId): Promise<{ result: ReadinessResult }> =>
  byRevision("readiness", projectId, async () => {
    const { facts, stage } = await loadPlanFacts(projectId);
    return { result: computeReadiness({ facts, stage }) };
  }),
);

/** How many snapshots the trend shows (the latest ones). */
export const TREND_LIMIT = 60;

export type TrendPoint = { id: string; createdAt: Date; total: number; band: string; rubricVersion: number };

/** The latest snapshots, oldest first, and the fingerprint of the newest. One query. */
export const getReadinessHistory = cache(async function getReadinessHistory(projectId: AuthorizedProjectId, limit = TREND_LIMIT): Promise<{ points: TrendPoint[]; latestFingerprint: string | null }> {
  const rows = await db.readinessSnapshot.findMany({
    where: { projectId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, createdAt: true, total: true, band: true, rubricVersion: true, fingerprint: true },
  });
  return {
    points: rows.map(({ fingerprint: _f, ...point }) => point).reverse(),
    latestFingerprint: rows[0]?.fingerprint ?? null,
  };
});

/** Everything the readiness page shows. `stale`: no snapshot records the current result yet. */
export const loadReadinessPage = cache(async function loadReadinessPage(projectId: AuthorizedProjectId) {
  const [live, history] = await Promise.all([computeLiveReadiness(projectId), getReadinessHistory(projectId)]);
  return { ...live, history: history.points, stale: history.latestFingerprint !== fingerprintOf(live.result) };
});

export type StoredReadiness = {
  id: string;
  createdAt: Date;
  rubricVersion: number;
  total: number;
  band: BandId;
  criteria: z.infer<typeof storedCriterionSchema>[];
  sections: z.infer<typeof storedSectionSchema>[];
  triggeredBy: string | null;
};

const BAND_IDS = ["early", "developing", "nearlyReady", "ready"] as const;

/**
 * The latest stored score and breakdown, read-only (for the investor summary, so it also accepts a
 * share link's capability id). Null when the plan was never scored or the row cannot be read.
 */
export const getLatestReadiness = cache(async function getLatestReadiness(projectId: AuthorizedProjectId | SharedProjectId): Promise<StoredReadiness | null> {
  const row = await db.readinessSnapshot.findFirst({
    where: { projectId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, createdAt: true, rubricVersion: true, total: true, band: true, criteria: true, sections: true, triggeredBy: { select: { name: true } } },
  });
  if (!row) return null;
  const criteria = z.array(storedCriterionSchema).safeParse(row.criteria);
  const sections = z.array(storedSectionSchema).safeParse(row.sections);
  const band = z.enum(BAND_IDS).safeParse(row.band);
  if (!criteria.success || !sections.success || !band.success) {
    console.error("[readiness] unreadable snapshot", row.id);
    return null;
  }
  return {
    id: row.id,
    createdAt: row.createdAt,
    rubricVersion: row.rubricVersion,
    total: row.total,
    band: band.data,
    criteria: criteria.data,
    sections: sections.data,
    triggeredBy: row.triggeredBy?.name ?? null,
  };
});
