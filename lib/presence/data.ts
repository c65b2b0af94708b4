import "server-only";
import { db } from "@/lib/db/client";
import type { AuthorizedProjectId } from "@/lib/authz/gate";

/** Members seen in the project since `since`, most recent first. One query. */
export async function listPresent(projectId: AuthorizedProjectId, since: Date) {
  const rows = await db.presence.findMany({
    // Still a member: someone removed from the team disappears at once, not 45 s later.
    where: { projectId, lastSeen: { gte: since }, user: { memberships: { some: { team: { projects: { some: { id: projectId } } } } } } },
    orderBy: { lastSeen: "desc" },
    take: 50,
    select: { lastSeen: true, user: { select: { id: true, name: true } } },
  });
  return rows.map((r) => ({ userId: r.user.id, name: r.user.name, lastSeen: r.lastSeen }));
}
