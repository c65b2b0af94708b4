// What each plan section tells the rest of the app (risk suggestions, readiness scoring, the
// investor summary). Each section's data.ts implements `get<Section>Facts(projectId)` returning its
// type; consumers depend on these shapes, not on other sections' tables. Pure types, no I/O.
//
// Conventions: counts are integers ≥ 0; money is in the project's currency, per month unless named
// otherwise; anything unknown is null (never NaN or Infinity).

export type Coverage = "yes" | "partial" | "no";

/** lib/team/data.ts → getTeamFacts */
export type TeamFacts = {
  memberCount: number;
  /** Role ids (lib/team/model.ts ROLE_IDS) the founder marked as needed now. */
  rolesNeededNow: string[];
  /** Coverage of each needed-now role by current members. */
  roleCoverage: Record<string, "covered" | "partial" | "missing">;
  /** Deep-learning engineer or researcher AND data scientist covered. */
  coreTechnicalCovered: Coverage;
  /** Industry/domain knowledge on the team, and whether it is connected to engineering. */
  businessInsight: "linked" | "present" | "absent";
  projectManagementOwner: boolean;
  /** A member holds the product-manager role (who coordinates resources before a project manager is core, lib/team/catalogue.ts). */
  productManagerOwner: boolean;
  /** Deployment / operations / testing covered. */
  deploymentOpsTestingCovered: Coverage;
  hasComplianceOwner: boolean;
  hasDomainExpert: boolean;
  /** Members who alone cover two or more core roles. */
  keyPeople: { name: string; coreRoles: string[] }[];
  openHires: number;
  /** Open hires: target month ("yyyy-mm") and monthly budget. */
  openHirePlans: { month: string; budget: number }[];
  /** Current members' monthly cost. */
  monthlyTeamCost: number;
  /** 24 entries: month 0 is the current month; members plus planned hires from their target month. */
  monthlyTeamCostByMonth: number[];
  strategy: {
    recruitment: boolean; // standards, channels and interview process written
    training: boolean; // training and knowledge sharing
    incentives: boolean; // pay, bonus, career path
    equityPool: boolean;
    collaboration: boolean; // method, meeting cadence, tools
    rolesWritten: boolean; // responsibilities written down
    backupPlan: boolean; // key-person and attrition backup
  };
};

export const CANVAS_BLOCKS = [
  "customerSegments",
  "valuePropositions",
  "channels",
  "customerRelationships",
  "revenueStreams",
  "keyResources",
  "keyActivities",
  "keyPartnerships",
  "costStructure",
] as const;
export type CanvasBlock = (typeof CANVAS_BLOCKS)[number];

export const REVENUE_MODELS = [
  "subscription",
  "usageApi",
  "dataServices",
  "customDevelopment",
  "productLicence",
  "serviceFees",
  "advertising",
  "partnership",
] as const;
export type RevenueModelId = (typeof REVENUE_MODELS)[number];

export const DIRECTION_VERDICT_IDS = ["unsure", "weak", "promising", "strong"] as const;
export type DirectionVerdict = (typeof DIRECTION_VERDICT_IDS)[number];

export const DIRECTION_TESTS = ["marketDemand", "technicalFeasibility", "competitiveAdvantage", "profitModel"] as const;
export type DirectionTest = (typeof DIRECTION_TESTS)[number];

/** lib/business-model/data.ts → getBusinessModelFacts */
export type BusinessModelFacts = {
  canvasNoteCounts: Record<CanvasBlock, number>;
  directionTests: Record<DirectionTest, "missing" | "assessed" | "withEvidence">;
  /** The founders' verdict on each direction test (lib/business-model/schema.ts DIRECTION_VERDICTS). */
  directionVerdicts: Record<DirectionTest, DirectionVerdict>;
  revenueModels: RevenueModelId[];
  /** Chosen models whose rationale is written. */
  revenueModelsWithRationale: number;
  /** At least one chosen model has a price and unit. */
  pricingDefined: boolean;
  /** The product calls a third-party model provider's API for inference. */
  builtOnThirdPartyModelApi: boolean;
  grossMarginPct: number | null;
  ltvToCac: number | null;
  paybackMonths: number | null;
  /** Revenue of the forecast's first month (today's revenue, not the expected volume). */
  monthlyRevenue: number | null;
  /** Paying customers in the forecast's first month (today's volume ÷ units per customer); null when revenue is unknown. */
  currentCustomers: number | null;
  /** Highest monthly churn (%) entered on a chosen revenue model; null when none is entered. */
  maxChurnPct: number | null;
  /** The forecast charges GPU hours per unit sold (self-hosted serving) for a chosen revenue model. */
  gpuServingInForecast: boolean;
  /** Every cost of the forecast's first month: team, compute, serving, acquisition, other. */
  monthlyCosts: number | null;
  cashOnHand: number | null;
  /** Month 1 of the forecast, "yyyy-mm". */
  forecastStartMonth: string;
  /** lib/forecast/model.ts: cash runs out in the first month whose closing cash is below zero. */
  runway: RunwayFact;
  /** The same with the planned funding rounds arriving at their target month. */
  runwayWithRaise: RunwayFact;
  /** Costs − revenue for each forecast month (36), month 1 first; negative when revenue exceeds costs. */
  monthlyNetBurn: number[];
};

/** The runway as lib/forecast/model.ts defines it (one definition everywhere). */
export type RunwayFact =
  | { state: "runsOut"; /** whole months of cash */ months: number; /** "yyyy-mm" of the first month ending below zero */ cashOutMonth: string; cashOutIndex: number }
  | { state: "lasts"; /** cash never goes below zero within this many months */ months: number }
  | { state: "unknown"; reason: "noCash" | "noCosts" };

/** lib/market/data.ts → getMarketFacts */
export type MarketFacts = {
  /** Research plan steps written: objective, data, analysis, findings (0–4). */
  researchStepsDone: number;
  segments: number;
  competitors: number;
  competitorsWithDifferentiation: number;
  /** TAM / SAM / SOM entered with a source (0–3). */
  marketSizesWithSource: number;
  trendNotes: number;
  /** The price per customer a year the market-size estimate assumes; null when not entered. */
  annualPricePerCustomer: number | null;
};

/** lib/platform/data.ts → getPlatformFacts (and getComputeMonthlyCost for the burn) */
export type PlatformFacts = {
  dataSources: number;
  dataSourcesWithRightsAndConsent: number;
  sensitiveDataSources: number;
  computePlanDefined: boolean;
  computeMonthlyCost: number;
  /** The compute plan's lines whose purpose is inference (serving users). */
  inferenceComputeMonthlyCost: number;
  toolingDone: number;
  toolingTotal: number;
  ecosystemPartners: number;
};

/** lib/funding/data.ts → getFundingFacts */
export type FundingFacts = {
  needDefined: boolean; // amount and timing
  needAmount: number | null;
  rounds: number;
  /** Distinct channels considered (angel, vc, bankLoan, government, …). */
  channels: string[];
  useOfFundsDefined: boolean;
  /** Use of funds planned for hiring. */
  hiringFunds: number;
  financialPlanDefined: boolean; // budget and cost monitoring notes
  /** Planned and in-progress rounds: amount and target month ("yyyy-mm", null when undated). */
  plannedRounds: { stage: string; amount: number; month: string | null }[];
};

/** lib/milestones/data.ts → getExecutionFacts */
export type ExecutionFacts = {
  planDefined: boolean; // goals, task breakdown, timetable, resources
  milestones: number;
  milestonesDone: number;
  milestonesOverdue: number;
  milestonesWithOwnerAndDates: number;
  qualityChecksDone: number; // progress tracking, code review, tests…
  qualityChecksTotal: number;
  feedbackLoopDefined: boolean;
  /** Due months ("yyyy-mm") of milestones not done yet. */
  openMilestoneDueMonths: string[];
};

/** lib/compliance/data.ts → getComplianceFacts */
export type ComplianceFacts = {
  items: number;
  applicableItems: number;
  itemsDone: number;
  itemsWithOwner: number;
  /** Data-protection / privacy items in place. */
  dataProtectionDone: number;
  dataProtectionTotal: number;
  ipStrategyDefined: boolean;
};

/** lib/risks/data.ts → getRiskFacts */
export type RiskFacts = {
  total: number;
  open: number;
  /** Risk category ids (lib/risks/model.ts) with at least one risk. */
  categoriesCovered: string[];
  rated: number;
  highOpen: number;
  highWithResponseAndContingency: number;
  withReviewDate: number;
  overdueReviews: number;
  /** Risks reviewed at least once since they were entered. */
  reviewed: number;
  /** Distinct score bands (low / medium / high) among open risks: 1 means every risk was rated alike. */
  bandsUsed: number;
};

export type PlanFacts = {
  team: TeamFacts;
  businessModel: BusinessModelFacts;
  market: MarketFacts;
  platform: PlatformFacts;
  funding: FundingFacts;
  execution: ExecutionFacts;
  compliance: ComplianceFacts;
  risks: RiskFacts;
};
