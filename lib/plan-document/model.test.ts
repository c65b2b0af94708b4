import { describe, expect, it } from "vitest";
import { measureLargeDiff } from "./benchmark";
import { diffPlans, similarity, type CollectionDiff, type PlanDiff } from "./model";
import type { PlanDocument } from "./schema";
import { fullPlan, planWithRisks } from "./test-plans";

const collection = (diff: PlanDiff, section: string, name: string): CollectionDiff | undefined =>
  diff.sections.find((s) => s.section === section)?.collections.find((c) => c.collection === name);

function edit(change: (doc: PlanDocument) => void): PlanDocument {
  const doc = structuredClone(fullPlan());
  change(doc);
  return doc;
}

describe("similarity", () => {
  it("is the Dice coefficient of character pairs", () => {
    // night: ni ig gh ht · nacht: na ac ch ht → 1 shared of 8 pairs → 2·1/8
    expect(similarity("night", "nacht")).toBe(0.25);
    expect(similarity("GPU cost", "gpu cost")).toBe(1);
    expect(similarity("a", "b")).toBe(0);
    expect(similarity("", "")).toBe(1);
  });
});

describe("diffPlans", () => {
  it("finds nothing between a plan and itself", () => {
    expect(diffPlans(fullPlan(), fullPlan())).toEqual({ sections: [], totals: { added: 0, removed: 0, changed: 0 } });
  });

  it("reports a changed field with its before and after, and nothing else", () => {
    const after = edit((d) => {
      d.project.oneLiner = "A scribe for hospitals.";
    });
    const diff = diffPlans(fullPlan(), after);
    expect(diff.totals).toEqual({ added: 0, removed: 0, changed: 1 });
    expect(diff.sections.map((s) => s.section)).toEqual(["project"]);
    expect(collection(diff, "project", "details")?.changes).toEqual([
      { type: "changed", label: { text: "" }, fields: [{ field: "oneLiner", before: "An ambient scribe for outpatient clinics.", after: "A scribe for hospitals." }] },
    ]);
  });

  it("shows references by name: a risk's new owner is the member's name", () => {
    const after = edit((d) => {
      d.risks.items[0].owner = "member-1";
      d.risks.items[0].likelihood = 4;
    });
    const change = collection(diffPlans(fullPlan(), after), "risks", "items")!.changes[0];
    expect(change.type).toBe("changed");
    expect(change.label.text).toBe("Transcription errors reach the chart");
    expect(change.fields).toEqual([
      { field: "likelihood", before: 3, after: 4 },
      { field: "owner", before: "Tom Berg", after: "Mei Chen" },
    ]);
  });

  it("recognises a slightly renamed item as changed, keeping its old name", () => {
    const after = edit((d) => {
      d.risks.items[1].title = "Model API prices rise";
    });
    const changes = collection(diffPlans(fullPlan(), after), "risks", "items")!.changes;
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ type: "changed", label: { text: "Model API prices rise" }, previousLabel: { text: "Model API price rises" } });
    expect(changes[0].fields).toEqual([{ field: "title", before: "Model API price rises", after: "Model API prices rise" }]);
  });

  it("does not pair unrelated items: a replaced risk is one removal and one addition", () => {
    const after = edit((d) => {
      d.risks.items[1] = { ...d.risks.items[1], key: "risk-9", title: "Hospital sales cycles are long" };
      d.cases.appliedLessons = [];
    });
    const diff = diffPlans(fullPlan(), after);
    expect(collection(diff, "risks", "items")!.changes.map((c) => [c.type, c.label.text])).toEqual([
      ["removed", "Model API price rises"],
      ["added", "Hospital sales cycles are long"],
    ]);
    // The removed item lists what it held, so the reader sees what is gone.
    const removed = collection(diff, "risks", "items")!.changes[0];
    expect(removed.fields).toContainEqual({ field: "category", before: "providerDependency", after: null });
  });

  it("treats a one-per-project record that appears or disappears as added or removed", () => {
    const withoutBurn = edit((d) => {
      d.businessModel.burn = null;
    });
    expect(collection(diffPlans(fullPlan(), withoutBurn), "businessModel", "burn")!.changes[0].type).toBe("removed");
    expect(collection(diffPlans(withoutBurn, fullPlan()), "businessModel", "burn")!.changes[0]).toMatchObject({
      type: "added",
      fields: expect.arrayContaining([{ field: "cashOnHand", before: null, after: 400_000 }]),
    });
  });

  it("matches catalogue items by their id, whatever their order", () => {
    const after = edit((d) => {
      d.compliance.items.reverse();
      d.compliance.items[1].status = "done"; // usCcpa, now second
    });
    const changes = collection(diffPlans(fullPlan(), after), "compliance", "items")!.changes;
    expect(changes).toEqual([{ type: "changed", label: { text: "usCcpa", key: "compliance.catalogue.usCcpa.title" }, fields: [{ field: "status", before: "inProgress", after: "done" }] }]);
  });

  it("pairs items with the same name in order, and reports an extra one as added", () => {
    const before = planWithRisks(2, () => ({ title: "Same" }));
    const after = planWithRisks(3, (i) => ({ title: "Same", impact: i === 1 ? 5 : ((i * 3) % 5) + 1 }));
    const changes = collection(diffPlans(before, after), "risks", "items")!.changes;
    expect(changes.map((c) => c.type)).toEqual(["changed", "added"]);
    expect(changes[0].fields).toEqual([{ field: "impact", before: 4, after: 5 }]);
  });

  it("lists sections in reading order and sums the totals", () => {
    const after = edit((d) => {
      d.compliance.obligations = [];
      d.team.members[0].skills.finance = 2;
      d.milestones.checks = ["hardware", "repository", "ciCd"];
    });
    const diff = diffPlans(fullPlan(), after);
    expect(diff.sections.map((s) => s.section)).toEqual(["team", "milestones", "compliance"]);
    expect(diff.totals).toEqual({ added: 1, removed: 1, changed: 1 });
    expect(collection(diff, "team", "members")!.changes[0].fields).toEqual([{ field: "skills.finance", before: 0, after: 2 }]);
  });

  it("shows a checklist item marked not applicable as a change of that item, not as a removal", () => {
    const base = edit((d) => {
      d.milestones.checks = ["hardware", "repository"];
    });
    const after = edit((d) => {
      d.milestones.checks = ["repository"];
      d.milestones.notApplicable = ["hardware"];
    });
    const changes = collection(diffPlans(base, after), "milestones", "checks")!.changes;
    expect(changes.map((c) => c.type)).toEqual(["changed"]);
    expect(changes[0].fields).toEqual([{ field: "notApplicable", before: null, after: true }]);
  });

  it("shows milestone dependencies by title", () => {
    const after = edit((d) => {
      d.milestones.milestones[0].title = "Pilot starts early";
    });
    const changes = collection(diffPlans(fullPlan(), after), "milestones", "milestones")!.changes;
    expect(changes).toHaveLength(2);
    expect(changes[1].fields).toEqual([{ field: "dependsOn", before: ["Pilot starts"], after: ["Pilot starts early"] }]);
  });

  it("shows a changed routing mix as one field of model keys and shares, and an obligation by its title", () => {
    const after = edit((d) => {
      d.platform.aiFeatures[0].routes = [
        { modelKey: "anthropic/claude-haiku-5-5", sharePct: 70 },
        { modelKey: "custom-1a2b3c4d", sharePct: 30 },
      ];
      d.compliance.obligations[0].status = "done";
    });
    const diff = diffPlans(fullPlan(), after);
    expect(collection(diff, "platform", "aiFeatures")!.changes[0]).toMatchObject({
      type: "changed",
      label: { text: "Visit note drafting" },
      fields: [{ field: "routes", before: ["anthropic/claude-haiku-5-5 · 85 %", "custom-1a2b3c4d · 15 %"], after: ["anthropic/claude-haiku-5-5 · 70 %", "custom-1a2b3c4d · 30 %"] }],
    });
    expect(collection(diff, "compliance", "obligations")!.changes[0]).toMatchObject({
      label: { key: "compliance.obligations.items.usHipaaBusinessAssociates.title" },
      fields: [{ field: "status", before: "inProgress", after: "done" }],
    });
  });

  it("diffs 1,000 risks with a week's edits: re-rated, renamed and replaced ones", () => {
    const result = measureLargeDiff({ risks: 1000, runs: 1 });
    // every 10th re-rated (100), every 50th from the 2nd renamed (20), every 100th from the 3rd replaced (10)
    expect(result.totals).toEqual({ changed: 120, removed: 10, added: 10 });
    expect(Number.isFinite(result.medianMs)).toBe(true);
  });
});
