import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";

/** Only notifications of plans the user can still open (or of no plan): a removed member sees none of the team's. */
const visibleTo = (userId: string) => ({ userId, OR: [{ projectId: null }, { project: { team: { memberships: { some: { userId } } } } }, { project: { projectMembers: { some: { userId } } } }] });

/** The bell's number; one query, shared by everything on the page. */
export const countUnread = cache((userId: string) => db.notification.count({ where: { ...visibleTo(userId), readAt: null } }));

export function listNotifications(userId: string) {
  return db.notification.findMany({
    where: visibleTo(userId),
    orderBy: { createdAt: "desc" },
    take: 100,
    select: { id: true, kind: true, actorName: true, excerpt: true, createdAt: true, readAt: true, project: { select: { name: true } } },
  });
}
