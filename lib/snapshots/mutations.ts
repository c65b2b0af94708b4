// Named snapshots and restoring one. A restore is ONE transaction: lock the plan, save what is
// there now as a BEFORE_RESTORE snapshot, replace the content with the snapshot's document.
import "server-only";
import { db, type Prisma } from "@/lib/db/client";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import { fail, ok, type ActionResult } from "@/lib/actions/result";
import { readPlanDocument } from "@/lib/plan-document/data";
import { lockPlan, PLAN_TRANSACTION, replacePlanContent } from "@/lib/plan-document/mutations";
import type { PlanDocument } from "@/lib/plan-document/schema";
import { parseStoredDocument } from "./data";

type Kind = "MANUAL" | "BEFORE_RESTORE" | "SHARE_LINK";

/** Saves the plan as it is now (document and investor summary) under a name. */
export async function createSnapshot(projectId: AuthorizedProjectId, input: { name: string; kind: Kind; createdById: string; summary: unknown }) {
  const document = await readPlanDocument(projectId);
  return db.planSnapshot.create({
    data: { projectId, name: input.name, kind: input.kind, createdById: input.createdById, summary: input.summary as Prisma.InputJsonValue, document: document as Prisma.InputJsonValue },
    select: { id: true, name: true },
  });
}

/**
 * Replaces the plan with a snapshot's document. What was there is kept first as a BEFORE_RESTORE
 * snapshot named after the restored one (the page says "Before restoring …"), so a restore can
 * itself be undone. `summary` is the investor summary of the plan being replaced.
 */
export async function restoreSnapshot(
  projectId: AuthorizedProjectId,
  snapshotId: string,
  input: { userId: string; summary: unknown; now: Date },
): Promise<ActionResult<{ name: string; backupId: string }>> {
  return db.$transaction(async (tx) => {
    const snapshot = await tx.planSnapshot.findFirst({ where: { id: snapshotId, projectId }, select: { name: true, document: true } });
    if (!snapshot) return fail("notFound");
    const document: PlanDocument | null = parseStoredDocument(snapshot.document);
    if (!document) return fail("snapshotUnreadable");
    await lockPlan(tx, projectId);
    const current = await readPlanDocument(projectId, tx);
    const backup = await tx.planSnapshot.create({
      data: {
        projectId,
        name: snapshot.name,
        kind: "BEFORE_RESTORE",
        createdById: input.userId,
        summary: input.summary as Prisma.InputJsonValue,
        document: current as Prisma.InputJsonValue,
        // Just before now, so the list shows the backup below anything made after the restore.
        createdAt: new Date(input.now.getTime() - 1),
      },
      select: { id: true },
    });
    await replacePlanContent(tx, projectId, document, input.now);
    return ok({ name: snapshot.name, backupId: backup.id });
  }, PLAN_TRANSACTION);
}

/** A snapshot's document, to copy into a new project; null when there is none or it cannot be read. */
export async function snapshotDocument(projectId: AuthorizedProjectId, snapshotId: string): Promise<{ name: string; document: PlanDocument | null } | null> {
  const snapshot = await db.planSnapshot.findFirst({ where: { id: snapshotId, projectId }, select: { name: true, document: true } });
  return snapshot ? { name: snapshot.name, document: parseStoredDocument(snapshot.document) } : null;
}
