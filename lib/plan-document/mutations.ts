// Writes a plan document into a project, each entry point in ONE transaction: restoring into the
// current project (after an automatic BEFORE_RESTORE snapshot, see lib/snapshots/mutations.ts),
// importing into a new project, duplicating a snapshot as a new project. Local keys become new ids,
// and every reference (risk owner, case links, lessons, milestone dependencies) follows them.
import "server-only";
import { db, type Prisma } from "@/lib/db/client";
import type { AuthorizedProjectId, AuthorizedTeamId } from "@/lib/authz/gate";
import type { PlanDocument } from "./schema";
import { importIds, PLAN_PARTS } from "./sections/registry";

export type Tx = Prisma.TransactionClient;

/** A whole plan is larger than a section save: give the transaction room (default is 5 s). */
export const PLAN_TRANSACTION = { maxWait: 10_000, timeout: 60_000 } as const;

/** Deletes every section's list rows of a project (not its snapshots, links, comments or activity). */
async function clearPlanContent(tx: Tx, projectId: string) {
  const where = { projectId };
  // Sequential on purpose: one transaction is one connection.
  for (const part of Object.values(PLAN_PARTS)) for (const remove of part.clear(tx, where)) await remove();
}

/** Writes all sections of `doc` into a project whose plan content is empty (or was just cleared). */
async function writeSections(tx: Tx, projectId: string, doc: PlanDocument, now: Date) {
  const w = { tx, projectId, now, ids: importIds(doc) };
  const { team, businessModel, risks, cases, market, platform, funding, milestones, compliance } = PLAN_PARTS;
  // Sequential on purpose: one transaction is one connection.
  await team.write(w, doc.team);
  await businessModel.write(w, doc.businessModel);
  await risks.write(w, doc.risks);
  await cases.write(w, doc.cases);
  await market.write(w, doc.market);
  await platform.write(w, doc.platform);
  await funding.write(w, doc.funding);
  await milestones.write(w, doc.milestones);
  await compliance.write(w, doc.compliance);
}

/**
 * Replaces the plan content of a project with `doc`, inside the caller's transaction. The caller
 * has taken the project's locks (see lockPlan) and saved what it replaces.
 */
export async function replacePlanContent(tx: Tx, projectId: AuthorizedProjectId, doc: PlanDocument, now: Date) {
  await tx.project.update({ where: { id: projectId }, data: { ...doc.project, version: { increment: 1 } } });
  await clearPlanContent(tx, projectId);
  await writeSections(tx, projectId, doc, now);
}

/**
 * Serialises whole-plan writes with each other and with team writes (which lock the TeamCost row,
 * see lib/team/mutations.ts): project row first, then the team cost row.
 */
export async function lockPlan(tx: Tx, projectId: AuthorizedProjectId) {
  await tx.$queryRaw`SELECT id FROM "Project" WHERE id = ${projectId} FOR UPDATE`;
  await tx.teamCost.upsert({ where: { projectId }, create: { projectId }, update: {} });
}

/** A new project in `teamId` holding `doc` (import a file, or duplicate a snapshot "to try a pivot"). */
export async function createProjectFromDocument(teamId: AuthorizedTeamId, doc: PlanDocument, options: { name?: string; now: Date }) {
  return db.$transaction(async (tx) => {
    const project = await tx.project.create({ data: { teamId, ...doc.project, name: options.name ?? doc.project.name }, select: { id: true } });
    await writeSections(tx, project.id, doc, options.now);
    return project;
  }, PLAN_TRANSACTION);
}
