import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/config";
import type { PlanFacts } from "@/lib/plan/facts";
import { DERIVATIONS } from "./derivations";
import { CRITERION_IDS, STAGES, type CriterionId, type Rating, type Stage } from "./rubric";
import { planWith } from "./test-plans";

type Case = { facts: PlanFacts; rating: Rating; reason: string; values?: Record<string, number>; stage: Stage };
const at = (facts: PlanFacts, rating: Rating, reason: string, values?: Record<string, number>, stage: Stage = "IDEA"): Case => ({ facts, rating, reason, values, stage });
const verdicts = (v: Partial<PlanFacts["businessModel"]["directionVerdicts"]>) => ({ directionVerdicts: v }) as const;
const strategy = (s: Partial<PlanFacts["team"]["strategy"]>) => planWith({ team: { strategy: s } });
const canvas = (c: Partial<PlanFacts["businessModel"]["canvasNoteCounts"]>) => planWith({ businessModel: { canvasNoteCounts: c } });

// Every criterion at 0, 1 and 2 — except A6 and F4, whose facts are a single yes/no, so 1 cannot
// be derived (the rubric page says so).
const paying = (customers: number, revenue: number, churn: number | null = null) => planWith({ businessModel: { currentCustomers: customers, monthlyRevenue: revenue, maxChurnPct: churn } });
const pilots = planWith({ businessModel: { directionTests: { marketDemand: "withEvidence" }, directionVerdicts: { marketDemand: "promising" } } });

const CASES: Record<CriterionId, Case[]> = {
  H1: [
    at(planWith(), 0, "none", { customers: 0, revenue: 0 }, "PROTOTYPE"),
    at(planWith({ businessModel: { directionTests: { marketDemand: "assessed" } } }), 1, "demandAssessed", { customers: 0, revenue: 0 }, "PROTOTYPE"),
    at(pilots, 2, "pilotsOrLois", { customers: 0, revenue: 0 }, "PROTOTYPE"),
    // The same pilots are only half the evidence at the MVP stage, and none at the revenue stage.
    at(pilots, 1, "pilotsOnly", { customers: 0, revenue: 0 }, "MVP"),
    at(pilots, 0, "noRevenue", { customers: 0, revenue: 0, min: 3 }, "REVENUE"),
    at(paying(2, 1_000), 1, "fewCustomers", { customers: 2, revenue: 1_000, min: 3 }, "REVENUE"),
    at(paying(3, 1_500), 2, "payingCustomers", { customers: 3, revenue: 1_500, min: 3 }, "REVENUE"),
    at(paying(3, 1_500), 1, "fewCustomers", { customers: 3, revenue: 1_500, min: 20 }, "SCALE"),
  ],
  H2: [
    at(planWith(), 0, "none", { churn: 0, max: 5 }, "MVP"),
    at(paying(0, 0, 3), 1, "churnAssumed", { churn: 3, max: 5 }, "MVP"),
    at(paying(10, 5_000, 9), 1, "highChurn", { churn: 9, max: 5 }, "REVENUE"),
    at(paying(10, 5_000, 4), 2, "retained", { churn: 4, max: 5 }, "REVENUE"),
    at(planWith({ businessModel: { directionTests: { profitModel: "withEvidence" } } }), 2, "profitEvidence", { churn: 0, max: 5 }, "PROTOTYPE"),
  ],
  A1: [at(planWith(), 0, "no"), at(planWith({ team: { coreTechnicalCovered: "partial" } }), 1, "partial"), at(planWith({ team: { coreTechnicalCovered: "yes" } }), 2, "yes")],
  A2: [at(planWith(), 0, "absent"), at(planWith({ team: { businessInsight: "present" } }), 1, "present"), at(planWith({ team: { businessInsight: "linked" } }), 2, "linked")],
  A3: [
    at(planWith({ team: { rolesNeededNow: ["dataScientist"] } }), 0, "none"),
    at(planWith({ team: { rolesNeededNow: ["projectManager"] } }), 1, "planned"),
    at(planWith({ team: { projectManagementOwner: true } }), 2, "owner"),
    // The seeds: the product manager coordinates resources; a project manager is core only from the revenue stage.
    at(planWith({ team: { productManagerOwner: true } }), 2, "productManagerCovers", undefined, "PROTOTYPE"),
    at(planWith({ team: { productManagerOwner: true } }), 0, "none", undefined, "REVENUE"),
  ],
  A4: [
    at(planWith(), 0, "no"),
    at(planWith({ team: { deploymentOpsTestingCovered: "partial" } }), 1, "partial", undefined, "MVP"),
    at(planWith({ team: { deploymentOpsTestingCovered: "partial" } }), 2, "enoughForStage", undefined, "PROTOTYPE"),
    at(planWith({ team: { deploymentOpsTestingCovered: "yes" } }), 2, "yes", undefined, "SCALE"),
  ],
  A5: [at(planWith(), 0, "none"), at(planWith({ team: { openHires: 3 } }), 1, "hiresOnly", { openHires: 3 }), at(strategy({ recruitment: true }), 2, "written")],
  A6: [at(strategy({ incentives: true, collaboration: true }), 0, "none"), at(strategy({ training: true }), 2, "written")],
  A7: [at(planWith(), 0, "none"), at(strategy({ incentives: true }), 1, "noEquity"), at(strategy({ equityPool: true }), 1, "equityOnly"), at(strategy({ incentives: true, equityPool: true }), 2, "both")],
  A8: [at(planWith(), 0, "none"), at(strategy({ rolesWritten: true }), 1, "noRhythm"), at(strategy({ collaboration: true }), 1, "noRoles"), at(strategy({ rolesWritten: true, collaboration: true }), 2, "both")],
  B1: [
    at(planWith(), 0, "none", { done: 0, total: 4 }),
    at(planWith({ market: { researchStepsDone: 1 } }), 1, "partial", { done: 1, total: 4 }),
    at(planWith({ market: { researchStepsDone: 3 } }), 1, "partial", { done: 3, total: 4 }),
    at(planWith({ market: { researchStepsDone: 4 } }), 2, "complete", { done: 4, total: 4 }),
  ],
  B2: [at(planWith(), 0, "none"), at(canvas({ customerSegments: 2 }), 1, "canvasOnly", { notes: 2 }), at(planWith({ market: { segments: 1 } }), 2, "segments", { segments: 1 })],
  B3: [
    at(planWith(), 0, "none", { competitors: 0, differentiated: 0 }),
    at(planWith({ businessModel: { directionTests: { competitiveAdvantage: "assessed" } } }), 1, "advantageOnly", { competitors: 0, differentiated: 0 }),
    at(planWith({ market: { competitors: 3, competitorsWithDifferentiation: 2 } }), 1, "someDifferentiated", { competitors: 3, differentiated: 2 }),
    at(planWith({ market: { competitors: 3, competitorsWithDifferentiation: 3 } }), 2, "allDifferentiated", { competitors: 3, differentiated: 3 }),
    // The founders' own "weak" competitive-advantage verdict caps it.
    at(planWith({ market: { competitors: 3, competitorsWithDifferentiation: 3 }, businessModel: verdicts({ competitiveAdvantage: "weak" }) }), 1, "weakVerdict", { competitors: 3, differentiated: 3 }),
  ],
  B4: [
    at(planWith(), 0, "missing"),
    at(planWith({ businessModel: { directionTests: { technicalFeasibility: "assessed" } } }), 1, "assessed"),
    at(planWith({ businessModel: { directionTests: { technicalFeasibility: "withEvidence" } } }), 2, "withEvidence"),
    at(planWith({ businessModel: { directionTests: { technicalFeasibility: "withEvidence" }, ...verdicts({ technicalFeasibility: "weak" }) } }), 1, "weakVerdict"),
  ],
  B5: [
    at(planWith(), 0, "none", { sizes: 0, trends: 0 }),
    at(planWith({ market: { marketSizesWithSource: 2 } }), 1, "sizeOnly", { sizes: 2, trends: 0 }),
    at(planWith({ market: { trendNotes: 1 } }), 1, "trendOnly", { sizes: 0, trends: 1 }),
    at(planWith({ market: { marketSizesWithSource: 1, trendNotes: 2 } }), 2, "both", { sizes: 1, trends: 2 }),
  ],
  C1: [
    at(planWith(), 0, "none"),
    at(canvas({ valuePropositions: 1 }), 1, "noDemand"),
    at(planWith({ businessModel: { directionTests: { marketDemand: "assessed" } } }), 1, "noProposition"),
    at(planWith({ businessModel: { canvasNoteCounts: { valuePropositions: 1 }, directionTests: { marketDemand: "assessed" } } }), 2, "both"),
    at(planWith({ businessModel: { canvasNoteCounts: { valuePropositions: 1 }, directionTests: { marketDemand: "assessed" }, ...verdicts({ marketDemand: "weak" }) } }), 1, "weakVerdict"),
    at(planWith({ businessModel: { canvasNoteCounts: { valuePropositions: 1 }, directionTests: { marketDemand: "assessed" }, ...verdicts({ competitiveAdvantage: "weak" }) } }), 1, "weakAdvantage"),
  ],
  C2: [
    at(planWith(), 0, "none", { models: 0, withRationale: 0 }),
    at(planWith({ businessModel: { revenueModels: ["subscription", "usageApi"], revenueModelsWithRationale: 1 } }), 1, "noRationale", { models: 2, withRationale: 1 }),
    at(planWith({ businessModel: { revenueModels: ["subscription"], revenueModelsWithRationale: 1 } }), 2, "withRationale", { models: 1, withRationale: 1 }),
    at(planWith({ businessModel: { revenueModels: ["subscription"], revenueModelsWithRationale: 1, ...verdicts({ profitModel: "weak" }) } }), 1, "weakVerdict", { models: 1, withRationale: 1 }),
  ],
  C3: [at(planWith(), 0, "none"), at(planWith({ businessModel: { revenueModels: ["usageApi"] } }), 1, "modelOnly"), at(planWith({ businessModel: { pricingDefined: true } }), 2, "priced")],
  C4: [
    at(planWith(), 0, "none", { channels: 0, retention: 0 }),
    at(canvas({ channels: 1 }), 1, "noRetention", { channels: 1, retention: 0 }),
    at(canvas({ customerRelationships: 1 }), 1, "noChannels", { channels: 0, retention: 1 }),
    // One note per block is no longer full marks.
    at(canvas({ channels: 1, customerRelationships: 1 }), 1, "thin", { channels: 1, retention: 1 }),
    at(canvas({ channels: 2, customerRelationships: 2 }), 2, "both", { channels: 2, retention: 2 }),
  ],
  C5: [
    at(planWith(), 0, "none"),
    at(canvas({ costStructure: 1 }), 1, "noBudget"),
    at(planWith({ businessModel: { monthlyCosts: 0 } }), 1, "noStructure"),
    at(planWith({ businessModel: { canvasNoteCounts: { costStructure: 1 }, monthlyCosts: 30_000 } }), 2, "both"),
  ],
  D1: [
    at(planWith(), 0, "none", { sources: 0, cleared: 0 }),
    at(planWith({ platform: { dataSources: 2, dataSourcesWithRightsAndConsent: 1 } }), 1, "someUncleared", { sources: 2, cleared: 1 }),
    at(planWith({ platform: { dataSources: 2, dataSourcesWithRightsAndConsent: 2 } }), 2, "allCleared", { sources: 2, cleared: 2 }),
  ],
  D2: [at(planWith(), 0, "none"), at(planWith({ platform: { computeMonthlyCost: 500 } }), 1, "costOnly"), at(planWith({ platform: { computePlanDefined: true } }), 2, "planned")],
  D3: [
    at(planWith(), 0, "noChecklist", { done: 0, total: 0 }),
    at(planWith({ platform: { toolingTotal: 8 } }), 0, "noneDone", { done: 0, total: 8 }),
    at(planWith({ platform: { toolingDone: 5, toolingTotal: 8 } }), 1, "someDone", { done: 5, total: 8 }),
    at(planWith({ platform: { toolingDone: 6, toolingTotal: 8 } }), 2, "mostDone", { done: 6, total: 8 }),
  ],
  D4: [
    at(planWith(), 0, "none"),
    at(canvas({ keyPartnerships: 1 }), 1, "canvasOnly", { notes: 1 }),
    at(planWith({ platform: { ecosystemPartners: 1 } }), 1, "one", { partners: 1 }),
    at(planWith({ platform: { ecosystemPartners: 2 } }), 2, "several", { partners: 2 }),
  ],
  E1: [
    at(planWith(), 0, "none"),
    at(planWith({ funding: { needAmount: 0 } }), 1, "partial"),
    at(planWith({ funding: { rounds: 1 } }), 1, "partial"),
    at(planWith({ funding: { needDefined: true } }), 2, "defined"),
  ],
  E2: [at(planWith(), 0, "none", { channels: 0 }), at(planWith({ funding: { channels: ["vc"] } }), 1, "single", { channels: 1 }), at(planWith({ funding: { channels: ["vc", "government"] } }), 2, "diversified", { channels: 2 })],
  E3: [
    at(planWith(), 0, "none"),
    at(planWith({ funding: { financialPlanDefined: true } }), 1, "noRunway"),
    at(planWith({ businessModel: { runway: { state: "runsOut", months: 9, cashOutMonth: "2027-10", cashOutIndex: 10 } } }), 1, "noPlan"),
    at(planWith({ funding: { financialPlanDefined: true }, businessModel: { runway: { state: "runsOut", months: 9, cashOutMonth: "2027-10", cashOutIndex: 10 } } }), 2, "both"),
    at(planWith({ funding: { financialPlanDefined: true }, businessModel: { runway: { state: "lasts", months: 36 } } }), 2, "both"),
    at(planWith({ funding: { financialPlanDefined: true }, businessModel: { runway: { state: "unknown", reason: "noCash" } } }), 1, "noRunway"),
  ],
  F1: [at(planWith({ execution: { milestones: 2 } }), 0, "none"), at(planWith({ execution: { milestones: 2, milestonesWithOwnerAndDates: 1 } }), 1, "timetableOnly"), at(planWith({ execution: { planDefined: true } }), 2, "written")],
  F2: [
    at(planWith(), 0, "none", { milestones: 0, complete: 0, min: 3 }),
    at(planWith({ execution: { milestones: 2, milestonesWithOwnerAndDates: 2 } }), 1, "partial", { milestones: 2, complete: 2, min: 3 }),
    at(planWith({ execution: { milestones: 4, milestonesWithOwnerAndDates: 3 } }), 1, "partial", { milestones: 4, complete: 3, min: 3 }),
    at(planWith({ execution: { milestones: 3, milestonesWithOwnerAndDates: 3 } }), 2, "chain", { milestones: 3, complete: 3, min: 3 }),
  ],
  F3: [
    at(planWith(), 0, "noChecklist", { done: 0, total: 0 }),
    at(planWith({ execution: { qualityChecksTotal: 4 } }), 0, "noneDone", { done: 0, total: 4 }),
    at(planWith({ execution: { qualityChecksDone: 2, qualityChecksTotal: 4 } }), 1, "someDone", { done: 2, total: 4 }),
    at(planWith({ execution: { qualityChecksDone: 3, qualityChecksTotal: 4 } }), 2, "mostDone", { done: 3, total: 4 }),
  ],
  F4: [at(planWith({ execution: { planDefined: true } }), 0, "none"), at(planWith({ execution: { feedbackLoopDefined: true } }), 2, "defined")],
  G1: [
    at(planWith(), 0, "none", { covered: 0, required: 6, risks: 0 }),
    at(planWith({ risks: { total: 3, categoriesCovered: ["security", "modelQuality", "strategy"] } }), 1, "someCategories", { covered: 1, required: 6, risks: 3 }),
    at(
      planWith({ risks: { total: 5, categoriesCovered: ["competition", "computeCost", "dataPrivacy", "keyPerson", "operations"] } }),
      1,
      "someCategories",
      { covered: 5, required: 6, risks: 5 },
    ),
    at(
      planWith({ risks: { total: 7, categoriesCovered: ["competition", "computeCost", "dataPrivacy", "keyPerson", "operations", "regulation", "strategy"] } }),
      2,
      "allCategories",
      { covered: 6, required: 6, risks: 7 },
    ),
  ],
  G2: [
    at(planWith(), 0, "noRisks", { total: 0, bands: 0, reviewed: 0 }),
    // Rated (every risk must be) but all in one band: not prioritised.
    at(planWith({ risks: { total: 3, rated: 3, bandsUsed: 1, reviewed: 3 } }), 1, "allAlike", { total: 3, bands: 1, reviewed: 3 }),
    at(planWith({ risks: { total: 3, rated: 3, bandsUsed: 2 } }), 1, "neverReviewed", { total: 3, bands: 2, reviewed: 0 }),
    at(planWith({ risks: { total: 3, rated: 3, bandsUsed: 2, reviewed: 1 } }), 2, "prioritised", { total: 3, bands: 2, reviewed: 1 }),
  ],
  G3: [
    at(planWith(), 0, "notAssessed", { high: 0, covered: 0 }),
    at(planWith({ risks: { total: 4, rated: 4, highOpen: 2 } }), 0, "noneCovered", { high: 2, covered: 0 }),
    at(planWith({ risks: { total: 4, rated: 4, highOpen: 2, highWithResponseAndContingency: 1 } }), 1, "someCovered", { high: 2, covered: 1 }),
    at(planWith({ risks: { total: 4, rated: 2 } }), 1, "unratedRemain", { high: 0, covered: 0 }),
    at(planWith({ risks: { total: 4, rated: 4, highOpen: 2, highWithResponseAndContingency: 2 } }), 2, "allCovered", { high: 2, covered: 2 }),
    at(planWith({ risks: { total: 4, rated: 4 } }), 2, "noHighRisks", { high: 0, covered: 0 }),
  ],
  G4: [
    at(planWith({ risks: { total: 2, open: 2 } }), 0, "none", { withReview: 0, open: 2, overdue: 0 }),
    at(planWith({ risks: { total: 3, open: 3, withReviewDate: 1 } }), 1, "someScheduled", { withReview: 1, open: 3, overdue: 0 }),
    at(planWith({ risks: { total: 3, open: 3, withReviewDate: 3, overdueReviews: 1 } }), 1, "overdue", { withReview: 3, open: 3, overdue: 1 }),
    at(planWith({ risks: { total: 3, open: 3, withReviewDate: 3 } }), 2, "monitored", { withReview: 3, open: 3, overdue: 0 }),
  ],
  G5: [
    at(planWith(), 0, "none", { done: 0, total: 0 }),
    at(planWith({ compliance: { dataProtectionTotal: 3 } }), 0, "noneInPlace", { done: 0, total: 3 }),
    at(planWith({ compliance: { dataProtectionDone: 1, dataProtectionTotal: 3 } }), 1, "someInPlace", { done: 1, total: 3 }),
    at(planWith({ compliance: { dataProtectionDone: 3, dataProtectionTotal: 3 } }), 2, "allInPlace", { done: 3, total: 3 }),
  ],
  G6: [
    at(planWith(), 0, "none", { laws: 0 }),
    at(planWith({ compliance: { applicableItems: 4 } }), 1, "noIp", { laws: 4 }),
    at(planWith({ compliance: { ipStrategyDefined: true } }), 1, "noLaws", { laws: 0 }),
    at(planWith({ compliance: { applicableItems: 4, ipStrategyDefined: true } }), 2, "both", { laws: 4 }),
  ],
};

/** Derivations whose facts are one yes/no: only 0 and 2 are possible. */
const BINARY: CriterionId[] = ["A6", "F4"];

describe("readiness derivations", () => {
  for (const id of CRITERION_IDS) {
    describe(id, () => {
      CASES[id].forEach((c, i) => {
        it(`case ${i + 1}: rates ${c.rating} (${c.reason})`, () => {
          const got = DERIVATIONS[id](c.facts, c.stage);
          expect(got.rating).toBe(c.rating);
          expect(got.reason).toBe(c.reason);
          if (c.values) expect(got.values).toEqual(c.values);
        });
      });
      it(BINARY.includes(id) ? "is a yes/no criterion: its cases cover 0 and 2" : "has cases for 0, 1 and 2", () => {
        const ratings = new Set(CASES[id].map((c) => c.rating));
        expect([...ratings].sort()).toEqual(BINARY.includes(id) ? [0, 2] : [0, 1, 2]);
      });
    });
  }

  it("rates the empty plan 0 on every criterion", () => {
    for (const id of CRITERION_IDS) for (const stage of STAGES) expect(DERIVATIONS[id](planWith(), stage).rating, `${id} ${stage}`).toBe(0);
  });
});

describe("readiness messages", () => {
  const load = (locale: string) => JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "messages", locale, "readiness.json"), "utf8"));
  for (const locale of LOCALES) {
    const messages = load(locale);
    it(`${locale}: every criterion has a title, an explanation and its rating rule`, () => {
      for (const id of CRITERION_IDS) {
        for (const part of ["title", "why", "rule"]) expect(messages.criteria[id]?.[part], `${id}.${part}`).toEqual(expect.any(String));
      }
    });
    it(`${locale}: every reason a derivation gives has a message whose placeholders it fills`, () => {
      for (const id of CRITERION_IDS) {
        for (const c of CASES[id]) {
          const text: unknown = messages.reasons[id]?.[c.reason];
          expect(text, `${id}.${c.reason}`).toEqual(expect.any(String));
          const placeholders = [...String(text).matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
          const values = DERIVATIONS[id](c.facts, c.stage).values;
          for (const p of placeholders) expect(values, `${id}.${c.reason} needs {${p}}`).toHaveProperty(p);
        }
      }
    });
  }
});
