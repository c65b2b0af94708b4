"use server";
// Readiness actions. The client never sends a score: it asks for one to be computed from the plan
// as stored.
import { revalidatePath } from "next/cache";
import { projectAction } from "@/lib/actions/define";
import { ok } from "@/lib/actions/result";
import { computeLiveReadiness } from "./data";
import { storeSnapshotIfChanged } from "./mutations";
import { computeReadinessSchema } from "./schema";

const pagePath = (projectId: string) => `/projects/${projectId}/readiness`;

/** Computes the score from the stored plan and records a snapshot when it changed. */
export const computeReadinessAction = projectAction(computeReadinessSchema, "plan.edit", async (_input, access) => {
  const { result } = await computeLiveReadiness(access.projectId);
  const { stored, snapshot } = await storeSnapshotIfChanged(access.projectId, result, access.user.id);
  if (stored) revalidatePath(pagePath(access.projectId));
  return ok({ stored, snapshotId: snapshot.id, createdAt: snapshot.createdAt.toISOString(), total: snapshot.total, band: snapshot.band });
});
