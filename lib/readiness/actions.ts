"use server";
// Readiness actions. The client never sends a score: it asks for one to be computed from the plan
// as stored, and only ever writes a self-assessment for a criterion the plan's data cannot rate.
import { revalidatePath } from "next/cache";
import { projectAction } from "@/lib/actions/define";
import { fail, ok } from "@/lib/actions/result";
import { computeLiveReadiness } from "./data";
import { WIRED_FACTS } from "./wiring";
import { saveSelfAssessment, storeSnapshotIfChanged } from "./mutations";
import { CRITERIA } from "./rubric";
import { computeReadinessSchema, saveSelfAssessmentSchema } from "./schema";

const pagePath = (projectId: string) => `/projects/${projectId}/readiness`;

/** Computes the score from the stored plan and records a snapshot when it changed. */
export const computeReadinessAction = projectAction(computeReadinessSchema, "plan.edit", async (_input, access) => {
  const { result } = await computeLiveReadiness(access.projectId);
  const { stored, snapshot } = await storeSnapshotIfChanged(access.projectId, result, access.user.id);
  if (stored) revalidatePath(pagePath(access.projectId));
  return ok({ stored, snapshotId: snapshot.id, createdAt: snapshot.createdAt.toISOString(), total: snapshot.total, band: snapshot.band });
});

export const saveSelfAssessmentAction = projectAction(saveSelfAssessmentSchema, "plan.edit", async ({ criterionId, rating, evidence, version }, access) => {
  // Criteria the plan's data rates cannot be self-assessed: their evidence is the plan itself.
  const meta = CRITERIA.find((c) => c.id === criterionId)!;
  if (WIRED_FACTS[meta.facts]) return fail("validation", { fieldErrors: { criterionId: { code: "invalidOption" } } });
  const outcome = await saveSelfAssessment(access.projectId, { criterionId, rating, evidence, version }, access.user.id);
  if (!outcome.saved) return outcome.current ? fail("conflict", { current: outcome.current }) : fail("notFound");
  revalidatePath(pagePath(access.projectId));
  return ok({ version: outcome.current.version });
});
