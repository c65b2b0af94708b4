import "server-only";
import { db } from "@/lib/db/client";
import type { AuthorizedTeamId } from "@/lib/authz/gate";
import { compareMembers } from "./model";

export function getTeam(teamId: AuthorizedTeamId) {
  return db.team.findUniqueOrThrow({ where: { id: teamId }, select: { id: true, name: true, personal: true } });
}

/** The team's members with their role, owners first. One query. */
export async function listTeamMembers(teamId: AuthorizedTeamId) {
  const rows = await db.membership.findMany({
    where: { teamId },
    select: { role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
    take: 500,
  });
  return rows
    .map((m) => ({ userId: m.user.id, name: m.user.name, email: m.user.email, role: m.role, joinedAt: m.createdAt }))
    .sort(compareMembers);
}

export type TeamMember = Awaited<ReturnType<typeof listTeamMembers>>[number];

export function findTeamMemberByEmail(teamId: AuthorizedTeamId, email: string) {
  return db.membership.findFirst({ where: { teamId, user: { email } }, select: { id: true } });
}
