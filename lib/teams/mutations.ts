import "server-only";
import { db } from "@/lib/db/client";

export function createTeam(ownerId: string, name: string) {
  return db.team.create({ data: { name, memberships: { create: { userId: ownerId, role: "OWNER" } } }, select: { id: true } });
}
