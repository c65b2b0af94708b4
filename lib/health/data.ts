import "server-only";
import { db } from "@/lib/db/client";

/** One round trip to the database: used by /api/health and as the benchmark's bare baseline. */
export async function pingDatabase(): Promise<boolean> {
  const rows = await db.$queryRaw<{ ok: number }[]>`SELECT 1 AS ok`;
  return rows[0]?.ok === 1;
}
