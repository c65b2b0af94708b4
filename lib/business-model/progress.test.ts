import { describe, expect, it } from "vitest";
import { stepCompletion, toFacts, type SectionData } from "./progress";

const empty: SectionData = { noteCounts: {}, directionTests: [], revenueChoices: [], economics: null, burn: null, teamCostByMonth: [], computeMonthlyCost: null };

const filled: SectionData = {
  noteCounts: { customerSegments: 2, valuePropositions: 1, channels: 1, customerRelationships: 1, revenueStreams: 1, keyResources: 1, keyActivities: 1, keyPartnerships: 1, costStructure: 3 },
  directionTests: [
    { test: "marketDemand", assessment: "Clinics ask for it", evidence: "12 interviews" },
    { test: "technicalFeasibility", assessment: "Prototype works", evidence: "" },
    { test: "competitiveAdvantage", assessment: "Domain data", evidence: "" },
    { test: "profitModel", assessment: "Per seat", evidence: "" },
  ],
  revenueChoices: [
    { model: "subscription", price: 100, monthlyVolume: 100, churnPct: 5, unit: "seat", rationale: "Steady use" },
    { model: "customDevelopment", price: 5000, monthlyVolume: 1, churnPct: null, unit: "project", rationale: "" },
  ],
  economics: {
    primaryModel: null,
    inferenceMode: "tokens",
    tokensPerUnit: 2_000_000,
    pricePerMillionTokens: 5,
    gpuHoursPerUnit: null,
    gpuHourRate: null,
    hostingPerUnit: 5,
    unitsPerCustomer: null,
    cac: 425,
    thirdPartyModelApi: true,
    modelProvider: "",
  },
  burn: { cashOnHand: 230_000, otherMonthlyCosts: 2000, otherCostsNote: "", revenueGrowthPct: null, includeServingCost: true },
  teamCostByMonth: [20_000],
  computeMonthlyCost: 3000,
};

describe("stepCompletion", () => {
  it("marks nothing complete for an empty section", () => {
    expect(stepCompletion(empty)).toEqual({ canvas: false, direction: false, revenue: false, economics: false, burn: false });
  });
  it("marks every step complete for a filled section", () => {
    expect(stepCompletion(filled)).toEqual({ canvas: true, direction: true, revenue: true, economics: true, burn: true });
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
      revenueModels: ["subscription", "customDevelopment"],
      revenueModelsWithRationale: 1,
      pricingDefined: true,
      builtOnThirdPartyModelApi: true,
      grossMarginPct: 85,
      ltvToCac: 4,
      paybackMonths: 5,
      monthlyRevenue: 15_000,
      monthlyCosts: 26_500,
      cashOnHand: 230_000,
      runwayMonths: 20,
      profitable: false,
    });
  });
  it("reports unknowns as null for an empty section", () => {
    const facts = toFacts(empty);
    expect(facts).toMatchObject({ revenueModels: [], pricingDefined: false, grossMarginPct: null, ltvToCac: null, monthlyRevenue: null, monthlyCosts: null, runwayMonths: null, profitable: false });
    expect(Object.values(facts.canvasNoteCounts)).toEqual(Array(9).fill(0));
  });
});
