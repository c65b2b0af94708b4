import { describe, expect, it } from "vitest";
import { EMPTY_CHOICE_FIELDS } from "./model";
import { stepCompletion, toFacts, type SectionData } from "./progress";

const noCosts = { team: { memberMonthlyCost: 0, hireCostSteps: [] }, computeMonthlyCost: 0, rounds: [] };
const empty: SectionData = { startMonth: "2027-01", noteCounts: {}, directionTests: [], revenueChoices: [], economics: null, burn: null, costs: noCosts };

const filled: SectionData = {
  startMonth: "2027-01",
  noteCounts: { customerSegments: 2, valuePropositions: 1, channels: 1, customerRelationships: 1, revenueStreams: 1, keyResources: 1, keyActivities: 1, keyPartnerships: 1, costStructure: 3 },
  directionTests: [
    { test: "marketDemand", assessment: "Clinics ask for it", evidence: "12 interviews" },
    { test: "technicalFeasibility", assessment: "Prototype works", evidence: "" },
    { test: "competitiveAdvantage", assessment: "Domain data", evidence: "", verdict: "weak" },
    { test: "profitModel", assessment: "Per seat", evidence: "" },
  ],
  revenueChoices: [
    // 100 seats sold today (the expected 100 is already reached); 2M input tokens × 5 / 1M = 10 + 5
    // hosting = 15 to serve; CAC 425.
    {
      ...EMPTY_CHOICE_FIELDS,
      model: "subscription",
      price: 100,
      currentVolume: 100,
      monthlyVolume: 100,
      rampMonths: 0,
      churnPct: 5,
      unit: "seat",
      rationale: "Steady use",
      cac: 425,
      inferenceMode: "tokens",
      inputTokensPerUnit: 2_000_000,
      inputPricePerMillion: 5,
      hostingPerUnit: 5,
    },
    { ...EMPTY_CHOICE_FIELDS, model: "customDevelopment", price: 5000, currentVolume: 1, monthlyVolume: 1, rampMonths: 0, unit: "project", inferenceMode: "none" },
  ],
  economics: { primaryModel: null, thirdPartyModelApi: true, modelProvider: "" },
  burn: { cashOnHand: 230_000, otherMonthlyCosts: 2000, otherCostsNote: "", revenueGrowthPct: null, includeServingCost: true },
  costs: { team: { memberMonthlyCost: 20_000, hireCostSteps: [] }, computeMonthlyCost: 3000, rounds: [{ stage: "seed", amount: 500_000, targetDate: "2027-06-15", status: "planned" }] },
};

describe("stepCompletion", () => {
  it("marks nothing complete for an empty section", () => {
    expect(stepCompletion(empty)).toEqual({ canvas: false, direction: false, revenue: false, economics: false, burn: false, forecast: false });
  });
  it("marks every step complete for a filled section", () => {
    expect(stepCompletion(filled)).toEqual({ canvas: true, direction: true, revenue: true, economics: true, burn: true, forecast: true });
  });
  it("needs a note in every block and every test assessed", () => {
    const partial = stepCompletion({ ...filled, noteCounts: { ...filled.noteCounts, channels: 0 }, directionTests: filled.directionTests.slice(1) });
    expect(partial.canvas).toBe(false);
    expect(partial.direction).toBe(false);
  });
});

describe("toFacts", () => {
  it("reports the filled section with hand-computed numbers", () => {
    expect(toFacts(filled)).toEqual({
      canvasNoteCounts: filled.noteCounts,
      directionTests: { marketDemand: "withEvidence", technicalFeasibility: "assessed", competitiveAdvantage: "assessed", profitModel: "assessed" },
      // Records without a verdict read as "unsure"; the founders' own "weak" is kept.
      directionVerdicts: { marketDemand: "unsure", technicalFeasibility: "unsure", competitiveAdvantage: "weak", profitModel: "unsure" },
      revenueModels: ["subscription", "customDevelopment"],
      revenueModelsWithRationale: 1,
      pricingDefined: true,
      builtOnThirdPartyModelApi: true,
      grossMarginPct: 85,
      ltvToCac: 4,
      paybackMonths: 5,
      // Month 1: revenue 100 × 100 + 1 × 5,000 = 15,000. Costs 20,000 team + 3,000 compute + 2,000
      // other + 100 × 15 serving + 5 % churn of 100 customers replaced × 425 = 2,125 → 28,625.
      monthlyRevenue: 15_000,
      // 100 seats at one seat per customer + 1 custom project = 101 paying customers.
      currentCustomers: 101,
      maxChurnPct: 5,
      // Served through a token-priced API, not GPU hours.
      gpuServingInForecast: false,
      monthlyCosts: 28_625,
      cashOnHand: 230_000,
      forecastStartMonth: "2027-01",
      // Net burn 13,625 every month: 230,000 / 13,625 = 16.9 → below zero in month 17.
      runway: { state: "runsOut", months: 16, cashOutMonth: "2028-05", cashOutIndex: 17 },
      // With 500,000 in month 6: 730,000 / 13,625 = 53.6 months → lasts the 36-month forecast.
      runwayWithRaise: { state: "lasts", months: 36 },
      monthlyNetBurn: Array(36).fill(13_625),
    });
  });
  it("reports unknowns as null for an empty section", () => {
    const facts = toFacts(empty);
    expect(facts).toMatchObject({ revenueModels: [], pricingDefined: false, grossMarginPct: null, ltvToCac: null, monthlyRevenue: null, monthlyCosts: null, runway: { state: "unknown", reason: "noCosts" } });
    expect(Object.values(facts.canvasNoteCounts)).toEqual(Array(9).fill(0));
  });
});
