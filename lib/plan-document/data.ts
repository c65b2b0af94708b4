import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import { assemblePlanDocument } from "./assemble";
import { planDocumentSchema, type PlanDocument } from "./schema";
import { PLAN_PARTS } from "./sections/registry";

// What a plan document is read from: the project's details and every section's rows (each
// section's part says which, ./sections), in ONE Prisma query (a fixed number of SQL statements,
// however many rows there are). No member emails, user ids, share links, comments, activity,
// presence or computed readiness snapshots.
export const planRowsSelect = {
  name: true,
  oneLiner: true,
  sector: true,
  stage: true,
  currency: true,
  timeZone: true,
  ...PLAN_PARTS.team.select,
  ...PLAN_PARTS.businessModel.select,
  ...PLAN_PARTS.risks.select,
  ...PLAN_PARTS.cases.select,
  ...PLAN_PARTS.market.select,
  ...PLAN_PARTS.platform.select,
  ...PLAN_PARTS.funding.select,
  ...PLAN_PARTS.milestones.select,
  ...PLAN_PARTS.compliance.select,
} as const satisfies Prisma.ProjectSelect;

export type ProjectSelect = Prisma.ProjectSelect;
/** The rows a select of a project reads (a section part's `select`). */
export type RowsOf<S extends ProjectSelect> = Prisma.ProjectGetPayload<{ select: S }>;
export type PlanRows = Prisma.ProjectGetPayload<{ select: typeof planRowsSelect }>;

/** The app's client or an open transaction's (a restore reads the plan it is about to replace). */
export type DbClient = typeof db | Prisma.TransactionClient;

/**
 * The whole plan as a document, in one Prisma query (a fixed number of statements). The result is
 * passed through the import schema, so what is exported is exactly what an import accepts.
 */
export async function readPlanDocument(projectId: AuthorizedProjectId, client: DbClient = db): Promise<PlanDocument> {
  const rows = await client.project.findUniqueOrThrow({ where: { id: projectId }, select: planRowsSelect });
  return canonicalDocument(assemblePlanDocument(rows));
}

/**
 * Rows written before a section tightened its rules may not pass today's schema; the plan is still
 * exported and snapshotted as stored (an import of it will then say which field to fix).
 */
function canonicalDocument(raw: ReturnType<typeof assemblePlanDocument>): PlanDocument {
  const parsed = planDocumentSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  console.warn("[plan-document] stored plan does not pass the document schema", parsed.error.issues.slice(0, 5));
  return raw as unknown as PlanDocument;
}
