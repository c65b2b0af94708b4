import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { effectiveProjectRole } from "./permissions";

/**
 * The caller's role on a project, or null (no such project, or no access to it). A role given on
 * the project itself (ProjectMember) wins over the caller's team role; someone with only a
 * project role reaches that project and nothing else of the team. Read once per request: the
 * layout, the page and its loaders all pass the gate.
 */
export const findProjectRole = cache(async (projectId: string, userId: string) => {
  const project = await db.project.findFirst({
    // Access is part of the `where`: a project the caller cannot reach is simply not found.
    where: { id: projectId, OR: [{ team: { memberships: { some: { userId } } } }, { projectMembers: { some: { userId } } }] },
    select: {
      id: true,
      teamId: true,
      archivedAt: true,
      team: { select: { memberships: { where: { userId }, select: { role: true } } } },
      projectMembers: { where: { userId }, select: { role: true } },
    },
  });
  if (!project) return null;
  const role = effectiveProjectRole(project.team.memberships[0]?.role, project.projectMembers[0]?.role);
  return { projectId: project.id, teamId: project.teamId, archived: project.archivedAt !== null, role };
});

export async function findTeamRole(teamId: string, userId: string) {
  const membership = await db.membership.findUnique({ where: { teamId_userId: { teamId, userId } }, select: { role: true, teamId: true } });
  return membership;
}
