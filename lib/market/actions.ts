"use server";
// Thin server actions of the market section: parse → authorize ("plan.edit") → write → result.
import { revalidatePath } from "next/cache";
import { projectAction } from "@/lib/actions/define";
import { rowActivity } from "@/lib/activity/model";
import { fail, ok } from "@/lib/actions/result";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import { LIMITS } from "@/lib/validation/fields";
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

/** A versioned write's outcome as the action result the autosave hook understands. */
function savedOrConflict<T extends { version: number }>(projectId: AuthorizedProjectId, result: m.Versioned<T>) {
  if (result.outcome === "notFound") return fail("notFound");
  if (result.outcome === "conflict") return fail("conflict", { current: result.current });
  refresh(projectId);
  return ok(result.row);
}

function added<T>(projectId: AuthorizedProjectId, row: T | null, field = "name") {
  if (!row) return fail("validation", { fieldErrors: { [field]: { code: "tooMany", values: { max: LIMITS.list } } } });
  refresh(projectId);
  return ok(row);
}

function deleted(projectId: AuthorizedProjectId, found: boolean) {
  if (!found) return fail("notFound");
  refresh(projectId);
  return ok({ deleted: true });
}

export const saveResearchAction = projectAction(saveResearchSchema, "plan.edit", async ({ projectId: _p, version, ...fields }, access) =>
  savedOrConflict(access.projectId, await m.saveResearch(access.projectId, version, fields)),
  { activity: rowActivity("market", "research", "updated") },
);

export const saveSizeAction = projectAction(saveSizeSchema, "plan.edit", async ({ projectId: _p, version, ...fields }, access) =>
  savedOrConflict(access.projectId, await m.saveSize(access.projectId, version, fields)),
  { activity: rowActivity("market", "marketSize", "updated") },
);

export const addSegmentAction = projectAction(addSegmentSchema, "plan.edit", async ({ name, domain }, access) =>
  added(access.projectId, await m.addSegment(access.projectId, name, domain)),
  { activity: rowActivity("market", "segment", "created") },
);

export const updateSegmentAction = projectAction(updateSegmentSchema, "plan.edit", async ({ id, projectId: _p, version, ...fields }, access) =>
  savedOrConflict(access.projectId, await m.updateSegment({ id, projectId: access.projectId }, version, fields)),
  { activity: rowActivity("market", "segment", "updated") },
);

export const deleteSegmentAction = projectAction(deleteRowSchema, "plan.edit", async ({ id }, access) =>
  deleted(access.projectId, await m.deleteSegment({ id, projectId: access.projectId })),
  { activity: rowActivity("market", "segment", "deleted") },
);

export const addCompetitorAction = projectAction(addCompetitorSchema, "plan.edit", async ({ name }, access) =>
  added(access.projectId, await m.addCompetitor(access.projectId, name)),
  { activity: rowActivity("market", "competitor", "created") },
);

export const updateCompetitorAction = projectAction(updateCompetitorSchema, "plan.edit", async ({ id, projectId: _p, version, ...fields }, access) =>
  savedOrConflict(access.projectId, await m.updateCompetitor({ id, projectId: access.projectId }, version, fields)),
  { activity: rowActivity("market", "competitor", "updated") },
);

export const deleteCompetitorAction = projectAction(deleteRowSchema, "plan.edit", async ({ id }, access) =>
  deleted(access.projectId, await m.deleteCompetitor({ id, projectId: access.projectId })),
  { activity: rowActivity("market", "competitor", "deleted") },
);

export const addTrendAction = projectAction(addTrendSchema, "plan.edit", async ({ title, trendKey }, access) =>
  added(access.projectId, await m.addTrend(access.projectId, title, trendKey), "title"),
  { activity: rowActivity("market", "trend", "created", "title") },
);

export const updateTrendAction = projectAction(updateTrendSchema, "plan.edit", async ({ id, projectId: _p, version, ...fields }, access) =>
  savedOrConflict(access.projectId, await m.updateTrend({ id, projectId: access.projectId }, version, fields)),
  { activity: rowActivity("market", "trend", "updated", "title") },
);

export const deleteTrendAction = projectAction(deleteRowSchema, "plan.edit", async ({ id }, access) =>
  deleted(access.projectId, await m.deleteTrend({ id, projectId: access.projectId })),
  { activity: rowActivity("market", "trend", "deleted", "title") },
);
