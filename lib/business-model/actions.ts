"use server";
import { revalidatePath } from "next/cache";
import { projectAction } from "@/lib/actions/define";
import type { ActionResult } from "@/lib/actions/result";
import type { ActivitySummary } from "@/lib/activity/model";
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
  saveModelEconomics,
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
  saveModelEconomicsSchema,
  saveUnitEconomicsSchema,
  updateCanvasNoteSchema,
  updateRevenueModelSchema,
} from "./schema";

const EDIT = "plan.edit" as const;
const SECTION = "business-model" as const;

/** Every write is recorded in the project's activity log (see projectAction's `activity`). */
const logged = <I, R>(summarize: (input: I, data: R) => ActivitySummary | null) => ({ activity: { section: SECTION, summarize } });

async function refreshed<R>(projectId: AuthorizedProjectId, result: Promise<ActionResult<R>>): Promise<ActionResult<R>> {
  const done = await result;
  if (done.ok) revalidatePath(`/projects/${projectId}/${SECTION}`);
  return done;
}

/** The numbers the server computes from what is stored, with the same model as the live preview. */
export type ComputedNumbers = Pick<BusinessModelFacts, "grossMarginPct" | "ltvToCac" | "paybackMonths" | "monthlyRevenue" | "monthlyCosts" | "runway" | "runwayWithRaise">;

async function withComputed(
  projectId: AuthorizedProjectId,
  saved: ActionResult<{ version: number; changed: string[] }>,
): Promise<ActionResult<{ version: number; changed: string[]; computed: ComputedNumbers }>> {
  if (!saved.ok) return saved;
  const { grossMarginPct, ltvToCac, paybackMonths, monthlyRevenue, monthlyCosts, runway, runwayWithRaise } = await getBusinessModelFacts(projectId);
  return { ok: true, data: { ...saved.data, computed: { grossMarginPct, ltvToCac, paybackMonths, monthlyRevenue, monthlyCosts, runway, runwayWithRaise } } };
}

export const addCanvasNoteAction = projectAction(
  addCanvasNoteSchema,
  EDIT,
  async ({ block, text }, access) => refreshed(access.projectId, addCanvasNote(access.projectId, { block, text })),
  logged((input: { text: string }, note: { id: string }) => ({ verb: "created", itemType: "canvasNote", itemId: note.id, itemLabel: input.text })),
);

export const updateCanvasNoteAction = projectAction(
  updateCanvasNoteSchema,
  EDIT,
  async ({ noteId, version, text }, access) => updateCanvasNote(access.projectId, noteId, version, text, access.user.id),
);

export const moveCanvasNoteAction = projectAction(
  moveCanvasNoteSchema,
  EDIT,
  async ({ noteId, to }, access) => refreshed(access.projectId, moveCanvasNote(access.projectId, noteId, to)),
  logged((input: { noteId: string }, data: { moved: boolean }) => (data.moved ? { verb: "reordered", itemType: "canvasNote", itemId: input.noteId } : null)),
);

export const deleteCanvasNoteAction = projectAction(
  deleteCanvasNoteSchema,
  EDIT,
  async ({ noteId }, access) => refreshed(access.projectId, deleteCanvasNote(access.projectId, noteId)),
  logged((input: { noteId: string }, note: { text: string }) => ({ verb: "deleted", itemType: "canvasNote", itemId: input.noteId, itemLabel: note.text })),
);

export const saveDirectionTestAction = projectAction(
  saveDirectionTestSchema,
  EDIT,
  async ({ projectId: _p, test, version, ...fields }, access) => saveDirectionTest(access.projectId, test, version, fields, access.user.id),
);

export const chooseRevenueModelAction = projectAction(
  chooseRevenueModelSchema,
  EDIT,
  async ({ model }, access) => refreshed(access.projectId, chooseRevenueModel(access.projectId, model)),
  logged((input: { model: string }) => ({ verb: "created", itemType: "revenueModel", itemId: input.model })),
);

export const updateRevenueModelAction = projectAction(
  updateRevenueModelSchema,
  EDIT,
  async ({ projectId: _p, model, version, ...fields }, access) => withComputed(access.projectId, await updateRevenueModel(access.projectId, model, version, fields, access.user.id)),
);

export const removeRevenueModelAction = projectAction(
  removeRevenueModelSchema,
  EDIT,
  async ({ model }, access) => refreshed(access.projectId, removeRevenueModel(access.projectId, model)),
  logged((input: { model: string }) => ({ verb: "deleted", itemType: "revenueModel", itemId: input.model })),
);

export const saveModelEconomicsAction = projectAction(
  saveModelEconomicsSchema,
  EDIT,
  async ({ projectId: _p, model, version, ...fields }, access) => withComputed(access.projectId, await saveModelEconomics(access.projectId, model, version, fields, access.user.id)),
);

export const saveUnitEconomicsAction = projectAction(
  saveUnitEconomicsSchema,
  EDIT,
  async ({ projectId: _p, version, ...fields }, access) => withComputed(access.projectId, await saveUnitEconomics(access.projectId, version, fields, access.user.id)),
);

export const saveBurnPlanAction = projectAction(
  saveBurnPlanSchema,
  EDIT,
  async ({ projectId: _p, version, ...fields }, access) => withComputed(access.projectId, await saveBurnPlan(access.projectId, version, fields, access.user.id)),
);
