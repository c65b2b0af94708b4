"use server";
// The benchmark's minimal server action: the session lookup every action makes, then one bare
// update — what a save costs in this framework before any validation, authorization or versioning.
// Imported only by the bench-only page (page.bench.tsx), so only bench builds contain it.
import { currentUser } from "@/lib/auth/session";
// eslint-disable-next-line no-restricted-imports -- the bench's bare update, on purpose without a data module
import { db } from "@/lib/db/client";

export async function benchMinimalSave(input: unknown): Promise<void> {
  const projectId = input && typeof input === "object" && "projectId" in input ? String(input.projectId) : "";
  if (!(await currentUser()) || !projectId) throw new Error("bench: signed-in user and projectId needed");
  await db.project.update({ where: { id: projectId }, data: { updatedAt: new Date() }, select: { id: true } });
}
