import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { fail, ok, type ActionResult } from "@/lib/actions/result";
import { changedFields } from "@/lib/activity/model";
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

export async function savePlan(projectId: AuthorizedProjectId, version: number, fields: PlanInput): Promise<Saved> {
  // The plan row is created on first save; concurrent first saves still meet the version check.
  await db.projectPlan.createMany({ data: [{ projectId }], skipDuplicates: true });
  const read = () => db.projectPlan.findUnique({ where: { projectId }, select: planSelect });
  const before = await read();
  const { count } = await db.projectPlan.updateMany({ where: { projectId, version }, data: { ...fields, version: { increment: 1 } } });
  if (count) return ok({ version: version + 1, changed: before ? changedFields(before, fields) : Object.keys(fields) });
  const current = await read();
  return current ? fail("conflict", { current }) : fail("notFound");
}

export async function addMilestone(projectId: AuthorizedProjectId, title: string) {
  const row = await db.milestone.create({ data: { projectId, title }, select: milestoneSelect });
  return toMilestone(row);
}

/**
 * Saves a milestone and replaces its prerequisites in one transaction. Prerequisites must be other
 * milestones of the same project and must not close a loop.
 */
export async function saveMilestone(projectId: AuthorizedProjectId, id: string, version: number, fields: MilestoneInput): Promise<Saved> {
  const { dependsOn, ...values } = fields;
  return db.$transaction(async (tx): Promise<Saved> => {
    await lockProject(tx, projectId);
    const read = async () => {
      const row = await tx.milestone.findFirst({ where: { id, projectId }, select: milestoneSelect });
      return row ? toMilestone(row) : null;
    };
    const before = await read();
    if (!before) return fail("notFound");
    if (before.version !== version) return fail("conflict", { current: before });
    if (dependsOn.length > 0) {
      const [found, edges] = await Promise.all([
        tx.milestone.count({ where: { projectId, id: { in: dependsOn } } }),
        tx.milestoneDependency.findMany({ where: { projectId }, select: { milestoneId: true, dependsOnId: true } }),
      ]);
      if (found !== dependsOn.length) return fail("validation", { fieldErrors: { dependsOn: { code: "invalidOption" } } });
      if (createsCycle(edges, id, dependsOn)) return fail("validation", { fieldErrors: { dependsOn: { code: "dependencyCycle" } } });
    }
    const { count } = await tx.milestone.updateMany({
      where: { id, projectId, version },
      data: { ...values, startDate: dbDate(values.startDate), dueDate: dbDate(values.dueDate), version: { increment: 1 } },
    });
    if (!count) {
      const current = await read();
      return current ? fail("conflict", { current }) : fail("notFound");
    }
    // Prerequisites compare as sets; they are only rewritten when they changed.
    const changed = changedFields({ ...before, dependsOn: [...before.dependsOn].sort() }, { ...fields, dependsOn: [...dependsOn].sort() });
    if (changed.includes("dependsOn")) {
      await tx.milestoneDependency.deleteMany({ where: { projectId, milestoneId: id } });
      if (dependsOn.length > 0) await tx.milestoneDependency.createMany({ data: dependsOn.map((dependsOnId) => ({ projectId, milestoneId: id, dependsOnId })) });
    }
    return ok({ version: version + 1, changed });
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
