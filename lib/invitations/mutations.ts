import "server-only";
import { randomBytes } from "node:crypto";
import { db, Prisma } from "@/lib/db/client";
import type { AuthorizedProjectId, AuthorizedTeamId } from "@/lib/authz/gate";
import type { Role } from "@/lib/authz/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { acceptanceProblem, hashInvitationToken } from "./model";

type NewInvitation = { role: Role; email: string | null; maxUses: number | null; expiresAt: Date; projectId?: AuthorizedProjectId };

/** Creates an invitation and returns its token: the only time the token exists outside a link. */
export async function createInvitation(teamId: AuthorizedTeamId, createdById: string, invitation: NewInvitation) {
  const token = randomBytes(32).toString("base64url"); // 256 bits
  const created = await db.invitation.create({
    data: { teamId, createdById, tokenHash: hashInvitationToken(token), ...invitation },
    select: { id: true, expiresAt: true },
  });
  return { ...created, token };
}

/** Returns false when there was no open invitation with this id in the team. */
export async function revokeInvitation(teamId: AuthorizedTeamId, invitationId: string, now: Date) {
  const { count } = await db.invitation.updateMany({ where: { id: invitationId, teamId, revokedAt: null }, data: { revokedAt: now } });
  return count === 1;
}

export type AcceptOutcome =
  | { ok: true; teamId: string; projectId: string | null; alreadyMember: boolean }
  | { ok: false; code: "notFound" | NonNullable<ReturnType<typeof acceptanceProblem>> };

/**
 * Joins the user to the invitation's team. One transaction: the use is counted only if the
 * membership is created, and a use is claimed with a compare-and-set on `uses`, so two people
 * cannot both take the last use of a single-use link.
 */
export function acceptInvitation(token: string, user: SessionUser, now: Date): Promise<AcceptOutcome> {
  return db.$transaction(async (tx): Promise<AcceptOutcome> => {
    for (let attempt = 0; attempt < 3; attempt++) {
      const invitation = await tx.invitation.findUnique({ where: { tokenHash: hashInvitationToken(token) } });
      if (!invitation) return { ok: false, code: "notFound" };
      const problem = acceptanceProblem(invitation, user.email, now);
      if (problem) return { ok: false, code: problem };
      const { projectId } = invitation;
      const existing = await tx.membership.findUnique({ where: { teamId_userId: { teamId: invitation.teamId, userId: user.id } }, select: { id: true } });
      const onProject = projectId ? await tx.projectMember.findUnique({ where: { projectId_userId: { projectId, userId: user.id } }, select: { id: true } }) : null;
      // Already in the team (or on this project): the invitation is not used up and no role is changed,
      // so a project invitation never narrows what a team member already has.
      if (existing || onProject) return { ok: true, teamId: invitation.teamId, projectId, alreadyMember: true };
      const claimed = await tx.invitation.updateMany({ where: { id: invitation.id, uses: invitation.uses, revokedAt: null }, data: { uses: { increment: 1 } } });
      if (claimed.count === 0) continue; // someone accepted at the same moment: look again
      try {
        if (projectId) await tx.projectMember.create({ data: { projectId, userId: user.id, role: invitation.role } });
        else await tx.membership.create({ data: { teamId: invitation.teamId, userId: user.id, role: invitation.role } });
      } catch (error) {
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new AlreadyJoined(invitation.teamId, projectId);
        throw error;
      }
      return { ok: true, teamId: invitation.teamId, projectId, alreadyMember: false };
    }
    return { ok: false, code: "invitationUsedUp" };
  }).catch((error: unknown): AcceptOutcome => {
    // The same user accepting twice at once: the second transaction is rolled back, nothing is used.
    if (error instanceof AlreadyJoined) return { ok: true, teamId: error.teamId, projectId: error.projectId, alreadyMember: true };
    throw error;
  });
}

class AlreadyJoined extends Error {
  constructor(
    readonly teamId: string,
    readonly projectId: string | null,
  ) {
    super("already a member");
  }
}
