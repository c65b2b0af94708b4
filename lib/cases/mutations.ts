import "server-only";
import { db } from "@/lib/db/client";
import { rowLog, versionedWrite } from "@/lib/db/versioned-write";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import { fail, ok, type ActionResult } from "@/lib/actions/result";
import { ownCaseSelect } from "./data";
import { CASE_LIMITS, type OwnCaseFields } from "./schema";
import type { OwnCaseKind } from "./tags";

export async function createOwnCase(projectId: AuthorizedProjectId, input: { kind: OwnCaseKind; title: string }): Promise<ActionResult<{ id: string; version: number }>> {
  const count = await db.ownCase.count({ where: { projectId } });
  if (count >= CASE_LIMITS.ownCases) return fail("validation", { fieldErrors: { title: { code: "tooMany", values: { max: CASE_LIMITS.ownCases } } } });
  const created = await db.ownCase.create({ data: { projectId, kind: input.kind, title: input.title }, select: { id: true, version: true } });
  return ok(created);
}

/** Saves only if nobody saved since `version`; on conflict reports the stored fields. */
export async function updateOwnCase(projectId: AuthorizedProjectId, caseId: string, version: number, fields: OwnCaseFields, actorId?: string): Promise<ActionResult<{ version: number }>> {
  const { id: _id, ...stored } = ownCaseSelect;
  const result = await versionedWrite({
    model: "ownCase",
    where: { id: caseId, projectId },
    version,
    data: fields,
    select: stored,
    activity: rowLog("cases", { id: caseId, projectId }, actorId, "ownCase", "title"),
  });
  if (result.outcome === "notFound") return fail("notFound");
  if (result.outcome === "conflict") return fail("conflict", { current: result.current });
  return ok({ version: result.row.version });
}

/** Deletes the case and its applied-lesson log; risks and notes made from it stay where they are. */
export async function deleteOwnCase(projectId: AuthorizedProjectId, caseId: string): Promise<ActionResult<{ id: string }>> {
  const deleted = await db.$transaction(async (tx) => {
    const { count } = await tx.ownCase.deleteMany({ where: { id: caseId, projectId } });
    if (count === 1) await tx.caseAppliedLesson.deleteMany({ where: { projectId, caseId } });
    return count === 1;
  });
  return deleted ? ok({ id: caseId }) : fail("notFound");
}

export function recordAppliedLesson(projectId: AuthorizedProjectId, input: { caseId: string; target: "risk" | "canvasNote"; targetId: string; text: string }) {
  return db.caseAppliedLesson.create({ data: { projectId, ...input }, select: { id: true } });
}
