import "server-only";
import { db } from "@/lib/db/client";
import type { AuthorizedProjectId } from "@/lib/authz/gate";

export function touchPresence(projectId: AuthorizedProjectId, userId: string, now: Date) {
  return db.presence.upsert({
    where: { projectId_userId: { projectId, userId } },
    create: { projectId, userId, lastSeen: now },
    update: { lastSeen: now },
    select: { userId: true },
  });
}
