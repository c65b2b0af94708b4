// What changed between two versions of a plan (pure): section by section, the items added, removed
// and changed, with each changed field's before and after. Items are recognised by what identifies
// them to people (a risk's title, a revenue model, a catalogue entry), because ids are new after
// every restore or import; an edited name is still recognised when the old and new names are
// similar. Linear in the plan's size except for that pairing of leftovers, which is bounded.
import type { PlanDocument } from "./schema";
import { planViews, SECTION_IDS, type CollectionView, type FieldValue, type ItemView, type Label, type SectionId } from "./views";

export type FieldChange = { field: string; before: FieldValue; after: FieldValue };

export type ItemChange = {
  type: "added" | "removed" | "changed";
  /** The item's name now (its old name for a removed item). */
  label: Label;
  /** Its old name, when a changed item was renamed. */
  previousLabel?: Label;
  /** Changed fields; for an added or removed item, its filled-in fields. */
  fields: FieldChange[];
};

export type CollectionDiff = { collection: string; single: boolean; changes: ItemChange[] };
export type SectionDiff = { section: SectionId; collections: CollectionDiff[] };
export type DiffTotals = { added: number; removed: number; changed: number };
export type PlanDiff = { sections: SectionDiff[]; totals: DiffTotals };

/** Names at least this similar (Dice coefficient of character pairs) are one renamed item. */
export const RENAME_SIMILARITY = 0.6;
/** Above this many leftover pairs, leftovers are not compared (each stays added or removed). */
const MAX_PAIRINGS = 250_000;

const same = (a: FieldValue, b: FieldValue) => a === b || JSON.stringify(a) === JSON.stringify(b);
const isEmpty = (v: FieldValue) => v === null || v === "" || (Array.isArray(v) && v.length === 0);

function fieldChanges(before: ItemView["fields"], after: ItemView["fields"]): FieldChange[] {
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return names.filter((f) => !same(before[f] ?? null, after[f] ?? null)).map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }));
}

/** An added or removed item is described by the fields that say something. */
function filledFields(item: ItemView, side: "before" | "after"): FieldChange[] {
  return Object.entries(item.fields)
    .filter(([, v]) => !isEmpty(v))
    .map(([field, value]) => ({ field, before: side === "before" ? value : null, after: side === "after" ? value : null }));
}

function bigrams(s: string): Map<string, number> {
  const normal = s.toLowerCase().replace(/\s+/g, " ").trim();
  const counts = new Map<string, number>();
  for (let i = 0; i < normal.length - 1; i++) {
    const pair = normal.slice(i, i + 2);
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

/** Dice coefficient of two strings' character pairs: 1 = same, 0 = nothing in common. */
export function similarity(a: string, b: string): number {
  return a === b ? 1 : dice(bigrams(a), bigrams(b));
}

function dice(x: Map<string, number>, y: Map<string, number>): number {
  const total = [...x.values()].reduce((s, n) => s + n, 0) + [...y.values()].reduce((s, n) => s + n, 0);
  if (total === 0) return 0;
  let shared = 0;
  for (const [pair, n] of x) shared += Math.min(n, y.get(pair) ?? 0);
  return (2 * shared) / total;
}

/** Pairs old and new items: same identity first (in order), then similar names for renameable lists. */
function matchItems(before: ItemView[], after: ItemView[], renameable: boolean): { pairs: [ItemView, ItemView][]; removed: ItemView[]; added: ItemView[] } {
  const waiting = new Map<string, ItemView[]>();
  for (const item of after) {
    const queue = waiting.get(item.identity);
    if (queue) queue.push(item);
    else waiting.set(item.identity, [item]);
  }
  const pairs: [ItemView, ItemView][] = [];
  const removed: ItemView[] = [];
  const matched = new Set<ItemView>();
  for (const item of before) {
    const partner = waiting.get(item.identity)?.shift();
    if (partner) {
      pairs.push([item, partner]);
      matched.add(partner);
    } else removed.push(item);
  }
  let added = after.filter((item) => !matched.has(item));
  if (!renameable || removed.length === 0 || added.length === 0 || removed.length * added.length > MAX_PAIRINGS) return { pairs, removed, added };

  const grams = new Map([...removed, ...added].map((item) => [item, bigrams(item.identity)]));
  const stillRemoved: ItemView[] = [];
  for (const old of removed) {
    let best: { item: ItemView; score: number } | null = null;
    for (const candidate of added) {
      const score = dice(grams.get(old)!, grams.get(candidate)!);
      if (score >= RENAME_SIMILARITY && (!best || score > best.score)) best = { item: candidate, score };
    }
    if (best) {
      pairs.push([old, best.item]);
      added = added.filter((item) => item !== best.item);
    } else stillRemoved.push(old);
  }
  return { pairs, removed: stillRemoved, added };
}

function diffCollection(before: CollectionView, after: CollectionView): CollectionDiff {
  const { pairs, removed, added } = matchItems(before.items, after.items, before.renameable);
  // Changed items are listed in the newer version's order, renamed ones included.
  const position = new Map(after.items.map((item, i) => [item, i]));
  pairs.sort((a, b) => position.get(a[1])! - position.get(b[1])!);
  const changes: ItemChange[] = [];
  for (const [old, now] of pairs) {
    const fields = fieldChanges(old.fields, now.fields);
    if (fields.length === 0) continue;
    const renamed = old.label.text !== now.label.text || old.label.key !== now.label.key;
    changes.push({ type: "changed", label: now.label, ...(renamed ? { previousLabel: old.label } : {}), fields });
  }
  for (const item of removed) changes.push({ type: "removed", label: item.label, fields: filledFields(item, "before") });
  for (const item of added) changes.push({ type: "added", label: item.label, fields: filledFields(item, "after") });
  return { collection: before.collection, single: before.single, changes };
}

/** Section by section, what `after` changed compared with `before`. Only sections with changes are listed. */
export function diffPlans(before: PlanDocument, after: PlanDocument): PlanDiff {
  const [old, now] = [planViews(before), planViews(after)];
  const totals: DiffTotals = { added: 0, removed: 0, changed: 0 };
  const bySection = new Map<SectionId, CollectionDiff[]>();
  old.forEach((collection, i) => {
    const diff = diffCollection(collection, now[i]);
    if (diff.changes.length === 0) return;
    for (const change of diff.changes) totals[change.type]++;
    bySection.set(collection.section, [...(bySection.get(collection.section) ?? []), diff]);
  });
  const sections = SECTION_IDS.filter((id) => bySection.has(id)).map((section) => ({ section, collections: bySection.get(section)! }));
  return { sections, totals };
}
