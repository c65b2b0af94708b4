// Shared shapes for sections whose rows are added, saved with a version and deleted: a versioned
// write's outcome, and how each outcome becomes the action result the autosave hook understands.
import { LIMITS } from "@/lib/validation/fields";
import { fail, ok } from "./result";

/** The outcome of a versioned write: saved, stale (with what is stored now) or gone. */
export type Versioned<T> = { outcome: "saved"; row: T } | { outcome: "conflict"; current: T } | { outcome: "notFound" };

/** Reads the row after an `updateMany … where version` write: count 1 saved, 0 stale, no row gone. */
export async function versioned<T>(count: number, read: () => Promise<T | null>): Promise<Versioned<T>> {
  const row = await read();
  if (!row) return { outcome: "notFound" };
  return count === 1 ? { outcome: "saved", row } : { outcome: "conflict", current: row };
}

export function savedOrConflict<T extends { version: number }>(result: Versioned<T>, onSaved: () => void) {
  if (result.outcome === "notFound") return fail("notFound");
  if (result.outcome === "conflict") return fail("conflict", { current: result.current });
  onSaved();
  return ok(result.row);
}

/** A row added, or null when the list is full (refused on `field` with "tooMany"). */
export function added<T>(row: T | null, onAdded: () => void, field = "name") {
  if (!row) return fail("validation", { fieldErrors: { [field]: { code: "tooMany", values: { max: LIMITS.list } } } });
  onAdded();
  return ok(row);
}

export function deleted(found: boolean, onDeleted: () => void) {
  if (!found) return fail("notFound");
  onDeleted();
  return ok({ deleted: true });
}
