import "server-only";
import { db } from "@/lib/db/client";

/** The benchmark's bare write: one Prisma update round trip, no validation, no authorization. */
export async function touchProject(projectId: string): Promise<void> {
  await db.project.update({ where: { id: projectId }, data: { updatedAt: new Date() }, select: { id: true } });
}
