"use server";
// Thin server actions of the AI cost steps (Platform & resources): parse → authorize ("plan.edit")
// → write → result.
import { revalidatePath } from "next/cache";
import { projectAction } from "@/lib/actions/define";
import { fail } from "@/lib/actions/result";
import { added, deleted, savedResult } from "@/lib/actions/row-results";
import { rowActivity } from "@/lib/activity/model";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import { getProject } from "@/lib/projects/data";
import * as m from "./mutations";
import {
  addNamedRowSchema,
  deleteRowSchema,
  overrideModelSchema,
  saveSettingsSchema,
  updateCreditSchema,
  updateFeatureSchema,
  updateFeatureUsageSchema,
  updatePriceEntrySchema,
  updateSelfHostSchema,
} from "./schema";

function refresh(projectId: AuthorizedProjectId) {
  revalidatePath(`/projects/${projectId}/platform`);
}

export const saveAiSettingsAction = projectAction(saveSettingsSchema, "plan.edit", async ({ projectId: _p, version, ...fields }, access) =>
  savedResult(await m.saveSettings(access.projectId, version, fields, access.user.id)),
);

// ── prices ──────────────────────────────────────────────────────────────────────────────────

export const addCustomModelAction = projectAction(addNamedRowSchema, "plan.edit", async ({ name }, access) => {
  const project = await getProject(access.projectId);
  return added(await m.addCustomModel(access.projectId, name, project.currency), () => refresh(access.projectId));
}, { activity: rowActivity("platform", "aiPrice", "created", "model") });

export const overrideModelAction = projectAction(overrideModelSchema, "plan.edit", async ({ modelKey }, access) => {
  const row = await m.overrideModel(access.projectId, modelKey);
  if (!row) return fail("validation", { fieldErrors: { modelKey: { code: "invalidOption" } } });
  refresh(access.projectId);
  return { ok: true as const, data: row };
}, { activity: rowActivity("platform", "aiPrice", "created", "model") });

export const updatePriceEntryAction = projectAction(updatePriceEntrySchema, "plan.edit", async ({ id, projectId: _p, version, ...fields }, access) =>
  savedResult(await m.updatePriceEntry({ id, projectId: access.projectId }, version, fields, access.user.id)),
);

export const deletePriceEntryAction = projectAction(deleteRowSchema, "plan.edit", async ({ id }, access) =>
  deleted(await m.deletePriceEntry({ id, projectId: access.projectId }), () => refresh(access.projectId)),
  { activity: rowActivity("platform", "aiPrice", "deleted") },
);

// ── features ────────────────────────────────────────────────────────────────────────────────

export const addFeatureAction = projectAction(addNamedRowSchema, "plan.edit", async ({ name }, access) =>
  added(await m.addFeature(access.projectId, name), () => refresh(access.projectId)),
  { activity: rowActivity("platform", "aiFeature", "created") },
);

export const updateFeatureAction = projectAction(updateFeatureSchema, "plan.edit", async ({ id, projectId: _p, version, ...fields }, access) =>
  savedResult(await m.updateFeature({ id, projectId: access.projectId }, version, fields, access.user.id)),
);

export const updateFeatureUsageAction = projectAction(updateFeatureUsageSchema, "plan.edit", async ({ id, projectId: _p, version, ...fields }, access) =>
  savedResult(await m.updateFeature({ id, projectId: access.projectId }, version, fields, access.user.id)),
);

export const deleteFeatureAction = projectAction(deleteRowSchema, "plan.edit", async ({ id }, access) =>
  deleted(await m.deleteFeature({ id, projectId: access.projectId }), () => refresh(access.projectId)),
  { activity: rowActivity("platform", "aiFeature", "deleted") },
);

// ── self-hosting ────────────────────────────────────────────────────────────────────────────

export const addSelfHostAction = projectAction(addNamedRowSchema, "plan.edit", async ({ name }, access) =>
  added(await m.addSelfHost(access.projectId, name), () => refresh(access.projectId)),
  { activity: rowActivity("platform", "aiSelfHost", "created") },
);

export const updateSelfHostAction = projectAction(updateSelfHostSchema, "plan.edit", async ({ id, projectId: _p, version, ...fields }, access) =>
  savedResult(await m.updateSelfHost({ id, projectId: access.projectId }, version, fields, access.user.id)),
);

export const deleteSelfHostAction = projectAction(deleteRowSchema, "plan.edit", async ({ id }, access) =>
  deleted(await m.deleteSelfHost({ id, projectId: access.projectId }), () => refresh(access.projectId)),
  { activity: rowActivity("platform", "aiSelfHost", "deleted") },
);

// ── credits ─────────────────────────────────────────────────────────────────────────────────

export const addCreditAction = projectAction(addNamedRowSchema, "plan.edit", async ({ name }, access) =>
  added(await m.addCredit(access.projectId, name), () => refresh(access.projectId)),
  { activity: rowActivity("platform", "aiCredit", "created") },
);

export const updateCreditAction = projectAction(updateCreditSchema, "plan.edit", async ({ id, projectId: _p, version, ...fields }, access) =>
  savedResult(await m.updateCredit({ id, projectId: access.projectId }, version, fields, access.user.id)),
);

export const deleteCreditAction = projectAction(deleteRowSchema, "plan.edit", async ({ id }, access) =>
  deleted(await m.deleteCredit({ id, projectId: access.projectId }), () => refresh(access.projectId)),
  { activity: rowActivity("platform", "aiCredit", "deleted") },
);
