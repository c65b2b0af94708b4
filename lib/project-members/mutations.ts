import "server-only";
import { db } from "@/lib/db/client";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import type { Role } from "@/lib/authz/permissions";

/** Sets (role) or ends (null) someone's role on this plan; false when they had none here. */
export async function setProjectMemberRole(projectId: AuthorizedProjectId, userId: string, role: Exclude<Role, "OWNER"> | null): Promise<boolean> {
  const where = { projectId, userId };
  const { count } = role === null ? await db.projectMember.deleteMany({ where }) : await db.projectMember.updateMany({ where, data: { role } });
  return count > 0;
}
