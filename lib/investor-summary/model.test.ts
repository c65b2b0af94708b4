import { describe, expect, it } from "vitest";
import { nextMilestones, topRisks, type SummaryRisk } from "./model";

const risk = (title: string, band: SummaryRisk["band"], score: number, status = "open"): SummaryRisk => ({
  title, band, score, status, category: "cashFlow", likelihood: 1, impact: score, mitigation: "", contingency: "",
});

describe("topRisks", () => {
  it("shows open risks, high band first, then by score, then by title", () => {
    const ordered = topRisks([risk("b", "medium", 10), risk("a", "high", 15), risk("c", "high", 20), risk("d", "low", 3), risk("e", "high", 25, "closed"), risk("aa", "medium", 10)]);
    expect(ordered.map((r) => r.title)).toEqual(["c", "a", "aa", "b", "d"]);
  });
  it("limits the list", () => {
    expect(topRisks(Array.from({ length: 20 }, (_, i) => risk(`r${i}`, "low", 1)), 8)).toHaveLength(8);
  });
});

describe("nextMilestones", () => {
  it("skips done ones and sorts by due date with undated last", () => {
    const m = (title: string, due: string | null, status = "planned") => ({ title, due, status });
    expect(nextMilestones([m("late", "2026-09-01"), m("none", null), m("soon", "2026-01-10"), m("done", "2025-01-01", "done")]).map((x) => x.title)).toEqual(["soon", "late", "none"]);
  });
});
