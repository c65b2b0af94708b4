import "server-only";
import { db } from "@/lib/db/client";
import type { AuthorizedProjectId, AuthorizedTeamId } from "@/lib/authz/gate";
import { hashInvitationToken } from "./model";

/** The invitation a token stands for (the token is the capability: no session needed to see it). */
export function findInvitationByToken(token: string) {
  return db.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: {
      id: true,
      role: true,
      email: true,
      uses: true,
      maxUses: true,
      expiresAt: true,
      revokedAt: true,
      team: { select: { id: true, name: true } },
      project: { select: { id: true, name: true } },
      createdBy: { select: { name: true } },
    },
  });
}

/** A team's invitations that can still be used, newest first. */
export function listOpenInvitations(teamId: AuthorizedTeamId, now: Date) {
  return db.invitation.findMany({
    where: { teamId, revokedAt: null, expiresAt: { gt: now } },
    orderBy: { createdAt: "desc" },
    take: 200,
    select: { id: true, role: true, email: true, uses: true, maxUses: true, expiresAt: true, revokedAt: true, createdAt: true, createdBy: { select: { name: true } }, project: { select: { name: true } } },
  });
}

/** Whether this address already reaches the plan: through its team or a role on the plan itself. */
export async function findProjectMemberByEmail(projectId: AuthorizedProjectId, teamId: AuthorizedTeamId, email: string) {
  const user = await db.user.findFirst({
    where: { email: { equals: email, mode: "insensitive" }, OR: [{ memberships: { some: { teamId } } }, { projectMembers: { some: { projectId } } }] },
    select: { id: true },
  });
  return user !== null;
}
