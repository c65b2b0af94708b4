"use server";
import { revalidatePath } from "next/cache";
import { projectAction } from "@/lib/actions/define";
import { rowActivity } from "@/lib/activity/model";
import { fail, ok } from "@/lib/actions/result";
import { addCanvasNote } from "@/lib/business-model/mutations";
import { computeLiveReadiness } from "@/lib/readiness/data";
import { scoreChange } from "@/lib/readiness/model";
import { createRisk } from "@/lib/risks/mutations";
import { caseExists } from "./data";
import { createOwnCase, deleteOwnCase, recordAppliedLesson, updateOwnCase } from "./mutations";
import { applyLessonSchema, createOwnCaseSchema, deleteOwnCaseSchema, updateOwnCaseSchema } from "./schema";

const casesPath = (projectId: string) => `/projects/${projectId}/cases`;

export const createOwnCaseAction = projectAction(createOwnCaseSchema, "plan.edit", async ({ kind, title }, access) => {
  const result = await createOwnCase(access.projectId, { kind, title });
  if (result.ok) revalidatePath(casesPath(access.projectId));
  return result;
}, { activity: rowActivity("cases", "ownCase", "created", "title") });

export const updateOwnCaseAction = projectAction(updateOwnCaseSchema, "plan.edit", async ({ projectId: _p, caseId, version, ...fields }, access) =>
  updateOwnCase(access.projectId, caseId, version, fields, access.user.id),
);

export const deleteOwnCaseAction = projectAction(deleteOwnCaseSchema, "plan.edit", async ({ caseId }, access) => {
  const result = await deleteOwnCase(access.projectId, caseId);
  if (result.ok) revalidatePath(casesPath(access.projectId), "layout");
  return result;
}, { activity: rowActivity("cases", "ownCase", "deleted", "title") });

/** Turns a lesson from a card into a risk in the register or a canvas note, linked back to the card. */
export const applyLessonAction = projectAction(applyLessonSchema, "plan.edit", async (input, access) => {
  if (!(await caseExists(access.projectId, input.caseId))) return fail("notFound");
  const before = (await computeLiveReadiness(access.projectId)).result;
  const created =
    input.target === "risk"
      ? await createRisk(access.projectId, {
          title: input.text,
          category: input.category,
          likelihood: input.likelihood,
          impact: input.impact,
          mitigation: input.mitigation,
          ownerMemberId: input.ownerMemberId,
          nextReview: input.nextReview,
          sourceCaseId: input.caseId,
        })
      : await addCanvasNote(access.projectId, { block: input.block, text: input.text, sourceCaseId: input.caseId });
  if (!created.ok) return created;
  await recordAppliedLesson(access.projectId, { caseId: input.caseId, target: input.target, targetId: created.data.id, text: input.text });
  revalidatePath(`${casesPath(access.projectId)}/${input.caseId}`);
  revalidatePath(`/projects/${access.projectId}/${input.target === "risk" ? "risks" : "business-model"}`);
  // Never lower the score silently: say by how much and which criteria fell, with their reasons.
  const after = (await computeLiveReadiness(access.projectId)).result;
  return ok({ target: input.target, targetId: created.data.id, readiness: scoreChange(before, after) });
});
