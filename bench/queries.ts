// Statements per request for the small and the large plan (bench/run.ts counts them at the
// PostgreSQL wire through bench/query-counter.ts). Equal counts mean no query per item.
// `afterSave`: the same request right after a write to the plan, when the plan cache (lib/plan-cache)
// has nothing for the new revision yet; absent for rows that do not read the cache.
export type QueryCounts = Record<string, { small: number; large: number; afterSave?: { small: number; large: number } }>;
