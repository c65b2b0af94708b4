import { describe, expect, it } from "vitest";
import { nextMilestones, readSummary, summaryGlance, topRisks, type InvestorSummary, type SummaryRisk } from "./model";

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

describe("summaryGlance", () => {
  const member = (name: string) => ({ name, title: "", commitment: "fullTime", roles: [] });
  const base = { risks: [], team: null } as unknown as InvestorSummary;
  it("names at most four members but counts them all, and lists the three risks an investor sees first", () => {
    const summary = {
      ...base,
      team: { members: ["Ana", "Lin", "Bo", "Kai", "Mei"].map(member), neededRoles: [], openRoles: [] },
      risks: [risk("low one", "low", 2), risk("closed", "high", 25, "closed"), risk("b", "high", 20), risk("a", "high", 20), risk("mid", "medium", 9)],
    } as InvestorSummary;
    expect(summaryGlance(summary)).toEqual({ memberCount: 5, memberNames: ["Ana", "Lin", "Bo", "Kai"], riskTitles: ["a", "b", "mid"] });
  });
  it("is empty for a plan without team or open risks", () => {
    expect(summaryGlance(base)).toEqual({ memberCount: 0, memberNames: [], riskTitles: [] });
  });
});

describe("nextMilestones", () => {
  it("skips done ones and sorts by due date with undated last", () => {
    const m = (title: string, due: string | null, status = "planned") => ({ title, due, status });
    expect(nextMilestones([m("late", "2026-09-01"), m("none", null), m("soon", "2026-01-10"), m("done", "2025-01-01", "done")]).map((x) => x.title)).toEqual(["soon", "late", "none"]);
  });
});

describe("readSummary", () => {
  const v2 = {
    version: 2,
    generatedAt: "2027-01-05T10:00:00.000Z",
    project: { name: "P", oneLiner: "", sector: "", stage: "MVP", currency: "USD" },
    team: null,
    businessModel: {
      canvas: {},
      revenueModels: ["subscription"],
      grossMarginPct: 80,
      ltvToCac: 3,
      paybackMonths: 6,
      monthlyRevenue: 1000,
      monthlyCosts: 5000,
      cashOnHand: 40_000,
      runway: { state: "runsOut", months: 9, cashOutMonth: "2027-10", cashOutIndex: 10 },
      runwayWithRaise: { state: "lasts", months: 36 },
    },
    risks: [],
    readiness: null,
    funding: null,
    milestones: [],
  } as const;

  it("keeps a current summary as stored", () => {
    expect(readSummary(v2)).toEqual(v2);
  });

  it("refuses stored JSON that is not a summary it knows (never casts it)", () => {
    expect(readSummary(null)).toBeNull();
    expect(readSummary({})).toBeNull();
    expect(readSummary({ ...v2, version: 3 })).toBeNull();
    expect(readSummary({ ...v2, risks: "none" })).toBeNull();
    expect(readSummary({ ...v2, businessModel: { ...v2.businessModel, runway: { state: "forever" } } })).toBeNull();
    const { milestones: _m, ...withoutMilestones } = v2;
    expect(readSummary(withoutMilestones)).toBeNull();
  });

  it("shows a summary frozen before the forecast with the figure it was frozen with, marked as the older estimate", () => {
    const { runway: _r, runwayWithRaise: _w, ...bm } = v2.businessModel;
    const v1 = { ...v2, version: 1, businessModel: { ...bm, runwayMonths: 39.3, profitable: false } };
    const read = readSummary(v1)!;
    expect(read.version).toBe(2);
    expect(read.businessModel).toMatchObject({ cashOnHand: 40_000, runway: { state: "legacy", months: 39.3, profitable: false }, runwayWithRaise: null });
    expect(readSummary({ ...v1, businessModel: null })?.businessModel).toBeNull();
  });
});
