import { describe, expect, it } from "vitest";
import type { BusinessModelFacts, MarketFacts, PlanFacts, PlatformFacts, TeamFacts } from "@/lib/plan/facts";
import { openSuggestions, suggestRisks, SUGGESTION_IDS } from "./model";

// Facts of a plan that should trigger no suggestion; each test changes one fact.
const team = (patch: Partial<TeamFacts> = {}): TeamFacts => ({
  memberCount: 4,
  rolesNeededNow: ["dlEngineer", "dataScientist"],
  roleCoverage: { dlEngineer: "covered", dataScientist: "covered" },
  coreTechnicalCovered: "yes",
  businessInsight: "linked",
  projectManagementOwner: true,
  productManagerOwner: true,
  deploymentOpsTestingCovered: "yes",
  hasComplianceOwner: true,
  hasDomainExpert: true,
  keyPeople: [],
  openHires: 0,
  openHirePlans: [],
  monthlyTeamCost: 40_000,
  monthlyTeamCostByMonth: Array(24).fill(40_000),
  strategy: { recruitment: true, training: true, incentives: true, equityPool: true, collaboration: true, rolesWritten: true, backupPlan: true },
  ...patch,
});

const businessModel = (patch: Partial<BusinessModelFacts> = {}): BusinessModelFacts => ({
  canvasNoteCounts: { customerSegments: 1, valuePropositions: 1, channels: 1, customerRelationships: 1, revenueStreams: 1, keyResources: 1, keyActivities: 1, keyPartnerships: 1, costStructure: 1 },
  directionTests: { marketDemand: "withEvidence", technicalFeasibility: "assessed", competitiveAdvantage: "assessed", profitModel: "assessed" },
  directionVerdicts: { marketDemand: "promising", technicalFeasibility: "promising", competitiveAdvantage: "promising", profitModel: "promising" },
  revenueModels: ["subscription"],
  revenueModelsWithRationale: 1,
  pricingDefined: true,
  builtOnThirdPartyModelApi: false,
  grossMarginPct: 70,
  ltvToCac: 3,
  paybackMonths: 12,
  monthlyRevenue: 50_000,
  currentCustomers: 100,
  maxChurnPct: 3,
  gpuServingInForecast: true,
  monthlyCosts: 60_000,
  cashOnHand: 1_200_000,
  forecastStartMonth: "2027-01",
  runway: { state: "lasts", months: 36 },
  runwayWithRaise: { state: "lasts", months: 36 },
  monthlyNetBurn: Array(36).fill(10_000),
  ...patch,
});

const platform = (patch: Partial<PlatformFacts> = {}): PlatformFacts => ({
  dataSources: 3,
  dataSourcesWithRightsAndConsent: 3,
  sensitiveDataSources: 1,
  computePlanDefined: true,
  computeMonthlyCost: 5_000,
  inferenceComputeMonthlyCost: 0,
  toolingDone: 5,
  toolingTotal: 8,
  ecosystemPartners: 2,
  ...patch,
});

const market = (patch: Partial<MarketFacts> = {}): MarketFacts => ({
  researchStepsDone: 4,
  segments: 2,
  competitors: 3,
  competitorsWithDifferentiation: 3,
  marketSizesWithSource: 3,
  trendNotes: 2,
  annualPricePerCustomer: null,
  ...patch,
});

const calm = (patch: Partial<PlanFacts> = {}): Partial<PlanFacts> => ({ team: team(), businessModel: businessModel(), platform: platform(), market: market(), ...patch });
const ids = (facts: Partial<PlanFacts>) => suggestRisks(facts).map((s) => s.id);

describe("suggestRisks", () => {
  it("suggests nothing for a calm plan, and nothing when no section has facts yet", () => {
    expect(suggestRisks(calm())).toEqual([]);
    expect(suggestRisks({})).toEqual([]);
  });

  it("dataServices revenue → privacy and consent", () => {
    const [s] = suggestRisks(calm({ businessModel: businessModel({ revenueModels: ["subscription", "dataServices"] }) }));
    expect(s).toEqual({ id: "dataServicesPrivacy", category: "dataPrivacy", reasonKey: "dataServicesPrivacy", values: {}, template: "dataResaleConsent" });
    expect(ids(calm({ businessModel: businessModel({ revenueModels: ["usageApi", "advertising"] }) }))).not.toContain("dataServicesPrivacy");
  });

  it("a product on a third-party model API → provider dependency and price risk", () => {
    const [s] = suggestRisks(calm({ businessModel: businessModel({ builtOnThirdPartyModelApi: true }) }));
    expect(s).toMatchObject({ id: "thirdPartyModelApi", category: "providerDependency", template: "modelProviderDependence" });
    expect(ids(calm({ businessModel: businessModel({ builtOnThirdPartyModelApi: false }) }))).not.toContain("thirdPartyModelApi");
  });

  it("one person covering several core roles → key-person risk, naming them", () => {
    const keyPeople = [
      { name: "Li Wei", coreRoles: ["dlEngineer", "dataScientist"] },
      { name: "Ana", coreRoles: ["opsEngineer", "backendEngineer"] },
    ];
    const [s] = suggestRisks(calm({ team: team({ keyPeople }) }));
    expect(s).toMatchObject({ id: "keyPerson", category: "keyPerson", values: { names: "Li Wei, Ana", count: 2 } });
    expect(ids(calm({ team: team({ keyPeople: [] }) }))).not.toContain("keyPerson");
  });

  it("runway under six months → cash-flow risk (not at exactly six, not when cash lasts or is unknown; the raise does not count)", () => {
    const runsOut = (months: number): BusinessModelFacts["runway"] => ({ state: "runsOut", months, cashOutMonth: "2027-06", cashOutIndex: months + 1 });
    const [s] = suggestRisks(calm({ businessModel: businessModel({ runway: runsOut(4), runwayWithRaise: { state: "lasts", months: 36 } }) }));
    expect(s).toMatchObject({ id: "shortRunway", category: "cashFlow", values: { months: 4 } });
    expect(ids(calm({ businessModel: businessModel({ runway: runsOut(0) }) }))).toContain("shortRunway");
    expect(ids(calm({ businessModel: businessModel({ runway: runsOut(6) }) }))).not.toContain("shortRunway");
    expect(ids(calm({ businessModel: businessModel({ runway: { state: "lasts", months: 36 } }) }))).not.toContain("shortRunway");
    expect(ids(calm({ businessModel: businessModel({ runway: { state: "unknown", reason: "noCash" } }) }))).not.toContain("shortRunway");
    expect(ids(calm({ businessModel: businessModel({ runway: runsOut(Number.NaN) }) }))).not.toContain("shortRunway");
  });

  it("no compliance owner → regulatory risk, but only once the team section says so", () => {
    const [s] = suggestRisks(calm({ team: team({ hasComplianceOwner: false }) }));
    expect(s).toMatchObject({ id: "noComplianceOwner", category: "regulation", template: "regulatoryChange" });
    expect(ids(calm())).not.toContain("noComplianceOwner");
    expect(ids({ businessModel: businessModel() })).not.toContain("noComplianceOwner");
    expect(ids(calm({ team: team({ hasComplianceOwner: false, memberCount: 0 }) }))).not.toContain("noComplianceOwner");
  });

  it("sensitive data with sources lacking rights and consent → data exposure risk", () => {
    const [s] = suggestRisks(calm({ platform: platform({ sensitiveDataSources: 2, dataSources: 4, dataSourcesWithRightsAndConsent: 1 }) }));
    expect(s).toMatchObject({ id: "sensitiveDataWithoutConsent", category: "dataPrivacy", values: { sensitive: 2, missing: 3 } });
    expect(ids(calm({ platform: platform({ sensitiveDataSources: 0, dataSourcesWithRightsAndConsent: 0 }) }))).not.toContain("sensitiveDataWithoutConsent");
    expect(ids(calm({ platform: platform({ sensitiveDataSources: 2 }) }))).not.toContain("sensitiveDataWithoutConsent");
  });

  it("a team where nobody covers deployment, operations and testing → service stability risk", () => {
    expect(ids(calm({ team: team({ deploymentOpsTestingCovered: "no" }) }))).toEqual(["noOpsCoverage"]);
    expect(ids(calm({ team: team({ deploymentOpsTestingCovered: "partial" }) }))).toEqual([]);
    expect(ids(calm({ team: team({ deploymentOpsTestingCovered: "no", memberCount: 0 }) }))).toEqual([]);
  });

  it("gross margin under 50% → compute cost risk", () => {
    const [s] = suggestRisks(calm({ businessModel: businessModel({ grossMarginPct: 32.6 }) }));
    expect(s).toMatchObject({ id: "lowGrossMargin", category: "computeCost", values: { pct: 33, threshold: 50 } });
    expect(ids(calm({ businessModel: businessModel({ grossMarginPct: 50 }) }))).toEqual([]);
    expect(ids(calm({ businessModel: businessModel({ grossMarginPct: null }) }))).toEqual([]);
  });

  it("a revenue model chosen while market demand is untested → herd-following strategy risk", () => {
    const directionTests = { ...businessModel().directionTests, marketDemand: "missing" as const };
    expect(ids(calm({ businessModel: businessModel({ directionTests }) }))).toEqual(["demandUntested"]);
    expect(ids(calm({ businessModel: businessModel({ directionTests: { ...directionTests, marketDemand: "assessed" } }) }))).toEqual([]);
    expect(ids(calm({ businessModel: businessModel({ directionTests, revenueModels: [] }) }))).toEqual([]);
  });

  it("segments defined but no competitor analysed → competition risk", () => {
    expect(ids(calm({ market: market({ competitors: 0, competitorsWithDifferentiation: 0 }) }))).toEqual(["noCompetitorAnalysis"]);
    expect(ids(calm({ market: market({ competitors: 1 }) }))).toEqual([]);
    expect(ids(calm({ market: market({ competitors: 0, segments: 0 }) }))).toEqual([]);
  });

  it("lists several suggestions in rule order with stable, unique ids", () => {
    const facts = calm({
      team: team({ hasComplianceOwner: false, keyPeople: [{ name: "A", coreRoles: ["x", "y"] }] }),
      businessModel: businessModel({ revenueModels: ["dataServices"], runway: { state: "runsOut", months: 2, cashOutMonth: "2027-03", cashOutIndex: 3 } }),
    });
    expect(ids(facts)).toEqual(["dataServicesPrivacy", "keyPerson", "shortRunway", "noComplianceOwner"]);
    expect(new Set(SUGGESTION_IDS).size).toBe(SUGGESTION_IDS.length);
  });
});

describe("openSuggestions", () => {
  const all = suggestRisks(calm({ team: team({ hasComplianceOwner: false }), businessModel: businessModel({ builtOnThirdPartyModelApi: true }) }));

  it("hides dismissed suggestions and those whose template is already in the register", () => {
    expect(all.map((s) => s.id)).toEqual(["thirdPartyModelApi", "noComplianceOwner"]);
    expect(openSuggestions(all, new Set(["thirdPartyModelApi"]), new Set()).map((s) => s.id)).toEqual(["noComplianceOwner"]);
    expect(openSuggestions(all, new Set(), new Set(["regulatoryChange"])).map((s) => s.id)).toEqual(["thirdPartyModelApi"]);
    expect(openSuggestions(all, new Set(), new Set())).toHaveLength(2);
  });
});
