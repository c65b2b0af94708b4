// Hand-built plans for the readiness tests (unit and integration). Not used by the app.
import type { PlanFacts } from "@/lib/plan/facts";
import { EMPTY_PLAN_FACTS } from "./empty-facts";
import type { ReadinessInput } from "./model";

type DeepPartial<T> = { [K in keyof T]?: T[K] extends unknown[] ? T[K] : T[K] extends object ? DeepPartial<T[K]> : T[K] };

function merge<T>(base: T, patch: DeepPartial<T> | undefined): T {
  if (!patch) return base;
  const out = { ...base } as Record<string, unknown>;
  for (const [key, value] of Object.entries(patch)) {
    const current = out[key];
    out[key] =
      value && typeof value === "object" && !Array.isArray(value) && current && typeof current === "object" && !Array.isArray(current)
        ? merge(current, value as never)
        : value;
  }
  return out as T;
}

/** The empty plan with some facts filled in. */
export function planWith(patch: DeepPartial<PlanFacts> = {}): PlanFacts {
  return merge(EMPTY_PLAN_FACTS, patch);
}

export function inputOf(facts: PlanFacts, overrides: Partial<ReadinessInput> = {}): ReadinessInput {
  return { facts, ...overrides };
}

/**
 * A plan like the demo ClinicNote AI one, half-way through planning, scored at the idea stage
 * (no traction section). Hand-computed score:
 * team 12/16 × 20 = 15 (A4 partial counts 2 before the MVP stage) · market 8/10 × 15 = 12 · business model 8/10 × 15 = 12 ·
 * platform 5/8 × 15 = 9.375 · funding 5/6 × 10 = 8.333… · execution 4/8 × 10 = 5 ·
 * risk & compliance 8/12 × 15 = 10 → total 71.708… → 71.7, "nearly ready".
 */
export const DEMO_LIKE_PLAN: PlanFacts = planWith({
  team: {
    memberCount: 5,
    coreTechnicalCovered: "partial", // A1 = 1
    businessInsight: "linked", // A2 = 2
    projectManagementOwner: true, // A3 = 2
    deploymentOpsTestingCovered: "partial", // A4 = 2 at the idea stage (1 from MVP)
    openHires: 2,
    strategy: { recruitment: true, training: false, incentives: true, equityPool: true, rolesWritten: true, collaboration: false }, // A5 2, A6 0, A7 2, A8 1
  },
  market: { researchStepsDone: 3, segments: 2, competitors: 4, competitorsWithDifferentiation: 3, marketSizesWithSource: 2, trendNotes: 1 }, // B1 1, B2 2, B3 1, B5 2
  businessModel: {
    canvasNoteCounts: { valuePropositions: 2, channels: 1, customerRelationships: 0, costStructure: 2 }, // C4 1
    directionTests: { marketDemand: "withEvidence", technicalFeasibility: "withEvidence" }, // B4 2, C1 2
    revenueModels: ["subscription", "usageApi"],
    revenueModelsWithRationale: 1, // C2 1
    pricingDefined: true, // C3 2
    monthlyCosts: 42_000, // C5 2
    runway: { state: "runsOut", months: 14, cashOutMonth: "2028-03", cashOutIndex: 15 },
  },
  platform: { dataSources: 3, dataSourcesWithRightsAndConsent: 2, computePlanDefined: true, computeMonthlyCost: 6_000, toolingDone: 5, toolingTotal: 8, ecosystemPartners: 1 }, // D1 1, D2 2, D3 1, D4 1
  funding: { needDefined: true, needAmount: 1_500_000, rounds: 1, channels: ["angel", "government"], financialPlanDefined: false }, // E1 2, E2 2, E3 1
  execution: { planDefined: true, milestones: 6, milestonesWithOwnerAndDates: 4, qualityChecksDone: 2, qualityChecksTotal: 6, feedbackLoopDefined: false }, // F1 2, F2 1, F3 1, F4 0
  risks: { total: 9, open: 8, categoriesCovered: ["modelQuality", "competition", "dataPrivacy", "regulation"], rated: 9, highOpen: 3, highWithResponseAndContingency: 2, withReviewDate: 5, bandsUsed: 3, reviewed: 4 }, // G1 1, G2 2, G3 1, G4 1
  compliance: { items: 8, applicableItems: 6, dataProtectionDone: 3, dataProtectionTotal: 3, ipStrategyDefined: false }, // G5 2, G6 1
});
