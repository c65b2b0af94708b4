"use server";
// Thin server actions of the platform section: parse → authorize ("plan.edit") → write → result.
import { revalidatePath } from "next/cache";
import { projectAction } from "@/lib/actions/define";
import { rowActivity } from "@/lib/activity/model";
import { added, deleted, savedResult } from "@/lib/actions/row-results";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import * as m from "./mutations";
import { addNamedRowSchema, deleteRowSchema, saveToolingItemSchema, updateComputeLineSchema, updateDataSourceSchema, updatePartnerSchema } from "./schema";

function refresh(projectId: AuthorizedProjectId) {
  revalidatePath(`/projects/${projectId}/platform`);
}

export const addDataSourceAction = projectAction(addNamedRowSchema, "plan.edit", async ({ name }, access) =>
  added(await m.addDataSource(access.projectId, name), () => refresh(access.projectId)),
  { activity: rowActivity("platform", "dataSource", "created") },
);

export const updateDataSourceAction = projectAction(updateDataSourceSchema, "plan.edit", async ({ id, projectId: _p, version, ...fields }, access) =>
  savedResult(await m.updateDataSource({ id, projectId: access.projectId }, version, fields, access.user.id)),
);

export const deleteDataSourceAction = projectAction(deleteRowSchema, "plan.edit", async ({ id }, access) =>
  deleted(await m.deleteDataSource({ id, projectId: access.projectId }), () => refresh(access.projectId)),
  { activity: rowActivity("platform", "dataSource", "deleted") },
);

export const addComputeLineAction = projectAction(addNamedRowSchema, "plan.edit", async ({ name }, access) =>
  added(await m.addComputeLine(access.projectId, name), () => refresh(access.projectId)),
  { activity: rowActivity("platform", "computeLine", "created") },
);

export const updateComputeLineAction = projectAction(updateComputeLineSchema, "plan.edit", async ({ id, projectId: _p, version, ...fields }, access) =>
  savedResult(await m.updateComputeLine({ id, projectId: access.projectId }, version, fields, access.user.id)),
);

export const deleteComputeLineAction = projectAction(deleteRowSchema, "plan.edit", async ({ id }, access) => {
  const result = deleted(await m.deleteComputeLine({ id, projectId: access.projectId }), () => refresh(access.projectId));
  if (result.ok) revalidatePath(`/projects/${access.projectId}`, "layout");
  return result;
}, { activity: rowActivity("platform", "computeLine", "deleted") });

export const saveToolingItemAction = projectAction(saveToolingItemSchema, "plan.edit", async ({ itemId, version, status, tool }, access) =>
  savedResult(await m.saveToolingItem(access.projectId, itemId, version, { status, tool }, access.user.id)),
);

export const addPartnerAction = projectAction(addNamedRowSchema, "plan.edit", async ({ name }, access) =>
  added(await m.addPartner(access.projectId, name), () => refresh(access.projectId)),
  { activity: rowActivity("platform", "partner", "created") },
);

export const updatePartnerAction = projectAction(updatePartnerSchema, "plan.edit", async ({ id, projectId: _p, version, ...fields }, access) =>
  savedResult(await m.updatePartner({ id, projectId: access.projectId }, version, fields, access.user.id)),
);

export const deletePartnerAction = projectAction(deleteRowSchema, "plan.edit", async ({ id }, access) =>
  deleted(await m.deletePartner({ id, projectId: access.projectId }), () => refresh(access.projectId)),
  { activity: rowActivity("platform", "partner", "deleted") },
);
