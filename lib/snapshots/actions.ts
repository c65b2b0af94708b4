"use server";
import { revalidatePath } from "next/cache";
import { projectAction } from "@/lib/actions/define";
import { fail, ok } from "@/lib/actions/result";
import { recordActivity } from "@/lib/activity/mutations";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import { buildInvestorSummary } from "@/lib/investor-summary/data";
import { createProjectFromDocument } from "@/lib/plan-document/mutations";
import { createSnapshot, restoreSnapshot, snapshotDocument } from "./mutations";
import { createSnapshotSchema, duplicateSnapshotSchema, restoreSnapshotSchema } from "./schema";

const historyPath = (projectId: string) => `/projects/${projectId}/history`;

export const createSnapshotAction = projectAction(
  createSnapshotSchema,
  "snapshot.create",
  async ({ name }, access) => {
    // The investor summary is stored too, so this snapshot can later back a frozen share link.
    const summary = await buildInvestorSummary(access.projectId);
    const snapshot = await createSnapshot(access.projectId, { name, kind: "MANUAL", createdById: access.user.id, summary });
    revalidatePath(historyPath(access.projectId));
    return ok(snapshot);
  },
  { activity: { section: "history", summarize: (_input, data) => ({ verb: "created", itemLabel: data.name }) } },
);

export const restoreSnapshotAction = projectAction(
  restoreSnapshotSchema,
  "snapshot.restore",
  async ({ snapshotId }, access) => {
    const summary = await buildInvestorSummary(access.projectId);
    const result = await restoreSnapshot(access.projectId, snapshotId, { userId: access.user.id, summary, now: new Date() });
    if (!result.ok) return result;
    revalidatePath(`/projects/${access.projectId}`, "layout");
    return result;
  },
  { activity: { section: "history", summarize: (_input, data) => ({ verb: "restored", itemLabel: data.name }) } },
);

/** "Try a pivot": the snapshot becomes a new project of the same team; this plan is untouched. */
export const duplicateSnapshotAction = projectAction(duplicateSnapshotSchema, "plan.import", async ({ snapshotId, name }, access) => {
  const found = await snapshotDocument(access.projectId, snapshotId);
  if (!found) return fail("notFound");
  if (!found.document) return fail("snapshotUnreadable");
  const project = await createProjectFromDocument(access.teamId, found.document, { name, now: new Date() });
  await recordActivity(project.id as AuthorizedProjectId, access.user.id, "history", { verb: "created", itemLabel: found.name }).catch((error) =>
    console.error("[activity] could not record a duplicate", error),
  );
  revalidatePath("/projects");
  return ok({ projectId: project.id });
});
