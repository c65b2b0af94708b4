import "server-only";
import { db } from "@/lib/db/client";
import { isOverLimit, type Limit } from "./model";

/** Whether `key` has already used up its attempts in the current window (does not count one). */
export async function isRateLimited(key: string, limit: Limit): Promise<boolean> {
  const since = new Date(Date.now() - limit.windowSeconds * 1000);
  const bucket = await db.rateLimitBucket.findFirst({ where: { key, windowStart: { gt: since } }, select: { count: true } });
  return isOverLimit((bucket?.count ?? 0) + 1, limit);
}
