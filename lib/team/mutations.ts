// Writes of the team section. Every query is scoped by the authorized project id; child rows are
// addressed by (id AND projectId). Member and hire writes run in one transaction with the cost
// recomputation, so the stored monthly team cost always matches the rows it was computed from.
import "server-only";
import { db, Prisma } from "@/lib/db/client";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import { fail, ok, type ActionResult } from "@/lib/actions/result";
import { recordLog, rowLog, versionedWrite, type VersionedResult } from "@/lib/db/versioned-write";
import { STRATEGY_FIELDS } from "./catalogue";
import { costSchedule } from "./cost";
import { equityTotal } from "./model";
import type { HireFields, MemberFields, StrategyFields } from "./schema";

type Tx = Prisma.TransactionClient;

/** The client of this section keeps its own values: a save answers with the new version only. */
function versionOnly<R extends { version: number }>(result: VersionedResult<R>): ActionResult<{ version: number }> {
  if (result.outcome === "notFound") return fail("notFound");
  if (result.outcome === "conflict") return fail("conflict", { current: result.current });
  return ok({ version: result.row.version });
}

export const memberEditable = { name: true, title: true, commitment: true, roles: true, skills: true, equityPct: true, monthlyCost: true, version: true } as const;
export const hireEditable = { roleId: true, title: true, priority: true, targetMonth: true, monthlyBudget: true, channel: true, status: true, notes: true, version: true } as const;

/**
 * Member and hire writes of one project take the TeamCost row lock first (creating the row on first
 * use), so they run one at a time: the equity total and the cost are computed from committed rows.
 * The cost is recomputed after every such write, whatever its outcome, so it heals itself.
 *
 * Lock order is project row, then TeamCost row, as in lib/plan-document lockPlan: a key-share lock
 * on the project (which new child rows need for their foreign key anyway) is taken first, so a
 * whole-plan restore holding the project row cannot deadlock with a team write holding TeamCost.
 */
function withTeamLock<T>(projectId: AuthorizedProjectId, write: (tx: Tx) => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Project" WHERE id = ${projectId} FOR KEY SHARE`;
    await tx.teamCost.upsert({ where: { projectId }, create: { projectId }, update: { computedAt: new Date() } });
    const result = await write(tx);
    const members = await tx.teamMember.findMany({ where: { projectId }, select: { monthlyCost: true } });
    const hires = await tx.teamHire.findMany({ where: { projectId }, select: { status: true, targetMonth: true, monthlyBudget: true } });
    const schedule = costSchedule(members, hires);
    await tx.teamCost.update({ where: { projectId }, data: { memberMonthlyCost: schedule.memberMonthlyCost, hireCostSteps: schedule.hireCostSteps, computedAt: new Date() } });
    return result;
  });
}

// ---- members ---------------------------------------------------------------------------------

export function addMember(projectId: AuthorizedProjectId, name: string) {
  return withTeamLock(projectId, async (tx) => ok(await tx.teamMember.create({ data: { projectId, name }, select: { id: true, version: true } })));
}

export function updateMember(projectId: AuthorizedProjectId, memberId: string, version: number, fields: MemberFields, actorId?: string) {
  return withTeamLock(projectId, async (tx): Promise<ActionResult<{ version: number }>> => {
    const others = await tx.teamMember.findMany({ where: { projectId, id: { not: memberId } }, select: { equityPct: true } });
    if (equityTotal([...others, { equityPct: fields.equityPct }]) > 100) {
      const max = Math.max(0, Math.floor((100 - equityTotal(others)) * 100) / 100);
      return fail("validation", { fieldErrors: { equityPct: { code: "equityTotalOver", values: { max } } } });
    }
    return versionOnly(
      await versionedWrite({ tx, model: "teamMember", where: { id: memberId, projectId }, version, data: fields, select: memberEditable, activity: rowLog("team", { id: memberId, projectId }, actorId, "member") }),
    );
  });
}

export function deleteMember(projectId: AuthorizedProjectId, memberId: string) {
  return withTeamLock(projectId, async (tx) => {
    const { count } = await tx.teamMember.deleteMany({ where: { id: memberId, projectId } });
    return count === 1 ? ok({ id: memberId }) : fail("notFound");
  });
}

// ---- hires -----------------------------------------------------------------------------------

export function addHire(projectId: AuthorizedProjectId, hire: Pick<HireFields, "roleId" | "priority" | "targetMonth">) {
  return withTeamLock(projectId, async (tx) => ok(await tx.teamHire.create({ data: { projectId, ...hire }, select: { id: true, version: true } })));
}

export function updateHire(projectId: AuthorizedProjectId, hireId: string, version: number, fields: HireFields, actorId?: string) {
  return withTeamLock(projectId, async (tx): Promise<ActionResult<{ version: number }>> =>
    versionOnly(
      await versionedWrite({ tx, model: "teamHire", where: { id: hireId, projectId }, version, data: fields, select: hireEditable, activity: rowLog("team", { id: hireId, projectId }, actorId, "hire", "title") }),
    ),
  );
}

export function deleteHire(projectId: AuthorizedProjectId, hireId: string) {
  return withTeamLock(projectId, async (tx) => {
    const { count } = await tx.teamHire.deleteMany({ where: { id: hireId, projectId } });
    return count === 1 ? ok({ id: hireId }) : fail("notFound");
  });
}

// ---- plan (roles) and strategy: one row per project, created by the first save (version 0) ----

type PlanFields = { scenario: string; rolesNow: string[]; rolesLater: string[] };
const planEditable = { scenario: true, rolesNow: true, rolesLater: true, version: true } as const;

export async function saveTeamPlan(projectId: AuthorizedProjectId, version: number, fields: PlanFields, actorId?: string): Promise<ActionResult<{ version: number }>> {
  return versionOnly(
    await versionedWrite({
      model: "teamPlan",
      where: { projectId },
      version,
      data: fields,
      select: planEditable,
      create: { projectId, ...fields },
      activity: recordLog("team", projectId, actorId, "rolesNeeded"),
    }),
  );
}

const strategyEditable = { version: true, ...Object.fromEntries(STRATEGY_FIELDS.map((f) => [f, true])) } as { version: true } & Record<keyof StrategyFields, true>;

export async function saveTeamStrategy(projectId: AuthorizedProjectId, version: number, fields: StrategyFields, actorId?: string): Promise<ActionResult<{ version: number }>> {
  return versionOnly(
    await versionedWrite({
      model: "teamStrategy",
      where: { projectId },
      version,
      data: fields,
      select: strategyEditable,
      create: { projectId, ...fields },
      activity: recordLog("team", projectId, actorId, "strategy"),
    }),
  );
}
