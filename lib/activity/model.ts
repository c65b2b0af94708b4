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

/** The keys of `next` whose value differs from `before` (compared as JSON, so arrays and dates work). */
export function changedFields(before: Record<string, unknown>, next: Record<string, unknown>, ignore: readonly string[] = ["version"]): string[] {
  return Object.keys(next).filter((key) => !ignore.includes(key) && JSON.stringify(before[key] ?? null) !== JSON.stringify(next[key] ?? null));
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
    } else {
      lines.push({ ...entry, fields: [...entry.fields], count: 1, since: entry.createdAt });
    }
  }
  return lines;
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
