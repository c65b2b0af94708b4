import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";

/**
 * The caller's role in the team owning the project, or null (no such project, or not a member).
 * Read once per request: the layout, the page and its loaders all pass the gate.
 */
export const findProjectRole = cache(async (projectId: string, userId: string) => {
  const project = await db.project.findFirst({
    where: { id: projectId, team: { memberships: { some: { userId } } } },
    select: { id: true, teamId: true, archivedAt: true, team: { select: { memberships: { where: { userId }, select: { role: true } } } } },
  });
  if (!project) return null;
  return { projectId: project.id, teamId: project.teamId, archived: project.archivedAt !== null, role: project.team.memberships[0]?.role ?? null };
});

export async function findTeamRole(teamId: string, userId: string) {
  const membership = await db.membership.findUnique({ where: { teamId_userId: { teamId, userId } }, select: { role: true, teamId: true } });
  return membership;
}
