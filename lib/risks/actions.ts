"use server";
import { revalidatePath } from "next/cache";
import { projectAction } from "@/lib/actions/define";
import { ok } from "@/lib/actions/result";
import { planToday } from "@/lib/projects/data";
import { createRisk, deleteRisk, dismissSuggestion, markRiskReviewed, restoreSuggestion, updateRisk } from "./mutations";
import { createRiskSchema, markReviewedSchema, riskRefSchema, suggestionRefSchema, updateRiskSchema } from "./schema";

const SECTION = "risks";
const riskPath = (projectId: string) => `/projects/${projectId}/risks`;

export const createRiskAction = projectAction(
  createRiskSchema,
  "plan.edit",
  async ({ projectId: _p, ...input }, access) => {
    const result = await createRisk(access.projectId, input);
    if (result.ok) revalidatePath(riskPath(access.projectId));
    return result;
  },
  { activity: { section: SECTION, summarize: (input, risk) => ({ verb: "created", itemType: "risk", itemId: risk.id, itemLabel: input.title }) } },
);

export const updateRiskAction = projectAction(
  updateRiskSchema,
  "plan.edit",
  async ({ projectId: _p, riskId, version, ...fields }, access) => {
    // The activity row (only really changed fields, old → new) is written with the save.
    // No revalidatePath: it would make Next re-render the whole register into this autosave's
    // response (≈50 statements for one field). The row computes its score and band itself; the
    // register refreshes its heat map and counts after the save is acknowledged (risk-row.tsx).
    return updateRisk(access.projectId, riskId, version, fields, access.user.id);
  },
);

export const deleteRiskAction = projectAction(
  riskRefSchema,
  "plan.edit",
  async ({ riskId }, access) => {
    const result = await deleteRisk(access.projectId, riskId);
    if (result.ok) revalidatePath(riskPath(access.projectId));
    return result;
  },
  { activity: { section: SECTION, summarize: (_input, risk) => ({ verb: "deleted", itemType: "risk", itemId: risk.id, itemLabel: risk.title }) } },
);

export const markRiskReviewedAction = projectAction(
  markReviewedSchema,
  "plan.edit",
  async ({ riskId, version }, access) => {
    const result = await markRiskReviewed(access.projectId, riskId, version, new Date(), await planToday(access.projectId), access.user.id);
    if (result.ok) revalidatePath(riskPath(access.projectId));
    return result;
  },
);

export const dismissSuggestionAction = projectAction(
  suggestionRefSchema,
  "plan.edit",
  async ({ suggestionId }, access) => {
    await dismissSuggestion(access.projectId, suggestionId);
    revalidatePath(riskPath(access.projectId));
    return ok({ suggestionId });
  },
  { activity: { section: SECTION, summarize: ({ suggestionId }) => ({ verb: "updated", itemType: "riskSuggestion", itemId: suggestionId, fields: ["dismissed"] }) } },
);

export const restoreSuggestionAction = projectAction(
  suggestionRefSchema,
  "plan.edit",
  async ({ suggestionId }, access) => {
    await restoreSuggestion(access.projectId, suggestionId);
    revalidatePath(riskPath(access.projectId));
    return ok({ suggestionId });
  },
  { activity: { section: SECTION, summarize: ({ suggestionId }) => ({ verb: "restored", itemType: "riskSuggestion", itemId: suggestionId }) } },
);
