// The activity log's pure logic: what a recorded change looks like, which fields a save changed,
// and how consecutive autosaves of the same thing are shown as one line.
import type { ActivityVerb, ProjectArea } from "./schema";

/** One change, as a section's action describes it (see `projectAction`'s `activity` option). */
export type ActivitySummary = {
  verb: ActivityVerb;
  /** A generic item reference, e.g. "risk" + its id; omit for changes to the section itself. */
  itemType?: string;
  itemId?: string;
  /** The item's human name at the time of the change, e.g. the risk's title. */
  itemLabel?: string;
  /** Names of the fields that changed (the section's own field names). */
  fields?: string[];
};

/** The `activity` option of `projectAction`. */
export type ActivityOption<I, R> = {
  section: ProjectArea | ((input: I, data: R) => ProjectArea);
  /** Describe the change from the parsed input and the handler's result data. Return null when
   *  nothing changed (e.g. an autosave that saved the same values): no row is recorded then. */
  summarize: (input: I, data: R) => ActivitySummary | null;
};

export const ACTIVITY_LIMITS = { itemType: 40, itemId: 64, itemLabel: 120, fields: 30, field: 60 } as const;

/** Trims a summary to the stored limits, so a long title can never make recording fail. */
export function clampSummary(summary: ActivitySummary): Required<Pick<ActivitySummary, "verb" | "fields">> & Omit<ActivitySummary, "verb" | "fields"> {
  const cut = (value: string | undefined, max: number) => (value === undefined ? undefined : value.length > max ? `${value.slice(0, max - 1)}…` : value);
  return {
    verb: summary.verb,
    itemType: summary.itemType?.slice(0, ACTIVITY_LIMITS.itemType),
    itemId: summary.itemId?.slice(0, ACTIVITY_LIMITS.itemId),
    itemLabel: cut(summary.itemLabel?.trim() || undefined, ACTIVITY_LIMITS.itemLabel),
    fields: [...new Set(summary.fields ?? [])].slice(0, ACTIVITY_LIMITS.fields).map((f) => f.slice(0, ACTIVITY_LIMITS.field)),
  };
}

export type ActivityEntry = {
  id: string;
  actorId: string | null;
  section: string;
  verb: string;
  itemType: string | null;
  itemId: string | null;
  itemLabel: string | null;
  fields: string[];
  /** Old → new values of the changed fields (empty for rows recorded before values were kept). */
  changes: FieldChange[];
  createdAt: Date;
};

export type ActivityLine = ActivityEntry & {
  /** How many recorded changes this line stands for (autosaves of the same thing in a row). */
  count: number;
  /** The earliest change folded into this line (entries are newest first). */
  since: Date;
};

/** Consecutive updates by the same person to the same item within this window read as one edit. */
export const COLLAPSE_WINDOW_MS = 10 * 60 * 1000;

/** Folds runs of updates (newest first) by the same person to the same thing into one line. */
export function collapseRuns(entries: readonly ActivityEntry[], windowMs = COLLAPSE_WINDOW_MS): ActivityLine[] {
  const lines: ActivityLine[] = [];
  for (const entry of entries) {
    const last = lines.at(-1);
    const sameThing =
      last &&
      entry.verb === "updated" &&
      last.verb === "updated" &&
      last.actorId === entry.actorId &&
      last.section === entry.section &&
      last.itemType === entry.itemType &&
      last.itemId === entry.itemId &&
      last.since.getTime() - entry.createdAt.getTime() <= windowMs;
    if (last && sameThing) {
      last.count += 1;
      last.since = entry.createdAt;
      last.fields = [...new Set([...last.fields, ...entry.fields])];
      last.changes = foldChanges(last.changes, entry.changes);
    } else {
      lines.push({ ...entry, fields: [...entry.fields], changes: entry.changes.map((c) => ({ ...c })), count: 1, since: entry.createdAt });
    }
  }
  return lines;
}

/** Folds an older entry's changes into a newer line's: a field changed in both reads from the older
 *  value to the newer one. */
function foldChanges(newer: FieldChange[], older: readonly FieldChange[]): FieldChange[] {
  const merged = newer.map((c) => ({ ...c }));
  for (const change of older) {
    const known = merged.find((c) => c.field === change.field);
    if (!known) {
      merged.push({ ...change });
      continue;
    }
    known.from = change.from;
    if (change.fromCut) known.fromCut = true;
    else delete known.fromCut;
  }
  return merged;
}

/**
 * The activity option for a plain row write whose mutation does not report which fields changed:
 * records the verb, the row (its id from the input — `id`, `<itemType>Id`, `itemId` — or, for
 * additions, from the result) and, for updates, the names of the fields that were submitted.
 */
export function rowActivity<I extends object>(section: ProjectArea, itemType: string, verb: ActivityVerb, labelField = "name"): ActivityOption<I, unknown> {
  const idKeys = ["id", `${itemType}Id`, "itemId"];
  return {
    section,
    summarize: (input, data) => {
      const fields = input as Record<string, unknown>;
      const result = (data ?? {}) as Record<string, unknown>;
      const id = [...idKeys.map((k) => fields[k]), result.id].find((v): v is string => typeof v === "string");
      const label = [fields[labelField], result[labelField], fields.title, result.title].find((v): v is string => typeof v === "string" && v.length > 0);
      const submitted = Object.keys(fields).filter((k) => k !== "projectId" && k !== "version" && !idKeys.includes(k));
      return { verb, itemType, itemId: id, itemLabel: label, fields: verb === "updated" ? submitted : undefined };
    },
  };
}

// ── field changes (old → new) ─────────────────────────────────────────────────────────────────

/** A value as the activity log keeps it for display: text, number, yes/no or empty. */
export type ChangeValue = string | number | boolean | null;

/**
 * One field a save really changed, with its value before and after. The activity row keeps a
 * display copy: text longer than `ACTIVITY_VALUE_MAX` is shortened there and flagged (`fromCut` /
 * `toCut`) so the list can show the ellipsis; the section's own row always keeps the full text.
 */
export type FieldChange = { field: string; from: ChangeValue; to: ChangeValue; fromCut?: true; toCut?: true };

/** How much of a changed text the activity log keeps (characters). */
export const ACTIVITY_VALUE_MAX = 280;

/** Dates stored without a time (midnight UTC) read as yyyy-mm-dd, other instants as ISO. */
function displayValue(value: unknown): ChangeValue {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
  }
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return JSON.stringify(value);
}

/** Empty text and no value read the same to a person (a first save of "" is not a change). */
const sameValue = (a: unknown, b: unknown) => JSON.stringify(a === "" ? null : (a ?? null)) === JSON.stringify(b === "" ? null : (b ?? null));

/**
 * The fields of `next` whose value differs from `before`, in `next`'s key order, with old → new
 * values. Compared as JSON (arrays and dates by value; missing, null and empty text are the same).
 */
export function fieldChanges(before: Record<string, unknown>, next: Record<string, unknown>, ignore: readonly string[] = ["version"]): FieldChange[] {
  return Object.keys(next)
    .filter((key) => !ignore.includes(key) && !sameValue(before[key], next[key]))
    .map((field) => ({ field, from: displayValue(before[field]), to: displayValue(next[field]) }));
}

/** The activity row's copy of changes: at most `ACTIVITY_LIMITS.fields`, long text shortened and flagged. */
export function clampChanges(changes: readonly FieldChange[], max = ACTIVITY_VALUE_MAX): FieldChange[] {
  const cut = (value: ChangeValue) => (typeof value === "string" && value.length > max ? { value: value.slice(0, max), cut: true as const } : { value, cut: undefined });
  return changes.slice(0, ACTIVITY_LIMITS.fields).map((change) => {
    const from = cut(change.from);
    const to = cut(change.to);
    return {
      field: change.field.slice(0, ACTIVITY_LIMITS.field),
      from: from.value,
      to: to.value,
      ...(from.cut ? { fromCut: true as const } : {}),
      ...(to.cut ? { toCut: true as const } : {}),
    };
  });
}

/** Reads a stored `changes` column back (ignores anything that is not a well-formed change). */
export function parseChanges(raw: unknown): FieldChange[] {
  if (!Array.isArray(raw)) return [];
  const isValue = (v: unknown): v is ChangeValue => v === null || ["string", "number", "boolean"].includes(typeof v);
  return raw.flatMap((item): FieldChange[] => {
    if (!item || typeof item !== "object") return [];
    const c = item as Record<string, unknown>;
    if (typeof c.field !== "string" || !isValue(c.from) || !isValue(c.to)) return [];
    return [{ field: c.field, from: c.from, to: c.to, ...(c.fromCut === true ? { fromCut: true as const } : {}), ...(c.toCut === true ? { toCut: true as const } : {}) }];
  });
}
