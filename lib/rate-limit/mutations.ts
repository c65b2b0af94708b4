import "server-only";
import { db } from "@/lib/db/client";
import { isOverLimit, PASSCODE_BACKOFF, type Backoff, type Limit } from "./model";

/**
 * Counts one attempt for `key` and tells whether it is over the limit. Atomic: one statement
 * increments the window's counter or starts a new window.
 */
export async function hitRateLimit(key: string, limit: Limit): Promise<{ limited: boolean; count: number }> {
  const rows = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitBucket" ("key", "count", "windowStart") VALUES (${key}, 1, now())
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitBucket"."windowStart" < now() - make_interval(secs => ${limit.windowSeconds}) THEN 1 ELSE "RateLimitBucket"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimitBucket"."windowStart" < now() - make_interval(secs => ${limit.windowSeconds}) THEN now() ELSE "RateLimitBucket"."windowStart" END
    RETURNING "count"`;
  const count = Number(rows[0]?.count ?? 0);
  return { limited: isOverLimit(count, limit), count };
}

export async function clearRateLimit(key: string): Promise<void> {
  await db.rateLimitBucket.deleteMany({ where: { key } });
}

/** Gives back one attempt counted by `hitRateLimit` (used when the attempt turned out to be legitimate). */
export async function refundRateLimit(key: string): Promise<void> {
  await db.$executeRaw`UPDATE "RateLimitBucket" SET "count" = GREATEST("count" - 1, 0) WHERE "key" = ${key}`;
}

export type BackoffClaim = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Claims one attempt under exponential backoff (see backoffSeconds): counted as a failure up front,
 * in one conditional UPDATE, so parallel attempts serialise on the row and at most `free` of them
 * get through before the wait starts. A success calls clearBackoff. Attempts refused while waiting
 * are not counted.
 */
export async function claimBackoffAttempt(key: string, backoff: Backoff = PASSCODE_BACKOFF): Promise<BackoffClaim> {
  await db.$executeRaw`INSERT INTO "RateLimitBucket" ("key", "count", "windowStart") VALUES (${key}, 0, clock_timestamp()) ON CONFLICT ("key") DO NOTHING`;
  // The new count is spelled out twice (no CTE): a CTE would read the row before waiting for a
  // concurrent attempt's lock and so lose its increment; SET and WHERE see the latest version.
  const claimed = await db.$queryRaw<{ count: number }[]>`
    UPDATE "RateLimitBucket" SET
      "count" = CASE WHEN "windowStart" < clock_timestamp() - make_interval(secs => ${backoff.forgetSeconds}) THEN 1 ELSE "count" + 1 END,
      "windowStart" = clock_timestamp(),
      "blockedUntil" = clock_timestamp() + make_interval(secs => CASE
        WHEN (CASE WHEN "windowStart" < clock_timestamp() - make_interval(secs => ${backoff.forgetSeconds}) THEN 1 ELSE "count" + 1 END) < ${backoff.free} THEN 0
        ELSE LEAST(${backoff.baseSeconds} * power(2, "count" + 1 - ${backoff.free}), ${backoff.maxSeconds}) END)
    WHERE "key" = ${key} AND ("blockedUntil" IS NULL OR "blockedUntil" <= clock_timestamp())
    RETURNING "count"`;
  if (claimed.length > 0) return { allowed: true };
  const rows = await db.$queryRaw<{ seconds: number }[]>`
    SELECT GREATEST(CEIL(EXTRACT(EPOCH FROM ("blockedUntil" - clock_timestamp()))), 1)::int AS seconds FROM "RateLimitBucket" WHERE "key" = ${key}`;
  return { allowed: false, retryAfterSeconds: Number(rows[0]?.seconds ?? 1) };
}

/** Forgets a key's failures (the client proved it knows the secret). */
export async function clearBackoff(key: string): Promise<void> {
  await clearRateLimit(key);
}
