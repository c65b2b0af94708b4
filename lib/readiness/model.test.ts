import { describe, expect, it } from "vitest";
import { WIZARD_STEPS as BUSINESS_MODEL_STEPS } from "@/lib/business-model/progress";
import { COMPLIANCE_STEPS } from "@/lib/compliance/model";
import { FUNDING_STEPS } from "@/lib/funding/model";
import { MARKET_STEPS } from "@/lib/market/model";
import { MILESTONE_STEPS } from "@/lib/milestones/model";
import { PLATFORM_STEPS } from "@/lib/platform/model";
import { PROCESS_STEPS as RISK_STEPS } from "@/lib/risks/model";
import { STEP_IDS as TEAM_STEPS } from "@/lib/team/model";
import { bandOf, canonicalForm, computeReadiness, pointValue, rankImprovements, round, scoreChange } from "./model";
import { CRITERIA, CRITERION_IDS, RUBRIC_SECTIONS, RUBRIC_VERSION, sectionMaxPoints, STAGES, stageWeights } from "./rubric";
import { DEMO_LIKE_PLAN, inputOf, planWith } from "./test-plans";
import { EMPTY_PLAN_FACTS } from "./empty-facts";

const sectionScores = (r: ReturnType<typeof computeReadiness>) => Object.fromEntries(r.sections.map((s) => [s.id, s.score]));

describe("the rubric", () => {
  it("has the 35 criteria of domain.md §6.2 plus two traction criteria, and weights that add up to 100 at every stage", () => {
    expect(CRITERION_IDS).toHaveLength(37);
    expect(new Set(CRITERION_IDS).size).toBe(37);
    expect(RUBRIC_SECTIONS.reduce((s, x) => s + x.weight, 0)).toBe(100);
    for (const stage of STAGES) expect(Object.values(stageWeights(stage)).reduce((a, b) => a + b, 0), stage).toBeCloseTo(100, 10);
    // Traction weighs more as the stage advances; the team keeps 20 % of what is left.
    expect(STAGES.map((stage) => stageWeights(stage).traction)).toEqual([0, 10, 20, 30, 35]);
    expect(stageWeights("PROTOTYPE").team).toBe(18);
    expect(Object.fromEntries(RUBRIC_SECTIONS.map((s) => [s.id, sectionMaxPoints(s.id)]))).toEqual({
      team: 16,
      market: 10,
      businessModel: 10,
      platform: 8,
      funding: 6,
      execution: 8,
      riskCompliance: 12,
      traction: 4,
    });
  });

  it("names each criterion after its section letter and cites at least one source document", () => {
    for (const c of CRITERIA) {
      expect(c.id[0]).toBe(RUBRIC_SECTIONS.find((s) => s.id === c.section)!.letter);
      expect(c.docs.length).toBeGreaterThan(0);
    }
  });
});

describe("computeReadiness", () => {
  it("scores the empty plan exactly 0, band early, with every criterion at 0", () => {
    const r = computeReadiness(inputOf(EMPTY_PLAN_FACTS));
    expect(r.total).toBe(0);
    expect(r.band).toBe("early");
    expect(r.rubricVersion).toBe(RUBRIC_VERSION);
    expect(r.criteria.every((c) => c.rating === 0 && c.points === 0)).toBe(true);
    // At the idea stage traction weighs nothing, so its section is left out.
    expect(r.sections.map((s) => [s.id, s.points, s.score])).toEqual(RUBRIC_SECTIONS.filter((s) => s.id !== "traction").map((s) => [s.id, 0, 0]));
    expect(r.inconsistencies).toEqual([]);
  });

  it("scores the documented demo-like plan 71.7 (nearly ready) at the idea stage, section by section", () => {
    const r = computeReadiness(inputOf(DEMO_LIKE_PLAN));
    expect(Object.fromEntries(r.sections.map((s) => [s.id, `${s.points}/${s.maxPoints}`]))).toEqual({
      team: "12/16",
      market: "8/10",
      businessModel: "8/10",
      platform: "5/8",
      funding: "5/6",
      execution: "4/8",
      riskCompliance: "8/12",
    });
    // 15 + 12 + 12 + 9.375 + 8.333… + 5 + 10 = 71.708… (A4: partial deployment cover is enough before the MVP stage)
    expect(sectionScores(r)).toEqual({ team: 15, market: 12, businessModel: 12, platform: 9.4, funding: 8.3, execution: 5, riskCompliance: 10 });
    expect(r.total).toBe(71.7);
    expect(r.band).toBe("nearlyReady");
  });

  it("scores a plan with everything in place 100, band ready", () => {
    const full = planWith({
      team: {
        coreTechnicalCovered: "yes",
        businessInsight: "linked",
        projectManagementOwner: true,
        deploymentOpsTestingCovered: "yes",
        strategy: { recruitment: true, training: true, incentives: true, equityPool: true, collaboration: true, rolesWritten: true },
      },
      market: { researchStepsDone: 4, segments: 1, competitors: 1, competitorsWithDifferentiation: 1, marketSizesWithSource: 1, trendNotes: 1 },
      businessModel: {
        canvasNoteCounts: { valuePropositions: 1, channels: 2, customerRelationships: 2, costStructure: 1 },
        directionTests: { marketDemand: "assessed", technicalFeasibility: "withEvidence" },
        revenueModels: ["subscription"],
        revenueModelsWithRationale: 1,
        pricingDefined: true,
        monthlyCosts: 1,
        runway: { state: "runsOut", months: 12, cashOutMonth: "2027-12", cashOutIndex: 13 },
      },
      platform: { dataSources: 1, dataSourcesWithRightsAndConsent: 1, computePlanDefined: true, toolingDone: 4, toolingTotal: 4, ecosystemPartners: 2 },
      funding: { needDefined: true, channels: ["angel", "vc"], financialPlanDefined: true },
      execution: { planDefined: true, milestones: 3, milestonesWithOwnerAndDates: 3, qualityChecksDone: 1, qualityChecksTotal: 1, feedbackLoopDefined: true },
      risks: { total: 6, open: 6, categoriesCovered: ["security", "competition", "dataQuality", "cashFlow", "regulation", "costControl"], rated: 6, withReviewDate: 6, bandsUsed: 2, reviewed: 1 },
      compliance: { applicableItems: 1, ipStrategyDefined: true, dataProtectionDone: 1, dataProtectionTotal: 1 },
    });
    const r = computeReadiness(inputOf(full));
    expect(r.criteria.filter((c) => c.rating !== 2).map((c) => c.id)).toEqual([]);
    expect(r.total).toBe(100);
    expect(r.band).toBe("ready");
    expect(rankImprovements(r.criteria)).toEqual([]);
  });

  it("gives each rating point its section's value: weight ÷ (2 × criteria)", () => {
    expect(pointValue("team")).toBe(1.25);
    expect(pointValue("platform")).toBe(1.875);
    expect(pointValue("funding")).toBeCloseTo(10 / 6, 10);
    const oneCore = computeReadiness(inputOf(planWith({ team: { coreTechnicalCovered: "partial" } })));
    expect(oneCore.total).toBe(1.3); // 1.25 rounded to one decimal
    expect(oneCore.criteria.find((c) => c.id === "A1")).toMatchObject({ rating: 1, points: 1.25, maxPoints: 2.5, reasonKey: "A1.partial" });
    const bothCore = computeReadiness(inputOf(planWith({ team: { coreTechnicalCovered: "yes" } })));
    expect(bothCore.total).toBe(2.5);
    const oneFunding = computeReadiness(inputOf(planWith({ funding: { rounds: 1 } })));
    expect(oneFunding.total).toBe(1.7);
    expect(oneFunding.criteria.find((c) => c.id === "E1")!.points).toBe(1.67);
  });

  it("keeps every number finite", () => {
    const r = computeReadiness(inputOf(planWith({ platform: { toolingTotal: 0, toolingDone: 0 }, execution: { qualityChecksTotal: 0 } })));
    for (const n of [r.total, ...r.sections.map((s) => s.score), ...r.criteria.map((c) => c.points)]) expect(Number.isFinite(n)).toBe(true);
  });
});

describe("bandOf", () => {
  it.each([
    [0, "early"],
    [39.9, "early"],
    [40, "developing"],
    [64.9, "developing"],
    [65, "nearlyReady"],
    [84.9, "nearlyReady"],
    [85, "ready"],
    [100, "ready"],
  ] as const)("%s → %s", (total, band) => {
    expect(bandOf(total)).toBe(band);
  });

  it("bands the rounded total, so the number shown and its band agree", () => {
    expect(round(39.96, 1)).toBe(40);
    expect(bandOf(round(39.96, 1))).toBe("developing");
  });
});

describe("rankImprovements", () => {
  it("on the empty plan ranks platform criteria first (3.75 points each), then funding (3.33)", () => {
    const top = rankImprovements(computeReadiness(inputOf(EMPTY_PLAN_FACTS)).criteria);
    expect(top.map((i) => [i.id, i.gain])).toEqual([
      ["D1", 3.75],
      ["D2", 3.75],
      ["D3", 3.75],
      ["D4", 3.75],
      ["E1", 3.33],
    ]);
  });

  it("on the demo-like plan ranks missing criteria (0 → 2) above half-done ones", () => {
    const top = rankImprovements(computeReadiness(inputOf(DEMO_LIKE_PLAN)).criteria);
    expect(top.map((i) => [i.id, i.from, i.gain])).toEqual([
      ["A6", 0, 2.5],
      ["F4", 0, 2.5],
      ["D1", 1, 1.88],
      ["D3", 1, 1.88],
      ["D4", 1, 1.88],
    ]);
    expect(top[0].link).toEqual({ section: "team", step: "strategy" });
  });

  it("honours the limit and never returns criteria already at 2", () => {
    const criteria = computeReadiness(inputOf(DEMO_LIKE_PLAN)).criteria;
    const all = rankImprovements(criteria, 100);
    expect(all).toHaveLength(criteria.filter((c) => c.rating < 2).length);
    expect(all).toHaveLength(18);
    expect(rankImprovements(criteria, 0)).toEqual([]);
  });

  it("adds up: reaching 2 everywhere gains exactly what is missing from 100", () => {
    const r = computeReadiness(inputOf(DEMO_LIKE_PLAN));
    const exactMissing = rankImprovements(r.criteria, 100).reduce((s, i) => s + (2 - i.from) * pointValue(i.section), 0);
    expect(round(exactMissing, 1)).toBe(round(100 - 71.708333, 1));
  });
});

describe("canonicalForm", () => {
  it("is the same for the same plan and changes when a rating or a value changes", () => {
    const base = computeReadiness(inputOf(DEMO_LIKE_PLAN));
    expect(canonicalForm(computeReadiness(inputOf(DEMO_LIKE_PLAN)))).toBe(canonicalForm(base));
    expect(canonicalForm({ ...base, criteria: [...base.criteria].reverse() })).toBe(canonicalForm(base));
    const moreRisks = planWith({ ...DEMO_LIKE_PLAN, risks: { ...DEMO_LIKE_PLAN.risks, total: 10, rated: 10 } });
    expect(canonicalForm(computeReadiness(inputOf(moreRisks)))).not.toBe(canonicalForm(base));
  });

  it("keeps the places of the removed self-assessment fields, so snapshots stored before keep their fingerprint", () => {
    const criteria = JSON.parse(canonicalForm(computeReadiness(inputOf(EMPTY_PLAN_FACTS))))[4];
    expect(criteria[0]).toEqual(["A1", 0, true, null, "A1.no", []]);
  });
});

describe("criterion links", () => {
  it("point at a wizard step that exists in the linked section", () => {
    const steps: Record<string, readonly string[]> = {
      team: TEAM_STEPS,
      "business-model": BUSINESS_MODEL_STEPS,
      market: MARKET_STEPS,
      platform: PLATFORM_STEPS,
      funding: FUNDING_STEPS,
      milestones: MILESTONE_STEPS,
      risks: RISK_STEPS,
      compliance: COMPLIANCE_STEPS,
    };
    for (const c of CRITERIA) {
      expect(steps[c.link.section], `${c.id} → ${c.link.section}`).toBeDefined();
      expect(steps[c.link.section], `${c.id} → ${c.link.section}?step=${c.link.step}`).toContain(c.link.step);
    }
  });
});

describe("scoreChange", () => {
  it("names the criteria that fell and the contradictions that appeared when a change lowers the score", () => {
    const before = computeReadiness(inputOf(DEMO_LIKE_PLAN));
    // The review dates gone (G4 1 → 0) and a hire without budget (a new contradiction).
    const worse = computeReadiness(inputOf(planWith({ ...DEMO_LIKE_PLAN, risks: { ...DEMO_LIKE_PLAN.risks, withReviewDate: 0 }, team: { ...DEMO_LIKE_PLAN.team, openHirePlans: [{ month: "2027-03", budget: 0 }] } })));
    const change = scoreChange(before, worse);
    expect(change.from).toBe(71.7);
    // G4 1 → 0 (−1.25) and −3 for the hire: 71.708 − 4.25 = 67.458 → 67.5.
    expect(change.to).toBe(67.5);
    expect(change.dropped).toEqual([{ id: "G4", from: 1, to: 0, reasonKey: "G4.none", values: { withReview: 0, open: 8, overdue: 0 } }]);
    expect(change.newInconsistencies).toEqual(["hiresWithoutBudget"]);
    expect(scoreChange(before, before)).toEqual({ from: 71.7, to: 71.7, dropped: [], newInconsistencies: [] });
  });
});
