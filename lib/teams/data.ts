import "server-only";
import { db } from "@/lib/db/client";

/** The teams the user belongs to, with their role and the number of live projects. */
export function listUserTeams(userId: string) {
  return db.membership.findMany({
    where: { userId },
    select: { role: true, team: { select: { id: true, name: true, personal: true, _count: { select: { projects: { where: { archivedAt: null } } } } } } },
    orderBy: [{ team: { personal: "desc" } }, { team: { createdAt: "asc" } }],
  });
}
