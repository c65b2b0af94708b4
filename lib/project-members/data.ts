// People with a role on one plan (ProjectMember): invited to this plan only, or a team member whose
// role is different here. One query, scoped by an authorized project id.
import "server-only";
import { db } from "@/lib/db/client";
import type { AuthorizedProjectId } from "@/lib/authz/gate";

export async function listProjectMembers(projectId: AuthorizedProjectId) {
  const rows = await db.projectMember.findMany({
    where: { projectId },
    select: { role: true, user: { select: { id: true, name: true, email: true } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 500,
  });
  return rows.map((r) => ({ userId: r.user.id, name: r.user.name, email: r.user.email, role: r.role }));
}

export type ProjectMemberRow = Awaited<ReturnType<typeof listProjectMembers>>[number];
