// Points an action's record ids at real rows of the fuzzed project, so update and delete actions
// reach their handlers instead of stopping at "notFound". Which table a field refers to is not
// listed anywhere: candidates are tried, those from tables named like the field first.
import type { RecordId } from "./records";

type Result = { ok: boolean; code?: string; fieldErrors?: Record<string, unknown>; data?: unknown; current?: unknown };

const MAX_TRIES = 60;

function hintOf(key: string): string {
  return key === "id" ? "" : key.replace(/Id$/, "").toLowerCase();
}

export function orderCandidates(key: string, candidates: RecordId[]): RecordId[] {
  const hint = hintOf(key);
  const score = (c: RecordId) => (hint && c.table.toLowerCase().includes(hint) ? 0 : 1);
  return [...candidates].sort((a, b) => score(a) - score(b));
}

/** The row version an answer reports (a saved row, or the stored one on a conflict). */
export function reportedVersion(result: unknown): number | undefined {
  const r = result as Result | null;
  const from = (value: unknown) => (value && typeof value === "object" && typeof (value as { version?: unknown }).version === "number" ? (value as { version: number }).version : undefined);
  return r?.ok ? from(r.data) : from(r?.current);
}

/**
 * Fills each id field of `input` with the first candidate the action does not answer with
 * "notFound" (or a field error on that id). Returns the answers seen, for the caller to judge.
 */
export async function aimAtRecords(
  input: Record<string, unknown>,
  idKeys: string[],
  candidates: RecordId[],
  call: (payload: Record<string, unknown>) => Promise<unknown>,
): Promise<{ input: Record<string, unknown>; answers: { payload: Record<string, unknown>; result: unknown }[] }> {
  const answers: { payload: Record<string, unknown>; result: unknown }[] = [];
  let aimed = { ...input };
  for (const key of idKeys) {
    for (const candidate of orderCandidates(key, candidates).slice(0, MAX_TRIES)) {
      const payload = { ...aimed, [key]: candidate.id };
      const result = (await call(payload)) as Result;
      answers.push({ payload, result });
      const missed = result?.code === "notFound" || (result?.code === "validation" && result.fieldErrors && key in result.fieldErrors);
      if (missed) continue;
      aimed = payload;
      const version = reportedVersion(result);
      if (version !== undefined && "version" in aimed) aimed.version = version;
      break;
    }
  }
  return { input: aimed, answers };
}
