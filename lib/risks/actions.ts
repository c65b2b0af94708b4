"use server";
import { revalidatePath } from "next/cache";
import { projectAction } from "@/lib/actions/define";
import { ok } from "@/lib/actions/result";
import { createRisk, deleteRisk, dismissSuggestion, markRiskReviewed, restoreSuggestion, updateRisk } from "./mutations";
import { createRiskSchema, markReviewedSchema, riskRefSchema, suggestionRefSchema, updateRiskSchema } from "./schema";

const riskPath = (projectId: string) => `/projects/${projectId}/risks`;

export const createRiskAction = projectAction(createRiskSchema, "plan.edit", async ({ projectId: _p, ...input }, access) => {
  const result = await createRisk(access.projectId, input);
  if (result.ok) revalidatePath(riskPath(access.projectId));
  return result;
});

export const updateRiskAction = projectAction(updateRiskSchema, "plan.edit", async ({ projectId: _p, riskId, version, ...fields }, access) => {
  const result = await updateRisk(access.projectId, riskId, version, fields);
  if (result.ok) revalidatePath(riskPath(access.projectId));
  return result;
});

export const deleteRiskAction = projectAction(riskRefSchema, "plan.edit", async ({ riskId }, access) => {
  const result = await deleteRisk(access.projectId, riskId);
  if (result.ok) revalidatePath(riskPath(access.projectId));
  return result;
});

export const markRiskReviewedAction = projectAction(markReviewedSchema, "plan.edit", async ({ riskId, version }, access) => {
  const result = await markRiskReviewed(access.projectId, riskId, version, new Date());
  if (result.ok) revalidatePath(riskPath(access.projectId));
  return result;
});

export const dismissSuggestionAction = projectAction(suggestionRefSchema, "plan.edit", async ({ suggestionId }, access) => {
  await dismissSuggestion(access.projectId, suggestionId);
  revalidatePath(riskPath(access.projectId));
  return ok({ suggestionId });
});

export const restoreSuggestionAction = projectAction(suggestionRefSchema, "plan.edit", async ({ suggestionId }, access) => {
  await restoreSuggestion(access.projectId, suggestionId);
  revalidatePath(riskPath(access.projectId));
  return ok({ suggestionId });
});
