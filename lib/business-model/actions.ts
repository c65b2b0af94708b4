"use server";
import { revalidatePath } from "next/cache";
import { projectAction } from "@/lib/actions/define";
import type { ActionResult } from "@/lib/actions/result";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import type { BusinessModelFacts } from "@/lib/plan/facts";
import { getBusinessModelFacts } from "./data";
import {
  addCanvasNote,
  chooseRevenueModel,
  deleteCanvasNote,
  moveCanvasNote,
  removeRevenueModel,
  saveBurnPlan,
  saveDirectionTest,
  saveUnitEconomics,
  updateCanvasNote,
  updateRevenueModel,
} from "./mutations";
import {
  addCanvasNoteSchema,
  chooseRevenueModelSchema,
  deleteCanvasNoteSchema,
  moveCanvasNoteSchema,
  removeRevenueModelSchema,
  saveBurnPlanSchema,
  saveDirectionTestSchema,
  saveUnitEconomicsSchema,
  updateCanvasNoteSchema,
  updateRevenueModelSchema,
} from "./schema";

const EDIT = "plan.edit" as const;

async function refreshed<R>(projectId: AuthorizedProjectId, result: Promise<ActionResult<R>>): Promise<ActionResult<R>> {
  const done = await result;
  if (done.ok) revalidatePath(`/projects/${projectId}/business-model`);
  return done;
}

/** The numbers the server computes from what is stored, with the same model as the live preview. */
export type ComputedNumbers = Pick<BusinessModelFacts, "grossMarginPct" | "ltvToCac" | "paybackMonths" | "monthlyRevenue" | "monthlyCosts" | "runwayMonths" | "profitable">;

async function withComputed(projectId: AuthorizedProjectId, saved: ActionResult<{ version: number }>): Promise<ActionResult<{ version: number; computed: ComputedNumbers }>> {
  if (!saved.ok) return saved;
  revalidatePath(`/projects/${projectId}/business-model`);
  const { grossMarginPct, ltvToCac, paybackMonths, monthlyRevenue, monthlyCosts, runwayMonths, profitable } = await getBusinessModelFacts(projectId);
  return { ok: true, data: { version: saved.data.version, computed: { grossMarginPct, ltvToCac, paybackMonths, monthlyRevenue, monthlyCosts, runwayMonths, profitable } } };
}

export const addCanvasNoteAction = projectAction(addCanvasNoteSchema, EDIT, async ({ block, text }, access) =>
  refreshed(access.projectId, addCanvasNote(access.projectId, { block, text })),
);

export const updateCanvasNoteAction = projectAction(updateCanvasNoteSchema, EDIT, async ({ noteId, version, text }, access) =>
  refreshed(access.projectId, updateCanvasNote(access.projectId, noteId, version, text)),
);

export const moveCanvasNoteAction = projectAction(moveCanvasNoteSchema, EDIT, async ({ noteId, direction }, access) =>
  refreshed(access.projectId, moveCanvasNote(access.projectId, noteId, direction)),
);

export const deleteCanvasNoteAction = projectAction(deleteCanvasNoteSchema, EDIT, async ({ noteId }, access) =>
  refreshed(access.projectId, deleteCanvasNote(access.projectId, noteId)),
);

export const saveDirectionTestAction = projectAction(saveDirectionTestSchema, EDIT, async ({ projectId: _p, test, version, ...fields }, access) =>
  refreshed(access.projectId, saveDirectionTest(access.projectId, test, version, fields)),
);

export const chooseRevenueModelAction = projectAction(chooseRevenueModelSchema, EDIT, async ({ model }, access) =>
  refreshed(access.projectId, chooseRevenueModel(access.projectId, model)),
);

export const updateRevenueModelAction = projectAction(updateRevenueModelSchema, EDIT, async ({ projectId: _p, model, version, ...fields }, access) =>
  withComputed(access.projectId, await updateRevenueModel(access.projectId, model, version, fields)),
);

export const removeRevenueModelAction = projectAction(removeRevenueModelSchema, EDIT, async ({ model }, access) =>
  refreshed(access.projectId, removeRevenueModel(access.projectId, model)),
);

export const saveUnitEconomicsAction = projectAction(saveUnitEconomicsSchema, EDIT, async ({ projectId: _p, version, ...fields }, access) =>
  withComputed(access.projectId, await saveUnitEconomics(access.projectId, version, fields)),
);

export const saveBurnPlanAction = projectAction(saveBurnPlanSchema, EDIT, async ({ projectId: _p, version, ...fields }, access) =>
  withComputed(access.projectId, await saveBurnPlan(access.projectId, version, fields)),
);
