import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { fail, ok, type ActionResult } from "@/lib/actions/result";
import type { FieldChange } from "@/lib/activity/model";
import { recordLog, rowLog, versionedWrite } from "@/lib/db/versioned-write";
import { savedVersion } from "@/lib/actions/row-results";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import { milestoneSelect, planSelect, toMilestone } from "./data";
import { chainSchedule, createsCycle, type ChainStep } from "./model";
import type { CheckState, MilestoneInput, PlanInput } from "./schema";

/** A saved record's new version and the fields the save changed (for the activity log). */
export type Saved = ActionResult<{ version: number; changed: string[] }>;

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

/** Serialises dependency edits and seeding per project, so two concurrent saves cannot close a loop together. */
async function lockProject(tx: Tx, projectId: AuthorizedProjectId) {
  await tx.$queryRaw`SELECT 1 FROM "Project" WHERE "id" = ${projectId} FOR UPDATE`;
}

const dbDate = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

export async function savePlan(projectId: AuthorizedProjectId, version: number, fields: PlanInput, actorId?: string): Promise<Saved> {
  // The plan row is created on first save; concurrent first saves still meet the version check.
  await db.projectPlan.createMany({ data: [{ projectId }], skipDuplicates: true });
  return savedVersion(
    await versionedWrite({ model: "projectPlan", where: { projectId }, version, data: fields, select: planSelect, activity: recordLog("milestones", projectId, actorId, "projectPlan") }),
  );
}

export async function addMilestone(projectId: AuthorizedProjectId, title: string) {
  const row = await db.milestone.create({ data: { projectId, title }, select: milestoneSelect });
  return toMilestone(row);
}

const { dependsOn: _dependsOn, ...milestoneColumns } = milestoneSelect;

/**
 * Saves a milestone and replaces its prerequisites in one transaction. Prerequisites must be other
 * milestones of the same project and must not close a loop. They compare as sets and are only
 * rewritten when they changed; the activity shows them by title.
 */
export async function saveMilestone(projectId: AuthorizedProjectId, id: string, version: number, fields: MilestoneInput, actorId?: string): Promise<Saved> {
  const { dependsOn, ...values } = fields;
  return db.$transaction(async (tx): Promise<Saved> => {
    await lockProject(tx, projectId);
    const [found, edges] = await Promise.all([
      dependsOn.length > 0 ? tx.milestone.count({ where: { projectId, id: { in: dependsOn } } }) : Promise.resolve(0),
      tx.milestoneDependency.findMany({ where: { projectId }, select: { milestoneId: true, dependsOnId: true } }),
    ]);
    if (found !== dependsOn.length) return fail("validation", { fieldErrors: { dependsOn: { code: "invalidOption" } } });
    if (dependsOn.length > 0 && createsCycle(edges, id, dependsOn)) return fail("validation", { fieldErrors: { dependsOn: { code: "dependencyCycle" } } });
    const before = edges.filter((e) => e.milestoneId === id).map((e) => e.dependsOnId).sort();
    const after = [...new Set(dependsOn)].sort();
    const depsChanged = JSON.stringify(before) !== JSON.stringify(after);
    let extraChanges: FieldChange[] = [];
    if (depsChanged) {
      const titles = new Map((await tx.milestone.findMany({ where: { projectId, id: { in: [...before, ...after] } }, select: { id: true, title: true } })).map((m) => [m.id, m.title]));
      const names = (ids: string[]) => ids.map((i) => titles.get(i) ?? i).join(", ") || null;
      extraChanges = [{ field: "dependsOn", from: names(before), to: names(after) }];
    }
    const result = await versionedWrite({
      tx,
      model: "milestone",
      where: { id, projectId },
      version,
      data: { ...values, startDate: dbDate(values.startDate), dueDate: dbDate(values.dueDate) },
      select: milestoneColumns,
      extraChanges,
      activity: rowLog("milestones", { id, projectId }, actorId, "milestone", "title"),
    });
    if (result.outcome === "notFound") return fail("notFound");
    if (result.outcome === "conflict") {
      const current = await tx.milestone.findFirst({ where: { id, projectId }, select: milestoneSelect });
      return current ? fail("conflict", { current: toMilestone(current) }) : fail("notFound");
    }
    if (depsChanged && result.changes.some((c) => c.field === "dependsOn")) {
      await tx.milestoneDependency.deleteMany({ where: { projectId, milestoneId: id } });
      if (after.length > 0) await tx.milestoneDependency.createMany({ data: after.map((dependsOnId) => ({ projectId, milestoneId: id, dependsOnId })) });
    }
    return ok({ version: result.row.version, changed: result.changes.map((c) => c.field) });
  });
}

export async function deleteMilestone(projectId: AuthorizedProjectId, id: string): Promise<ActionResult<{ id: string }>> {
  const { count } = await db.milestone.deleteMany({ where: { id, projectId } });
  return count ? ok({ id }) : fail("notFound");
}

/**
 * Adds the documents' milestone chain, each step depending on the previous one, when the plan has
 * no milestones yet (a second click adds nothing). Returns how many were created.
 */
export async function seedChain(projectId: AuthorizedProjectId, titles: Record<ChainStep, string>, today: string): Promise<{ created: number }> {
  return db.$transaction(async (tx) => {
    await lockProject(tx, projectId);
    if ((await tx.milestone.count({ where: { projectId } })) > 0) return { created: 0 };
    const chain = chainSchedule(today).map((c) => ({ ...c, id: randomUUID() }));
    await tx.milestone.createMany({
      data: chain.map((c) => ({ id: c.id, projectId, title: titles[c.step], startDate: dbDate(c.startDate), dueDate: dbDate(c.dueDate) })),
    });
    await tx.milestoneDependency.createMany({
      data: chain.slice(1).map((c, i) => ({ projectId, milestoneId: c.id, dependsOnId: chain[i].id })),
    });
    return { created: chain.length };
  });
}

/** Sets a checklist item open (no row), done or not applicable; returns whether anything changed. */
export async function setCheck(projectId: AuthorizedProjectId, checkId: string, state: CheckState): Promise<boolean> {
  if (state === "open") return (await db.executionCheck.deleteMany({ where: { projectId, checkId } })).count > 0;
  const [updated, created] = await db.$transaction([
    db.executionCheck.updateMany({ where: { projectId, checkId, state: { not: state } }, data: { state } }),
    db.executionCheck.createMany({ data: [{ projectId, checkId, state }], skipDuplicates: true }),
  ]);
  return updated.count + created.count > 0;
}
