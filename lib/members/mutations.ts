import "server-only";
import { db, Prisma } from "@/lib/db/client";
import type { AuthorizedTeamId } from "@/lib/authz/gate";
import type { Role } from "@/lib/authz/permissions";
import { wouldLeaveNoOwner } from "./model";

export type MembershipOutcome = "ok" | "notFound" | "lastOwner";

/**
 * Runs a membership change with the team row locked, so two owners demoting each other at the
 * same moment are serialised and the second one sees that only one owner is left.
 */
function withTeamLocked<T>(teamId: AuthorizedTeamId, change: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT "id" FROM "Team" WHERE "id" = ${teamId} FOR UPDATE`;
    return change(tx);
  });
}

async function ownerCount(tx: Prisma.TransactionClient, teamId: string) {
  return tx.membership.count({ where: { teamId, role: "OWNER" } });
}

/** Sets one member's role (null removes them), refusing to leave the team without an owner. */
export function setMemberRole(teamId: AuthorizedTeamId, userId: string, role: Role | null): Promise<MembershipOutcome> {
  return withTeamLocked(teamId, async (tx) => {
    const member = await tx.membership.findUnique({ where: { teamId_userId: { teamId, userId } }, select: { id: true, role: true } });
    if (!member) return "notFound";
    if (wouldLeaveNoOwner(await ownerCount(tx, teamId), member.role, role)) return "lastOwner";
    if (role === null) await tx.membership.delete({ where: { id: member.id } });
    else await tx.membership.update({ where: { id: member.id }, data: { role } });
    return "ok";
  });
}

/** Makes `toUserId` an owner and the current owner an editor, in one step. */
export function transferOwnership(teamId: AuthorizedTeamId, fromUserId: string, toUserId: string): Promise<MembershipOutcome> {
  return withTeamLocked(teamId, async (tx) => {
    const [from, to] = await Promise.all([
      tx.membership.findUnique({ where: { teamId_userId: { teamId, userId: fromUserId } }, select: { id: true, role: true } }),
      tx.membership.findUnique({ where: { teamId_userId: { teamId, userId: toUserId } }, select: { id: true } }),
    ]);
    if (!from || !to || from.role !== "OWNER") return "notFound";
    await tx.membership.update({ where: { id: to.id }, data: { role: "OWNER" } });
    await tx.membership.update({ where: { id: from.id }, data: { role: "EDITOR" } });
    return "ok";
  });
}
