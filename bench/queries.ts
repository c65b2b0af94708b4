// Statements per request for the small and the large plan (bench/run.ts counts them at the
// PostgreSQL wire through bench/query-counter.ts). Equal counts mean no query per item.
export type QueryCounts = Record<string, { small: number; large: number }>;
