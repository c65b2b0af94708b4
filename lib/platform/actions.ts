"use server";
// Thin server actions of the platform section: parse → authorize ("plan.edit") → write → result.
import { revalidatePath } from "next/cache";
import { projectAction } from "@/lib/actions/define";
import { rowActivity } from "@/lib/activity/model";
import { fail, ok } from "@/lib/actions/result";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import { LIMITS } from "@/lib/validation/fields";
import * as m from "./mutations";
import { addNamedRowSchema, deleteRowSchema, saveToolingItemSchema, updateComputeLineSchema, updateDataSourceSchema, updatePartnerSchema } from "./schema";

function refresh(projectId: AuthorizedProjectId) {
  revalidatePath(`/projects/${projectId}/platform`);
}

/** A versioned write's outcome as the action result the autosave hook understands. */
function savedOrConflict<T extends { version: number }>(projectId: AuthorizedProjectId, result: m.Versioned<T>) {
  if (result.outcome === "notFound") return fail("notFound");
  if (result.outcome === "conflict") return fail("conflict", { current: result.current });
  refresh(projectId);
  return ok(result.row);
}

function added<T>(projectId: AuthorizedProjectId, row: T | null) {
  if (!row) return fail("validation", { fieldErrors: { name: { code: "tooMany", values: { max: LIMITS.list } } } });
  refresh(projectId);
  return ok(row);
}

function deleted(projectId: AuthorizedProjectId, found: boolean) {
  if (!found) return fail("notFound");
  refresh(projectId);
  return ok({ deleted: true });
}

export const addDataSourceAction = projectAction(addNamedRowSchema, "plan.edit", async ({ name }, access) =>
  added(access.projectId, await m.addDataSource(access.projectId, name)),
  { activity: rowActivity("platform", "dataSource", "created") },
);

export const updateDataSourceAction = projectAction(updateDataSourceSchema, "plan.edit", async ({ id, projectId: _p, version, ...fields }, access) =>
  savedOrConflict(access.projectId, await m.updateDataSource({ id, projectId: access.projectId }, version, fields)),
  { activity: rowActivity("platform", "dataSource", "updated") },
);

export const deleteDataSourceAction = projectAction(deleteRowSchema, "plan.edit", async ({ id }, access) =>
  deleted(access.projectId, await m.deleteDataSource({ id, projectId: access.projectId })),
  { activity: rowActivity("platform", "dataSource", "deleted") },
);

export const addComputeLineAction = projectAction(addNamedRowSchema, "plan.edit", async ({ name }, access) =>
  added(access.projectId, await m.addComputeLine(access.projectId, name)),
  { activity: rowActivity("platform", "computeLine", "created") },
);

export const updateComputeLineAction = projectAction(updateComputeLineSchema, "plan.edit", async ({ id, projectId: _p, version, ...fields }, access) => {
  const result = savedOrConflict(access.projectId, await m.updateComputeLine({ id, projectId: access.projectId }, version, fields));
  // The compute cost feeds the business model's burn and runway.
  if (result.ok) revalidatePath(`/projects/${access.projectId}`, "layout");
  return result;
}, { activity: rowActivity("platform", "computeLine", "updated") });

export const deleteComputeLineAction = projectAction(deleteRowSchema, "plan.edit", async ({ id }, access) => {
  const result = deleted(access.projectId, await m.deleteComputeLine({ id, projectId: access.projectId }));
  if (result.ok) revalidatePath(`/projects/${access.projectId}`, "layout");
  return result;
}, { activity: rowActivity("platform", "computeLine", "deleted") });

export const saveToolingItemAction = projectAction(saveToolingItemSchema, "plan.edit", async ({ itemId, version, status, tool }, access) =>
  savedOrConflict(access.projectId, await m.saveToolingItem(access.projectId, itemId, version, { status, tool })),
  { activity: rowActivity("platform", "toolingItem", "updated", "itemId") },
);

export const addPartnerAction = projectAction(addNamedRowSchema, "plan.edit", async ({ name }, access) =>
  added(access.projectId, await m.addPartner(access.projectId, name)),
  { activity: rowActivity("platform", "partner", "created") },
);

export const updatePartnerAction = projectAction(updatePartnerSchema, "plan.edit", async ({ id, projectId: _p, version, ...fields }, access) =>
  savedOrConflict(access.projectId, await m.updatePartner({ id, projectId: access.projectId }, version, fields)),
  { activity: rowActivity("platform", "partner", "updated") },
);

export const deletePartnerAction = projectAction(deleteRowSchema, "plan.edit", async ({ id }, access) =>
  deleted(access.projectId, await m.deletePartner({ id, projectId: access.projectId })),
  { activity: rowActivity("platform", "partner", "deleted") },
);
