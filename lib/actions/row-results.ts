// Shared shapes for sections whose rows are added, saved with a version and deleted: how each
// outcome becomes the action result the autosave hook understands (use-autosave reads `version`
// from the saved row and `current` from a conflict).
import { LIMITS } from "@/lib/validation/fields";
import type { VersionedResult } from "@/lib/db/versioned-write";
import { fail, ok, type ActionResult } from "./result";

/**
 * A versioned write (lib/db/versioned-write.ts) as an action result; `view` shapes the row for the
 * client. Saves do not re-render their page into the answer (no revalidatePath): the autosave hook
 * refreshes the page after the save is acknowledged (components/wizard/use-autosave.ts).
 */
export function savedResult<R, T = R>(result: VersionedResult<R>, view?: (row: R) => T): ActionResult<T> {
  const shape = view ?? ((row: R) => row as unknown as T);
  if (result.outcome === "notFound") return fail("notFound");
  if (result.outcome === "conflict") return fail("conflict", { current: shape(result.current) });
  return ok(shape(result.row));
}

/** A versioned write as the new version and the fields it changed (sections whose client keeps its own values). */
export function savedVersion<R extends { version: number }>(result: VersionedResult<R>, extra: Record<string, unknown> = {}): ActionResult<{ version: number; changed: string[] }> {
  if (result.outcome === "notFound") return fail("notFound");
  if (result.outcome === "conflict") return fail("conflict", { current: result.current });
  return ok({ version: result.row.version, changed: result.changes.map((c) => c.field), ...extra });
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
