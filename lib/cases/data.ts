import "server-only";
import { db } from "@/lib/db/client";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/config";
import { getProject } from "@/lib/projects/data";
import { loadPlanFacts } from "@/lib/readiness/data";
import { LIBRARY, findLibraryCard } from "./library";
import {
  libraryCardView,
  matchesCaseFilter,
  ownCaseView,
  rankSimilar,
  sectorTagsFromText,
  type CaseFilter,
  type CaseView,
  type MatchReason,
  type PlanProfile,
} from "./model";

// Every loader here sends a fixed number of queries, however many own cases a project has.

export const ownCaseSelect = {
  id: true,
  kind: true,
  title: true,
  context: true,
  approach: true,
  businessModel: true,
  whatHappened: true,
  risks: true,
  lessons: true,
  sectors: true,
  aiPatterns: true,
  revenueModels: true,
  stages: true,
  outcome: true,
  failureCauses: true,
  riskCategories: true,
  source: true,
  sourceQuality: true,
  version: true,
} as const;

export type OwnCaseRow = Prisma.OwnCaseGetPayload<{ select: typeof ownCaseSelect }>;

const TEXT_FIELDS = ["title", "context", "approach", "businessModel", "whatHappened", "risks", "lessons", "source"] as const;

/** Prisma's `contains` becomes LIKE without escaping: a typed "%" or "_" must match itself. */
function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, "\\$&");
}

/** The project's own cases matching the filter, newest first: one scoped query. */
export function searchOwnCases(projectId: AuthorizedProjectId, filter: CaseFilter): Promise<OwnCaseRow[]> {
  const and: Prisma.OwnCaseWhereInput[] = [{ projectId }];
  if (filter.sector) and.push({ sectors: { has: filter.sector } });
  if (filter.pattern) and.push({ aiPatterns: { has: filter.pattern } });
  if (filter.revenue) and.push({ revenueModels: { has: filter.revenue } });
  if (filter.stage) and.push({ stages: { has: filter.stage } });
  if (filter.outcome) and.push({ outcome: filter.outcome });
  if (filter.cause) and.push({ failureCauses: { has: filter.cause } });
  if (filter.q) and.push({ OR: TEXT_FIELDS.map((field) => ({ [field]: { contains: likeLiteral(filter.q), mode: "insensitive" } })) });
  return db.ownCase.findMany({ where: { AND: and }, select: ownCaseSelect, orderBy: [{ updatedAt: "desc" }, { id: "asc" }] });
}

export function getOwnCase(projectId: AuthorizedProjectId, caseId: string): Promise<OwnCaseRow | null> {
  return db.ownCase.findFirst({ where: { id: caseId, projectId }, select: ownCaseSelect });
}

/** A library card or one of this project's own cases; null when neither exists. */
export async function findCase(projectId: AuthorizedProjectId, caseId: string, locale: Locale): Promise<{ view: CaseView; own: OwnCaseRow | null } | null> {
  const card = findLibraryCard(caseId);
  if (card) return { view: libraryCardView(card, locale), own: null };
  const own = await getOwnCase(projectId, caseId);
  return own ? { view: ownCaseView(own), own } : null;
}

export async function caseExists(projectId: AuthorizedProjectId, caseId: string): Promise<boolean> {
  if (findLibraryCard(caseId)) return true;
  return (await db.ownCase.count({ where: { id: caseId, projectId } })) === 1;
}

export type AppliedLessonRow = { id: string; target: "risk" | "canvasNote"; targetId: string; text: string; createdAt: Date };

export async function listAppliedLessons(projectId: AuthorizedProjectId, caseId: string): Promise<AppliedLessonRow[]> {
  const rows = await db.caseAppliedLesson.findMany({
    where: { projectId, caseId },
    select: { id: true, target: true, targetId: true, text: true, createdAt: true },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
  });
  return rows.map((row) => ({ ...row, target: row.target === "canvasNote" ? "canvasNote" : "risk" }));
}

/** What "similar to your plan" compares: the project's sector and stage, revenue models and open risks. */
export async function getPlanProfile(projectId: AuthorizedProjectId): Promise<PlanProfile> {
  return (await loadPlan(projectId)).profile;
}

async function loadPlan(projectId: AuthorizedProjectId) {
  // The plan's facts from the plan cache (one statement while the plan is unchanged).
  const [project, { facts }] = await Promise.all([getProject(projectId), loadPlanFacts(projectId)]);
  const { businessModel, risks } = facts;
  const profile: PlanProfile = {
    sectors: sectorTagsFromText(project.sector),
    stage: project.stage,
    revenueModels: businessModel.revenueModels,
    // The register reports categories over all its risks; with nothing open there is nothing to match.
    openRiskCategories: risks.open > 0 ? risks.categoriesCovered : [],
  };
  return { profile, archived: project.archivedAt !== null };
}

export type SimilarCase = { view: CaseView; score: number; reasons: MatchReason[] };

export type CaseSearchPage = {
  own: CaseView[];
  library: CaseView[];
  similar: SimilarCase[];
  profile: PlanProfile;
  /** An archived project is read-only. */
  archived: boolean;
};

/** The list page: library and own cases matching the filter, and the library ranked against the plan. */
export async function loadCaseSearch(projectId: AuthorizedProjectId, filter: CaseFilter, locale: Locale, similarCount = 5): Promise<CaseSearchPage> {
  const [ownRows, { profile, archived }] = await Promise.all([searchOwnCases(projectId, filter), loadPlan(projectId)]);
  const libraryViews = LIBRARY.map((card) => libraryCardView(card, locale));
  const byId = new Map(libraryViews.map((view) => [view.id, view]));
  const similar = rankSimilar(LIBRARY, profile)
    .filter((match) => match.score > 0)
    .slice(0, similarCount)
    .map((match) => ({ view: byId.get(match.id)!, score: match.score, reasons: match.reasons }));
  return {
    own: ownRows.map(ownCaseView),
    library: libraryViews.filter((view) => matchesCaseFilter(view, filter)),
    similar,
    profile,
    archived,
  };
}
