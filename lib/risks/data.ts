import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RiskFacts } from "@/lib/plan/facts";
import { planToday } from "@/lib/projects/data";
import { BAND_RANGES, heatMapCounts, openSuggestions, suggestRisks, type RegisterFacts, type RiskCategory, type RiskResponse, type RiskStatus } from "./model";
import { NO_OWNER, PAGE_SIZE, pageCount, statusesOf, type RegisterQuery, type RegisterSort } from "./register-query";
import { fromDbDate } from "./mutations";
import { loadSuggestionFacts } from "./plan-facts";

// Every loader here sends a fixed number of queries, however many risks a plan has: the list is
// paged in the database, the heat map and the counts are aggregates.

const HIGH_MIN = BAND_RANGES.high.min;

type FactsRow = {
  total: number;
  open: number;
  highOpen: number;
  highPlanned: number;
  withReviewDate: number;
  overdue: number;
  reviewed: number;
  bandsUsed: number;
  categories: string[];
};

/** The register's counts in one aggregate query. "Open" counts every risk that is not closed. */
export const getRegisterFacts = cache(async function getRegisterFacts(projectId: AuthorizedProjectId, today: string): Promise<RegisterFacts> {
  const [row] = await db.$queryRaw<FactsRow[]>`
    SELECT count(*)::int AS "total",
           count(*) FILTER (WHERE "status" <> 'closed')::int AS "open",
           count(*) FILTER (WHERE "status" <> 'closed' AND "score" >= ${HIGH_MIN})::int AS "highOpen",
           count(*) FILTER (WHERE "status" <> 'closed' AND "score" >= ${HIGH_MIN} AND "mitigation" <> '' AND "contingency" <> '')::int AS "highPlanned",
           count(*) FILTER (WHERE "status" <> 'closed' AND "nextReview" IS NOT NULL)::int AS "withReviewDate",
           count(*) FILTER (WHERE "status" <> 'closed' AND "nextReview" < ${today}::date)::int AS "overdue",
           count(*) FILTER (WHERE "lastReviewed" IS NOT NULL)::int AS "reviewed",
           count(DISTINCT CASE WHEN "score" >= ${HIGH_MIN} THEN 'high' WHEN "score" >= ${BAND_RANGES.medium.min} THEN 'medium' ELSE 'low' END) FILTER (WHERE "status" <> 'closed')::int AS "bandsUsed",
           coalesce(array_agg(DISTINCT "category") FILTER (WHERE "category" IS NOT NULL), '{}') AS "categories"
    FROM "Risk" WHERE "projectId" = ${projectId}`;
  return {
    total: row.total,
    open: row.open,
    categoriesCovered: [...row.categories].sort(),
    // Likelihood and impact are required on every risk, so every risk is rated.
    rated: row.total,
    highOpen: row.highOpen,
    highWithResponseAndContingency: row.highPlanned,
    withReviewDate: row.withReviewDate,
    overdueReviews: row.overdue,
    reviewed: row.reviewed,
    bandsUsed: row.bandsUsed,
  };
});

/** The plan's team members who can own a risk (the apply-a-lesson form asks for one). One query. */
export function listRiskOwners(projectId: AuthorizedProjectId): Promise<RiskOwner[]> {
  return db.teamMember.findMany({ where: { projectId }, select: { id: true, name: true }, orderBy: [{ name: "asc" }, { id: "asc" }] });
}

/** The contract for readiness and sharing (lib/plan/facts.ts RiskFacts). One query. */
export const getRiskFacts = cache(async function getRiskFacts(projectId: AuthorizedProjectId): Promise<RiskFacts> {
  return getRegisterFacts(projectId, await planToday(projectId));
});

function whereOf(projectId: AuthorizedProjectId, query: RegisterQuery, today: string, memberIds: string[], { withCellAndBand = true } = {}): Prisma.RiskWhereInput {
  const and: Prisma.RiskWhereInput[] = [{ projectId }, { status: { in: statusesOf(query.status) } }];
  if (query.category) and.push({ category: query.category });
  if (query.owner === NO_OWNER) and.push({ OR: [{ ownerMemberId: null }, { ownerMemberId: { notIn: memberIds } }] });
  else if (query.owner) and.push({ ownerMemberId: query.owner });
  if (query.overdue) and.push({ status: { not: "closed" }, nextReview: { lt: new Date(`${today}T00:00:00.000Z`) } });
  if (withCellAndBand && query.band) and.push({ score: { gte: BAND_RANGES[query.band].min, lte: BAND_RANGES[query.band].max } });
  if (withCellAndBand && query.cell) and.push({ likelihood: query.cell.likelihood, impact: query.cell.impact });
  return { AND: and };
}

const ORDER: Record<RegisterSort, Prisma.RiskOrderByWithRelationInput[]> = {
  score: [{ score: "desc" }, { nextReview: { sort: "asc", nulls: "last" } }, { id: "asc" }],
  review: [{ nextReview: { sort: "asc", nulls: "last" } }, { score: "desc" }, { id: "asc" }],
  recent: [{ updatedAt: "desc" }, { id: "asc" }],
  title: [{ title: "asc" }, { id: "asc" }],
};

const rowSelect = {
  id: true,
  title: true,
  description: true,
  category: true,
  likelihood: true,
  impact: true,
  score: true,
  response: true,
  mitigation: true,
  contingency: true,
  ownerMemberId: true,
  status: true,
  nextReview: true,
  lastReviewed: true,
  templateId: true,
  sourceCaseId: true,
  version: true,
} as const;

export type RiskRow = {
  id: string;
  title: string;
  description: string;
  category: RiskCategory;
  likelihood: number;
  impact: number;
  score: number;
  response: RiskResponse;
  mitigation: string;
  contingency: string;
  ownerMemberId: string | null;
  status: RiskStatus;
  nextReview: string | null;
  lastReviewed: string | null;
  templateId: string | null;
  sourceCaseId: string | null;
  version: number;
};

export type RiskOwner = { id: string; name: string };

/**
 * One page of the register plus the heat map (same filters except the cell and band it selects),
 * the plan's team members (the possible owners) and the counts behind the five-step guidance.
 */
export async function getRiskRegister(projectId: AuthorizedProjectId, query: RegisterQuery, today: string) {
  const members: RiskOwner[] = await db.teamMember.findMany({ where: { projectId }, select: { id: true, name: true }, orderBy: [{ name: "asc" }, { id: "asc" }] });
  const memberIds = members.map((m) => m.id);
  const where = whereOf(projectId, query, today, memberIds);
  const [total, heat, facts] = await Promise.all([
    db.risk.count({ where }),
    db.risk.groupBy({ by: ["likelihood", "impact"], where: whereOf(projectId, query, today, memberIds, { withCellAndBand: false }), _count: { _all: true } }),
    getRegisterFacts(projectId, today),
  ]);
  const pages = pageCount(total);
  const page = Math.min(query.page, pages);
  const rows = await db.risk.findMany({ where, select: rowSelect, orderBy: ORDER[query.sort], skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE });
  const ownerIds = new Set(memberIds);
  return {
    rows: rows.map(
      (r): RiskRow => ({
        ...r,
        category: r.category as RiskCategory,
        response: r.response as RiskResponse,
        status: r.status as RiskStatus,
        // An owner who left the team reads as "no owner".
        ownerMemberId: r.ownerMemberId && ownerIds.has(r.ownerMemberId) ? r.ownerMemberId : null,
        nextReview: fromDbDate(r.nextReview),
        lastReviewed: r.lastReviewed ? r.lastReviewed.toISOString() : null,
      }),
    ),
    total,
    page,
    pageCount: pages,
    heatMap: heatMapCounts(heat.map((c) => ({ likelihood: c.likelihood, impact: c.impact, count: c._count._all }))),
    members,
    facts,
  };
}

export type RiskRegister = Awaited<ReturnType<typeof getRiskRegister>>;

/** Suggestions from the rest of the plan, without those dismissed or already added from their template. */
export async function getRiskSuggestions(projectId: AuthorizedProjectId) {
  const [facts, dismissals, risks] = await Promise.all([
    loadSuggestionFacts(projectId),
    db.riskSuggestionDismissal.findMany({ where: { projectId }, select: { suggestionId: true } }),
    // Titles too: a template the founder already wrote in their own words is flagged as a likely duplicate.
    db.risk.findMany({ where: { projectId }, select: { id: true, title: true, category: true, templateId: true }, orderBy: { createdAt: "asc" } }),
  ]);
  const all = suggestRisks(facts);
  const dismissedIds = new Set(dismissals.map((d) => d.suggestionId));
  const inUse = new Set(risks.flatMap((r) => (r.templateId ? [r.templateId] : [])));
  return {
    open: openSuggestions(all, dismissedIds, inUse),
    dismissed: all.filter((s) => dismissedIds.has(s.id) && !inUse.has(s.template)),
    templatesInUse: [...inUse],
    ownRisks: risks.filter((r) => !r.templateId).map(({ id, title, category }) => ({ id, title, category })),
  };
}
