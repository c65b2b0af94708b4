import "server-only";
import { db } from "@/lib/db/client";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import { fail, ok, type ActionResult } from "@/lib/actions/result";
import { versionedWrite } from "@/lib/db/versioned-write";
import { bandOf, isoDateOf, nextReviewAfter, riskScore, type RiskCategory, type RiskResponse, type RiskStatus } from "./model";
import type { RiskFields } from "./schema";

/** Dates without a time are stored as midnight UTC (`@db.Date`). */
export const toDbDate = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00.000Z`) : null);
export const fromDbDate = (date: Date | null) => (date ? isoDateOf(date) : null);

const editableSelect = {
  title: true,
  description: true,
  category: true,
  likelihood: true,
  impact: true,
  response: true,
  mitigation: true,
  contingency: true,
  ownerMemberId: true,
  status: true,
  nextReview: true,
  version: true,
} as const;

/** An owner must be a team member of this project's plan. */
async function ownerIsValid(projectId: AuthorizedProjectId, ownerMemberId: string | null): Promise<boolean> {
  if (!ownerMemberId) return true;
  return (await db.teamMember.count({ where: { id: ownerMemberId, projectId } })) === 1;
}

const invalidOwner = () => fail("validation", { fieldErrors: { ownerMemberId: { code: "invalidOption" } } });

const CASE_ID = /^[A-Za-z0-9_-]{1,64}$/;

export type NewRisk = {
  title: string;
  category: RiskCategory;
  likelihood: number;
  impact: number;
  description?: string;
  response?: RiskResponse;
  mitigation?: string;
  contingency?: string;
  ownerMemberId?: string | null;
  status?: RiskStatus;
  /** yyyy-mm-dd */
  nextReview?: string | null;
  templateId?: string | null;
  /** The case study a lesson was applied from; the register links to /projects/<id>/cases/<sourceCaseId>. */
  sourceCaseId?: string | null;
};

/**
 * Adds a risk to the register. Callers validate text with lib/risks/schema.ts first (the case-studies
 * section uses this to "apply a lesson" with `sourceCaseId`). Refuses an owner from another plan.
 */
export async function createRisk(projectId: AuthorizedProjectId, input: NewRisk): Promise<ActionResult<{ id: string; version: number }>> {
  if (!(await ownerIsValid(projectId, input.ownerMemberId ?? null))) return invalidOwner();
  if (input.sourceCaseId && !CASE_ID.test(input.sourceCaseId)) return fail("validation", { fieldErrors: { sourceCaseId: { code: "invalid" } } });
  const risk = await db.risk.create({
    data: {
      projectId,
      title: input.title,
      description: input.description ?? "",
      category: input.category,
      likelihood: input.likelihood,
      impact: input.impact,
      score: riskScore(input.likelihood, input.impact),
      response: input.response ?? "mitigate",
      mitigation: input.mitigation ?? "",
      contingency: input.contingency ?? "",
      ownerMemberId: input.ownerMemberId ?? null,
      status: input.status ?? "open",
      nextReview: toDbDate(input.nextReview ?? null),
      templateId: input.templateId ?? null,
      sourceCaseId: input.sourceCaseId ?? null,
    },
    select: { id: true, version: true },
  });
  return ok(risk);
}

/** A risk as the client edits it (dates as yyyy-mm-dd). */
const clientRisk = <R extends { nextReview: Date | null }>(row: R) => ({ ...row, nextReview: fromDbDate(row.nextReview) });

/**
 * Saves a row if nobody saved it since `version` (lib/db/versioned-write.ts); returns the new
 * version and the derived score. The activity row lists only the fields that really changed, with
 * old → new values, written in the same transaction by `actorId`.
 */
export async function updateRisk(
  projectId: AuthorizedProjectId,
  riskId: string,
  version: number,
  fields: RiskFields,
  actorId?: string,
): Promise<ActionResult<{ version: number; score: number; changed: string[] }>> {
  if (!(await ownerIsValid(projectId, fields.ownerMemberId))) return invalidOwner();
  const score = riskScore(fields.likelihood, fields.impact);
  const result = await versionedWrite({
    model: "risk",
    where: { id: riskId, projectId },
    version,
    data: { ...fields, score, nextReview: toDbDate(fields.nextReview) },
    select: { ...editableSelect, score: true },
    activity: actorId ? { projectId, actorId, section: "risks", itemType: "risk", itemId: riskId, itemLabel: (row) => row.title, ignore: ["score"] } : null,
  });
  if (result.outcome === "notFound") return fail("notFound");
  if (result.outcome === "conflict") {
    const { score: _score, ...current } = clientRisk(result.current);
    return fail("conflict", { current });
  }
  return ok({ version: result.row.version, score: result.row.score, changed: result.changes.map((c) => c.field).filter((f) => f !== "score") });
}

export async function deleteRisk(projectId: AuthorizedProjectId, riskId: string): Promise<ActionResult<{ id: string; title: string }>> {
  const risk = await db.risk.findFirst({ where: { id: riskId, projectId }, select: { title: true } });
  const { count } = await db.risk.deleteMany({ where: { id: riskId, projectId } });
  return risk && count === 1 ? ok({ id: riskId, title: risk.title }) : fail("notFound");
}

/**
 * "Review now": stamps the review and pushes the next one by the band's cadence (high risks monthly).
 * Versioned like an edit, so a review never silently overwrites a newer change.
 */
export async function markRiskReviewed(
  projectId: AuthorizedProjectId,
  riskId: string,
  version: number,
  now: Date,
  today: string,
  actorId?: string,
): Promise<ActionResult<{ version: number; lastReviewed: string; nextReview: string; title: string }>> {
  const risk = await db.risk.findFirst({ where: { id: riskId, projectId }, select: { score: true } });
  if (!risk) return fail("notFound");
  const nextReview = nextReviewAfter(today, bandOf(risk.score));
  const result = await versionedWrite({
    model: "risk",
    where: { id: riskId, projectId },
    version,
    data: { lastReviewed: now, nextReview: toDbDate(nextReview) },
    select: { ...editableSelect },
    activity: actorId ? { projectId, actorId, section: "risks", itemType: "risk", itemId: riskId, itemLabel: (row) => row.title } : null,
  });
  if (result.outcome === "notFound") return fail("notFound");
  if (result.outcome === "conflict") return fail("conflict", { current: clientRisk(result.current) });
  return ok({ version: result.row.version, lastReviewed: now.toISOString(), nextReview, title: result.row.title });
}

export async function dismissSuggestion(projectId: AuthorizedProjectId, suggestionId: string) {
  await db.riskSuggestionDismissal.upsert({
    where: { projectId_suggestionId: { projectId, suggestionId } },
    create: { projectId, suggestionId },
    update: {},
  });
}

export async function restoreSuggestion(projectId: AuthorizedProjectId, suggestionId: string) {
  await db.riskSuggestionDismissal.deleteMany({ where: { projectId, suggestionId } });
}
