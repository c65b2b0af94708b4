import { describe, expect, it } from "vitest";
import { ACTIVITY_VALUE_MAX, clampChanges, clampSummary, collapseRuns, fieldChanges, parseChanges, rowActivity, type ActivityEntry } from "./model";

const at = (minute: number) => new Date(Date.UTC(2026, 10, 27, 10, minute));
const entry = (over: Partial<ActivityEntry>): ActivityEntry => ({
  id: Math.random().toString(36),
  actorId: "ada",
  section: "risks",
  verb: "updated",
  itemType: "risk",
  itemId: "r1",
  itemLabel: "Key engineer leaves",
  fields: ["title"],
  changes: [],
  createdAt: at(0),
  ...over,
});

describe("fieldChanges", () => {
  it("lists only fields whose value differs, with old and new values, ignoring version", () => {
    expect(fieldChanges({ name: "A", stage: "MVP", version: 3 }, { name: "B", stage: "MVP", version: 4 })).toEqual([{ field: "name", from: "A", to: "B" }]);
  });
  it("treats empty text like no value", () => {
    expect(fieldChanges({}, { notes: "", title: "T" })).toEqual([{ field: "title", from: null, to: "T" }]);
    expect(fieldChanges({ notes: "x" }, { notes: "" })).toEqual([{ field: "notes", from: "x", to: "" }]);
  });
  it("compares arrays by value and treats missing as null", () => {
    expect(fieldChanges({ tags: ["a", "b"] }, { tags: ["a", "b"], note: null })).toEqual([]);
    expect(fieldChanges({ tags: ["a"] }, { tags: ["a", "b"] })).toEqual([{ field: "tags", from: '["a"]', to: '["a","b"]' }]);
  });
  it("shows dates without a time as yyyy-mm-dd and instants as ISO", () => {
    const day = new Date("2026-12-01T00:00:00.000Z");
    const instant = new Date("2026-12-01T09:30:00.000Z");
    expect(fieldChanges({ due: null, at: day }, { due: day, at: instant })).toEqual([
      { field: "due", from: null, to: "2026-12-01" },
      { field: "at", from: "2026-12-01", to: "2026-12-01T09:30:00.000Z" },
    ]);
    expect(fieldChanges({ due: new Date(day) }, { due: day })).toEqual([]);
  });
  it("keeps numbers and booleans as they are", () => {
    expect(fieldChanges({ impact: 2, done: false }, { impact: 4, done: true })).toEqual([
      { field: "impact", from: 2, to: 4 },
      { field: "done", from: false, to: true },
    ]);
  });
});

describe("clampChanges", () => {
  it("shortens long text for the log and flags which side was shortened", () => {
    const long = "x".repeat(ACTIVITY_VALUE_MAX + 5);
    const [change] = clampChanges([{ field: "notes", from: "short", to: long }]);
    expect(change.to).toBe("x".repeat(ACTIVITY_VALUE_MAX));
    expect(change.toCut).toBe(true);
    expect(change.from).toBe("short");
    expect(change.fromCut).toBeUndefined();
  });
  it("leaves text at the limit whole", () => {
    const exact = "y".repeat(ACTIVITY_VALUE_MAX);
    expect(clampChanges([{ field: "notes", from: null, to: exact }])).toEqual([{ field: "notes", from: null, to: exact }]);
  });
});

describe("parseChanges", () => {
  it("reads stored changes back and drops malformed ones", () => {
    expect(parseChanges([{ field: "title", from: "a", to: "b", toCut: true }, { field: 3 }, { field: "x", from: {}, to: 1 }, null])).toEqual([{ field: "title", from: "a", to: "b", toCut: true }]);
    expect(parseChanges(null)).toEqual([]);
  });
});

describe("clampSummary", () => {
  it("cuts long labels and drops duplicate fields", () => {
    const s = clampSummary({ verb: "updated", itemLabel: "x".repeat(500), fields: ["a", "a", "b"] });
    expect(s.itemLabel).toHaveLength(120);
    expect(s.itemLabel!.endsWith("…")).toBe(true);
    expect(s.fields).toEqual(["a", "b"]);
  });
  it("drops a blank label", () => {
    expect(clampSummary({ verb: "created", itemLabel: "  " }).itemLabel).toBeUndefined();
  });
});

describe("collapseRuns", () => {
  it("folds consecutive updates of the same item by the same person within 10 minutes", () => {
    const lines = collapseRuns([
      entry({ createdAt: at(9), fields: ["title"] }),
      entry({ createdAt: at(5), fields: ["likelihood"] }),
      entry({ createdAt: at(0), fields: ["title"] }),
    ]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ count: 3, fields: ["title", "likelihood"], createdAt: at(9), since: at(0) });
  });
  it("keeps separate lines for other people, items, verbs and long gaps", () => {
    const lines = collapseRuns([
      entry({ createdAt: at(40) }),
      entry({ createdAt: at(39), actorId: "bob" }),
      entry({ createdAt: at(38), itemId: "r2" }),
      entry({ createdAt: at(37), verb: "created" }),
      entry({ createdAt: at(36) }),
      entry({ createdAt: at(20) }),
    ]);
    expect(lines.map((l) => l.count)).toEqual([1, 1, 1, 1, 1, 1]);
  });
  it("folds the values of a run: a field edited twice reads from the oldest value to the newest", () => {
    const lines = collapseRuns([
      entry({ createdAt: at(9), fields: ["title"], changes: [{ field: "title", from: "B", to: "C" }] }),
      entry({ createdAt: at(5), fields: ["impact"], changes: [{ field: "impact", from: 2, to: 4 }] }),
      entry({ createdAt: at(0), fields: ["title"], changes: [{ field: "title", from: "A", to: "B", fromCut: true }] }),
    ]);
    expect(lines).toHaveLength(1);
    expect(lines[0].changes).toEqual([
      { field: "title", from: "A", to: "C", fromCut: true },
      { field: "impact", from: 2, to: 4 },
    ]);
  });
  it("does not fold updates that are not consecutive", () => {
    const lines = collapseRuns([entry({ createdAt: at(3) }), entry({ createdAt: at(2), actorId: "bob" }), entry({ createdAt: at(1) })]);
    expect(lines).toHaveLength(3);
  });
});

describe("rowActivity", () => {
  it("names the row from the input or the created result and lists submitted fields on updates", () => {
    const update = rowActivity<Record<string, unknown>>("team", "member", "updated");
    expect(update.summarize({ projectId: "p", memberId: "m1", version: 3, name: "Ada", title: "CTO" }, { version: 4 })).toEqual({
      verb: "updated",
      itemType: "member",
      itemId: "m1",
      itemLabel: "Ada",
      fields: ["name", "title"],
    });
    const create = rowActivity<Record<string, unknown>>("market", "trend", "created", "title");
    expect(create.summarize({ projectId: "p", title: "Multimodal" }, { id: "t1", title: "Multimodal" })).toEqual({
      verb: "created",
      itemType: "trend",
      itemId: "t1",
      itemLabel: "Multimodal",
      fields: undefined,
    });
  });
});
