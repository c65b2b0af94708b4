// Merging my edits of one record with what a teammate saved meanwhile, field by field, against the
// values both started from: a field only one side changed takes that side's value silently; only a
// field both changed, to different values, is a conflict for the user to decide. Pure.

export type MergeResult<V> = { merged: V; conflicts: (keyof V & string)[] };

/** null, undefined and "" are the same "empty" (the server sends null where a form holds ""). */
export function sameValue(a: unknown, b: unknown): boolean {
  const empty = (v: unknown) => (v === null || v === undefined ? "" : v);
  return JSON.stringify(empty(a)) === JSON.stringify(empty(b));
}

/**
 * `base`: the record as both sides last saw it (null when unknown: every differing field is then a
 * conflict). `theirs`: the record on the server now; fields it lacks count as unchanged by them.
 * In `merged`, conflicting fields keep my value until the user decides.
 */
export function threeWayMerge<V extends Record<string, unknown>>(base: Partial<V> | null, mine: V, theirs: Partial<V>): MergeResult<V> {
  const merged: Record<string, unknown> = { ...mine };
  const conflicts: (keyof V & string)[] = [];
  for (const field of Object.keys(mine) as (keyof V & string)[]) {
    if (!(field in theirs)) continue;
    const their = theirs[field];
    if (sameValue(mine[field], their)) continue;
    const iChanged = base === null || !(field in base) || !sameValue(mine[field], base[field]);
    const theyChanged = base === null || !(field in base) || !sameValue(their, base[field]);
    if (theyChanged && !iChanged) merged[field] = their;
    else if (theyChanged && iChanged) conflicts.push(field);
  }
  return { merged: merged as V, conflicts };
}
