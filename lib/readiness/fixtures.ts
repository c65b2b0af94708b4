// Calibration fixtures: six plans — weak, medium and strong at the prototype and at the revenue
// stage — and the band each must get. lib/readiness/fixtures.test.ts pins them, so a change to a
// rule that makes a box-filling plan look ready, or a strong one look weak, fails a test. Every
// fixture's score is reasoned by hand in its comment (criterion by criterion where it differs from
// the strong plan). Not used by the app.
import type { PlanFacts } from "@/lib/plan/facts";
import type { ReadinessInput } from "./model";
import type { BandId, Stage } from "./rubric";
import { planWith } from "./test-plans";

type Patch = Parameters<typeof planWith>[0];

/** Every criterion at 2 at any stage, and no contradiction between sections. */
const STRONG: Patch = {
  team: {
    memberCount: 6,
    coreTechnicalCovered: "yes",
    businessInsight: "linked",
    projectManagementOwner: true,
    productManagerOwner: true,
    deploymentOpsTestingCovered: "yes",
    openHires: 1,
    openHirePlans: [{ month: "2027-06", budget: 12_000 }],
    strategy: { recruitment: true, training: true, incentives: true, equityPool: true, collaboration: true, rolesWritten: true, backupPlan: true },
  },
  market: { researchStepsDone: 4, segments: 2, competitors: 3, competitorsWithDifferentiation: 3, marketSizesWithSource: 3, trendNotes: 2 },
  businessModel: {
    canvasNoteCounts: { customerSegments: 2, valuePropositions: 2, channels: 2, customerRelationships: 2, revenueStreams: 1, keyResources: 2, keyActivities: 2, keyPartnerships: 1, costStructure: 2 },
    directionTests: { marketDemand: "withEvidence", technicalFeasibility: "withEvidence", competitiveAdvantage: "withEvidence", profitModel: "withEvidence" },
    directionVerdicts: { marketDemand: "strong", technicalFeasibility: "strong", competitiveAdvantage: "promising", profitModel: "promising" },
    revenueModels: ["subscription"],
    revenueModelsWithRationale: 1,
    pricingDefined: true,
    monthlyRevenue: 36_000,
    currentCustomers: 24,
    maxChurnPct: 3,
    gpuServingInForecast: true,
    monthlyCosts: 76_000,
    cashOnHand: 900_000,
    forecastStartMonth: "2027-01",
    runway: { state: "runsOut", months: 22, cashOutMonth: "2028-11", cashOutIndex: 23 },
    runwayWithRaise: { state: "lasts", months: 36 },
    monthlyNetBurn: Array.from({ length: 36 }, () => 40_000),
  },
  platform: { dataSources: 2, dataSourcesWithRightsAndConsent: 2, computePlanDefined: true, computeMonthlyCost: 4_000, inferenceComputeMonthlyCost: 0, toolingDone: 8, toolingTotal: 8, ecosystemPartners: 3 },
  // 1.2M ÷ 40,000 a month = 30 months of burn; the round lands in 2027-09, before the cash-out (2028-11).
  funding: { needDefined: true, needAmount: 1_200_000, rounds: 1, channels: ["angel", "vc"], useOfFundsDefined: true, hiringFunds: 300_000, financialPlanDefined: true, plannedRounds: [{ stage: "seed", amount: 1_200_000, month: "2027-09" }] },
  execution: { planDefined: true, milestones: 5, milestonesWithOwnerAndDates: 5, qualityChecksDone: 10, qualityChecksTotal: 12, feedbackLoopDefined: true, openMilestoneDueMonths: ["2027-03", "2027-09"] },
  risks: {
    total: 8,
    open: 8,
    categoriesCovered: ["modelQuality", "competition", "dataPrivacy", "cashFlow", "regulation", "costControl"],
    rated: 8,
    bandsUsed: 3,
    reviewed: 5,
    highOpen: 2,
    highWithResponseAndContingency: 2,
    withReviewDate: 8,
  },
  compliance: { items: 6, applicableItems: 5, dataProtectionDone: 3, dataProtectionTotal: 3, ipStrategyDefined: true },
};

function merged(...patches: Patch[]): PlanFacts {
  // planWith merges one level of objects deep; apply the patches in order.
  return patches.reduce<PlanFacts>((facts, patch) => planWith(deepMerge(facts, patch ?? {}) as Patch), planWith());
}

function deepMerge(base: unknown, patch: unknown): unknown {
  if (!patch || typeof patch !== "object" || Array.isArray(patch)) return patch;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(patch)) out[k] = v && typeof v === "object" && !Array.isArray(v) ? deepMerge(out[k] ?? {}, v) : v;
  return out;
}

export type CalibrationFixture = { name: string; stage: Stage; band: BandId; facts: PlanFacts; why: string };

/** A plan that fills every box at the lowest level that used to earn full marks, with no traction. */
const BOX_FILLER: Patch = {
  team: { projectManagementOwner: false, productManagerOwner: false, rolesNeededNow: ["projectManager"], openHirePlans: [{ month: "2027-03", budget: 0 }] },
  market: { competitors: 1, competitorsWithDifferentiation: 1 },
  businessModel: {
    canvasNoteCounts: { channels: 1, customerRelationships: 1 },
    directionTests: { marketDemand: "assessed", technicalFeasibility: "withEvidence", competitiveAdvantage: "assessed", profitModel: "assessed" },
    directionVerdicts: { marketDemand: "unsure", technicalFeasibility: "weak", competitiveAdvantage: "weak", profitModel: "weak" },
    monthlyRevenue: 0,
    currentCustomers: 0,
    maxChurnPct: null,
    runway: { state: "runsOut", months: 8, cashOutMonth: "2027-09", cashOutIndex: 9 },
    runwayWithRaise: { state: "runsOut", months: 8, cashOutMonth: "2027-09", cashOutIndex: 9 },
  },
  risks: { bandsUsed: 1, reviewed: 0 },
  // The round is planned after the cash is gone; milestones run past it.
  funding: { needAmount: 300_000, plannedRounds: [{ stage: "seed", amount: 300_000, month: "2027-12" }] },
  execution: { openMilestoneDueMonths: ["2027-06", "2028-03"] },
};

export const CALIBRATION_FIXTURES: CalibrationFixture[] = [
  {
    name: "prototype-strong",
    stage: "PROTOTYPE",
    band: "ready",
    facts: merged(STRONG, { team: { strategy: { training: false } }, execution: { qualityChecksDone: 2 } }),
    // Weights at the prototype stage: traction 10, the others × 0.9 (team 18, market 13.5, business
    // model 13.5, platform 13.5, funding 9, execution 9, risk 13.5). A6 0 → team 14/16 × 18 = 15.75;
    // F3 2 of 12 checks → 1 → execution 7/8 × 9 = 7.875; the rest full: 13.5 × 4 + 9 + 10 = 73.
    // 15.75 + 7.875 + 73 = 96.625 → 96.6.
    why: "Everything in place with evidence except the training plan and most quality checks.",
  },
  {
    name: "prototype-medium",
    stage: "PROTOTYPE",
    band: "developing",
    facts: merged(STRONG, {
      team: { coreTechnicalCovered: "partial", deploymentOpsTestingCovered: "no", projectManagementOwner: false, strategy: { training: false, equityPool: false, collaboration: false } },
      market: { researchStepsDone: 2, competitors: 3, competitorsWithDifferentiation: 1, trendNotes: 0 },
      businessModel: {
        canvasNoteCounts: { channels: 1, customerRelationships: 0 },
        directionTests: { technicalFeasibility: "assessed", profitModel: "assessed" },
        directionVerdicts: { competitiveAdvantage: "weak" },
        revenueModels: ["subscription", "usageApi"],
        monthlyRevenue: 0,
        currentCustomers: 0,
        maxChurnPct: null,
      },
      platform: { dataSourcesWithRightsAndConsent: 1, toolingDone: 3, ecosystemPartners: 1 },
      funding: { channels: ["angel"], financialPlanDefined: false },
      execution: { planDefined: false, milestonesWithOwnerAndDates: 2, qualityChecksDone: 2, feedbackLoopDefined: false },
      risks: { categoriesCovered: ["modelQuality", "competition"], reviewed: 0, highWithResponseAndContingency: 1, withReviewDate: 3 },
      compliance: { dataProtectionDone: 1, ipStrategyDefined: false },
    }),
    // Team: A1 1, A2 2, A3 2 (product manager before the revenue stage), A4 0, A5 2, A6 0, A7 1, A8 1
    //   = 9/16 × 18 = 10.125. Market: B1 1, B2 2, B3 1, B4 1, B5 1 = 6/10 × 13.5 = 8.1.
    // Business model: C1 1 (own "weak" competitive-advantage verdict), C2 1 (one of two models has a
    //   rationale), C3 2, C4 1, C5 2 = 7/10 × 13.5 = 9.45.
    // Platform: D1 1, D2 2, D3 1, D4 1 = 5/8 × 13.5 = 8.4375. Funding: E1 2, E2 1, E3 1 = 4/6 × 9 = 6.
    // Execution: F1 1, F2 1, F3 1, F4 0 = 3/8 × 9 = 3.375. Risk: G1 1, G2 1 (never reviewed), G3 1,
    //   G4 1, G5 1, G6 1 = 6/12 × 13.5 = 6.75. Traction: H1 2 (pilots: demand with evidence, strong
    //   verdict), H2 1 (profit model assessed, no evidence) = 3/4 × 10 = 7.5.
    // 10.125 + 8.1 + 9.45 + 8.4375 + 6 + 3.375 + 6.75 + 7.5 = 59.7375 → 59.7.
    why: "Half-built: pilots but no paying customer, a weak competitive-advantage verdict, thin execution.",
  },
  {
    name: "prototype-weak",
    stage: "PROTOTYPE",
    band: "early",
    facts: planWith({
      team: { memberCount: 2, coreTechnicalCovered: "partial", businessInsight: "present" },
      market: { researchStepsDone: 1, segments: 1 },
      businessModel: {
        canvasNoteCounts: { valuePropositions: 1, customerSegments: 1 },
        directionTests: { marketDemand: "assessed" },
        directionVerdicts: { marketDemand: "unsure" },
        revenueModels: ["subscription"],
      },
      risks: { total: 2, open: 2, rated: 2, bandsUsed: 1, categoriesCovered: ["competition"] },
    }),
    // A1 1, A2 1 → 2/16 × 18 = 2.25. B1 1, B2 2 → 3/10 × 13.5 = 4.05. C1 2, C2 1, C3 1 → 4/10 × 13.5
    // = 5.4. G1 1, G2 1 (one band), G3 2 (no open high risk, all rated) → 4/12 × 13.5 = 4.5.
    // H1 1 (demand assessed) → 1/4 × 10 = 2.5. 2.25 + 4.05 + 5.4 + 4.5 + 2.5 = 18.7.
    why: "An idea written down: two founders, a value proposition and a guessed revenue model.",
  },
  {
    name: "revenue-strong",
    stage: "REVENUE",
    band: "ready",
    facts: merged(STRONG, { platform: { ecosystemPartners: 1 } }),
    // Weights at the revenue stage: traction 30, the others × 0.7 (team 14, market, business model,
    // platform and risk 10.5 each, funding and execution 7). D4 1 → platform 7/8 × 10.5 = 9.1875;
    // everything else full: 100 − 10.5 + 9.1875 = 98.6875 → 98.7.
    why: "24 paying customers with 3 % monthly churn, every section evidenced, one ecosystem partner.",
  },
  {
    name: "revenue-medium",
    stage: "REVENUE",
    band: "nearlyReady",
    facts: merged(STRONG, {
      team: { deploymentOpsTestingCovered: "partial", strategy: { training: false } },
      market: { competitorsWithDifferentiation: 2 },
      businessModel: { currentCustomers: 2, monthlyRevenue: 3_000, maxChurnPct: 8, canvasNoteCounts: { customerRelationships: 1 } },
      platform: { toolingDone: 4 },
      execution: { qualityChecksDone: 4, feedbackLoopDefined: false },
      risks: { highWithResponseAndContingency: 1 },
    }),
    // Revenue-stage weights as above. A4 1 (partial cover is not enough from the MVP stage), A6 0
    // → 13/16 × 14 = 11.375; B3 1 → 9/10 × 10.5 = 9.45; C4 1 (one retention note) → 9.45; D3 1
    // (4 of 8) → 7/8 × 10.5 = 9.1875; funding 7; F3 1, F4 0 → 5/8 × 7 = 4.375; G3 1 → 11/12 × 10.5
    // = 9.625; H1 1 (2 paying customers, 3 expected), H2 1 (churn 8 % > 5 %) → 2/4 × 30 = 15.
    // 11.375 + 9.45 + 9.45 + 9.1875 + 7 + 4.375 + 9.625 + 15 = 75.4625 → 75.5: the documentation
    // is thorough, the traction is what keeps it from "ready".
    why: "A well-documented plan with two paying customers and high churn at the revenue stage.",
  },
  {
    name: "revenue-weak",
    stage: "REVENUE",
    band: "developing",
    facts: merged(STRONG, BOX_FILLER),
    // Revenue-stage weights as above. A3 1 (a project manager is core from the revenue stage; only
    // planned) → 15/16 × 14 = 13.125; B3 1, B4 1 (own verdicts "weak") → 8/10 × 10.5 = 8.4; C1 1
    // ("weak" competitive advantage), C2 1 ("weak" profit model), C4 1 (one note per block) → 7/10 ×
    // 10.5 = 7.35; platform 10.5; funding 7; execution 7; G2 1 (every risk in one band) → 11/12 ×
    // 10.5 = 9.625; H1 0 (no revenue), H2 1 (profit model assessed) → 1/4 × 30 = 7.5. Sum 70.5.
    // Contradictions, 3 points each: need 300,000 ÷ burn 40,000 = 7 months (< 12); the round
    // (2027-12) lands after the cash-out (2027-09); a milestone due 2028-03 is after it; a hire has
    // no budget → −12 → 58.5.
    why: "Fills nearly every box, but has no revenue at the revenue stage, weak verdicts of its own and four contradictions.",
  },
];

export function fixtureInput(f: CalibrationFixture): ReadinessInput {
  return { facts: f.facts, stage: f.stage };
}
