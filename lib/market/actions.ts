"use server";
// Thin server actions of the market section: parse → authorize ("plan.edit") → write → result.
import { revalidatePath } from "next/cache";
import { projectAction } from "@/lib/actions/define";
import { rowActivity } from "@/lib/activity/model";
import { added, deleted, savedResult } from "@/lib/actions/row-results";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import * as m from "./mutations";
import {
  addCompetitorSchema,
  addSegmentSchema,
  addTrendSchema,
  deleteRowSchema,
  saveResearchSchema,
  saveSizeSchema,
  updateCompetitorSchema,
  updateSegmentSchema,
  updateTrendSchema,
} from "./schema";

function refresh(projectId: AuthorizedProjectId) {
  revalidatePath(`/projects/${projectId}/market`);
}

export const saveResearchAction = projectAction(saveResearchSchema, "plan.edit", async ({ projectId: _p, version, ...fields }, access) =>
  savedResult(await m.saveResearch(access.projectId, version, fields, access.user.id)),
);

export const saveSizeAction = projectAction(saveSizeSchema, "plan.edit", async ({ projectId: _p, version, ...fields }, access) =>
  savedResult(await m.saveSize(access.projectId, version, fields, access.user.id)),
);

export const addSegmentAction = projectAction(addSegmentSchema, "plan.edit", async ({ name, domain }, access) =>
  added(await m.addSegment(access.projectId, name, domain), () => refresh(access.projectId)),
  { activity: rowActivity("market", "segment", "created") },
);

export const updateSegmentAction = projectAction(updateSegmentSchema, "plan.edit", async ({ id, projectId: _p, version, ...fields }, access) =>
  savedResult(await m.updateSegment({ id, projectId: access.projectId }, version, fields, access.user.id)),
);

export const deleteSegmentAction = projectAction(deleteRowSchema, "plan.edit", async ({ id }, access) =>
  deleted(await m.deleteSegment({ id, projectId: access.projectId }), () => refresh(access.projectId)),
  { activity: rowActivity("market", "segment", "deleted") },
);

export const addCompetitorAction = projectAction(addCompetitorSchema, "plan.edit", async ({ name }, access) =>
  added(await m.addCompetitor(access.projectId, name), () => refresh(access.projectId)),
  { activity: rowActivity("market", "competitor", "created") },
);

export const updateCompetitorAction = projectAction(updateCompetitorSchema, "plan.edit", async ({ id, projectId: _p, version, ...fields }, access) =>
  savedResult(await m.updateCompetitor({ id, projectId: access.projectId }, version, fields, access.user.id)),
);

export const deleteCompetitorAction = projectAction(deleteRowSchema, "plan.edit", async ({ id }, access) =>
  deleted(await m.deleteCompetitor({ id, projectId: access.projectId }), () => refresh(access.projectId)),
  { activity: rowActivity("market", "competitor", "deleted") },
);

export const addTrendAction = projectAction(addTrendSchema, "plan.edit", async ({ title, trendKey }, access) =>
  added(await m.addTrend(access.projectId, title, trendKey), () => refresh(access.projectId), "title"),
  { activity: rowActivity("market", "trend", "created", "title") },
);

export const updateTrendAction = projectAction(updateTrendSchema, "plan.edit", async ({ id, projectId: _p, version, ...fields }, access) =>
  savedResult(await m.updateTrend({ id, projectId: access.projectId }, version, fields, access.user.id)),
);

export const deleteTrendAction = projectAction(deleteRowSchema, "plan.edit", async ({ id }, access) =>
  deleted(await m.deleteTrend({ id, projectId: access.projectId }), () => refresh(access.projectId)),
  { activity: rowActivity("market", "trend", "deleted", "title") },
);
