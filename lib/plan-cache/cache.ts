// Values computed from a whole plan (its facts, the live readiness score, the investor summary),
// kept across requests and keyed by the plan's revision.
//
// Why it is always fresh: `PlanRevision.revision` is bumped by database triggers when any write to
// the plan's content commits, in that write's transaction (migration 20261207040000_plan_revision).
// Every request reads the revision first (one small statement, shared by the request) and only then
// looks up or computes; a write that commits after that read gives the next request a new revision,
// so no request is served a value older than the data committed before it started.
//
// Several app instances: each keeps its own memory cache, and all of them read the revision from
// the one shared database, so none can serve another's stale value; the cost of a new instance is
// computing each plan once. Values can depend on the date too ("overdue", the forecast's month 1),
// so the key holds today's date in UTC and in the plan's time zone.
import "server-only";
import { LRUCache } from "lru-cache";
import { isoDateIn } from "@/lib/time/zone";
import { planState } from "./data";

/** How many values are kept (each a plan's facts, score or summary: kilobytes, not megabytes). */
const ENTRIES = 1000;

// Promises, so concurrent requests for the same value share one computation. Values are frozen:
// they are shared between requests, and a caller changing one would change it for everyone.
const store = new LRUCache<string, Promise<unknown>>({ max: ENTRIES });

/** The cache key of a value of `kind` for the plan as it is now (exported for tests). */
export function revisionKey(kind: string, projectId: string, state: { revision: number; timeZone: string }, now: Date): string {
  return [kind, projectId, state.revision, now.toISOString().slice(0, 10), isoDateIn(now, state.timeZone)].join(":");
}

/**
 * `compute()`'s value for this plan at its current revision: computed once per revision (and day),
 * then served from memory. A plan that does not exist is computed each time (the caller's error).
 */
export async function byRevision<T>(kind: string, projectId: string, compute: () => Promise<T>): Promise<T> {
  const state = await planState(projectId);
  if (!state) return compute();
  const key = revisionKey(kind, projectId, state, new Date());
  const held = store.get(key) as Promise<T> | undefined;
  if (held) return held;
  const computing = compute().then(deepFreeze);
  store.set(key, computing);
  // A failed computation is not kept: the next request tries again.
  computing.catch(() => store.delete(key));
  return computing;
}

/** Forgets every value (tests that rewrite a plan behind the triggers' back, e.g. TRUNCATE). */
export function clearPlanCache() {
  store.clear();
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
