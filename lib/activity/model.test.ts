import { describe, expect, it } from "vitest";
import { changedFields, clampSummary, collapseRuns, rowActivity, type ActivityEntry } from "./model";

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
  createdAt: at(0),
  ...over,
});

describe("changedFields", () => {
  it("lists fields whose value differs, ignoring version", () => {
    expect(changedFields({ name: "A", stage: "MVP", version: 3 }, { name: "B", stage: "MVP", version: 4 })).toEqual(["name"]);
  });
  it("compares arrays by value and treats missing as null", () => {
    expect(changedFields({ tags: ["a", "b"] }, { tags: ["a", "b"], note: null })).toEqual([]);
    expect(changedFields({ tags: ["a"] }, { tags: ["a", "b"] })).toEqual(["tags"]);
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
