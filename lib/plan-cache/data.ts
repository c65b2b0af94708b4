// The one read the plan cache needs per request: the plan's revision (and its time zone, which the
// cache key and "today" both need). See ./cache.ts.
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";

/** The plan row's revision and time zone, read once per request (null: no such plan). */
export const planState = cache(async (projectId: string): Promise<{ revision: number; timeZone: string } | null> => {
  const row = await db.project.findUnique({ where: { id: projectId }, select: { timeZone: true, planRevision: { select: { revision: true } } } });
  return row ? { revision: row.planRevision?.revision ?? 0, timeZone: row.timeZone } : null;
});
