// The facts of a section that has nothing in it. Used by tests and as the stand-in for a section
// whose facts loader is not built yet (its criteria are then self-assessed, see data.ts).
import type {
  BusinessModelFacts,
  ComplianceFacts,
  ExecutionFacts,
  FundingFacts,
  MarketFacts,
  PlanFacts,
  PlatformFacts,
  RiskFacts,
  TeamFacts,
} from "@/lib/plan/facts";

export const EMPTY_TEAM_FACTS: TeamFacts = {
  memberCount: 0,
  rolesNeededNow: [],
  roleCoverage: {},
  coreTechnicalCovered: "no",
  businessInsight: "absent",
  projectManagementOwner: false,
  productManagerOwner: false,
  deploymentOpsTestingCovered: "no",
  hasComplianceOwner: false,
  hasDomainExpert: false,
  keyPeople: [],
  openHires: 0,
  openHirePlans: [],
  monthlyTeamCost: 0,
  monthlyTeamCostByMonth: Array.from({ length: 24 }, () => 0),
  strategy: { recruitment: false, training: false, incentives: false, equityPool: false, collaboration: false, rolesWritten: false, backupPlan: false },
};

export const EMPTY_BUSINESS_MODEL_FACTS: BusinessModelFacts = {
  canvasNoteCounts: {
    customerSegments: 0,
    valuePropositions: 0,
    channels: 0,
    customerRelationships: 0,
    revenueStreams: 0,
    keyResources: 0,
    keyActivities: 0,
    keyPartnerships: 0,
    costStructure: 0,
  },
  directionTests: { marketDemand: "missing", technicalFeasibility: "missing", competitiveAdvantage: "missing", profitModel: "missing" },
  directionVerdicts: { marketDemand: "unsure", technicalFeasibility: "unsure", competitiveAdvantage: "unsure", profitModel: "unsure" },
  revenueModels: [],
  revenueModelsWithRationale: 0,
  pricingDefined: false,
  builtOnThirdPartyModelApi: false,
  grossMarginPct: null,
  ltvToCac: null,
  paybackMonths: null,
  monthlyRevenue: null,
  currentCustomers: null,
  maxChurnPct: null,
  gpuServingInForecast: false,
  monthlyCosts: null,
  cashOnHand: null,
  forecastStartMonth: "2000-01",
  runway: { state: "unknown", reason: "noCosts" },
  runwayWithRaise: { state: "unknown", reason: "noCosts" },
  monthlyNetBurn: [],
};

export const EMPTY_MARKET_FACTS: MarketFacts = {
  researchStepsDone: 0,
  segments: 0,
  competitors: 0,
  competitorsWithDifferentiation: 0,
  marketSizesWithSource: 0,
  trendNotes: 0,
  annualPricePerCustomer: null,
};

export const EMPTY_PLATFORM_FACTS: PlatformFacts = {
  dataSources: 0,
  dataSourcesWithRightsAndConsent: 0,
  sensitiveDataSources: 0,
  computePlanDefined: false,
  computeMonthlyCost: 0,
  inferenceComputeMonthlyCost: 0,
  toolingDone: 0,
  toolingTotal: 0,
  ecosystemPartners: 0,
};

export const EMPTY_FUNDING_FACTS: FundingFacts = {
  needDefined: false,
  needAmount: null,
  rounds: 0,
  channels: [],
  useOfFundsDefined: false,
  hiringFunds: 0,
  financialPlanDefined: false,
  plannedRounds: [],
};

export const EMPTY_EXECUTION_FACTS: ExecutionFacts = {
  planDefined: false,
  milestones: 0,
  milestonesDone: 0,
  milestonesOverdue: 0,
  milestonesWithOwnerAndDates: 0,
  qualityChecksDone: 0,
  qualityChecksTotal: 0,
  feedbackLoopDefined: false,
  openMilestoneDueMonths: [],
};

export const EMPTY_COMPLIANCE_FACTS: ComplianceFacts = {
  items: 0,
  applicableItems: 0,
  itemsDone: 0,
  itemsWithOwner: 0,
  dataProtectionDone: 0,
  dataProtectionTotal: 0,
  ipStrategyDefined: false,
};

export const EMPTY_RISK_FACTS: RiskFacts = {
  total: 0,
  open: 0,
  categoriesCovered: [],
  rated: 0,
  highOpen: 0,
  highWithResponseAndContingency: 0,
  withReviewDate: 0,
  overdueReviews: 0,
  reviewed: 0,
  bandsUsed: 0,
};

export const EMPTY_PLAN_FACTS: PlanFacts = {
  team: EMPTY_TEAM_FACTS,
  businessModel: EMPTY_BUSINESS_MODEL_FACTS,
  market: EMPTY_MARKET_FACTS,
  platform: EMPTY_PLATFORM_FACTS,
  funding: EMPTY_FUNDING_FACTS,
  execution: EMPTY_EXECUTION_FACTS,
  compliance: EMPTY_COMPLIANCE_FACTS,
  risks: EMPTY_RISK_FACTS,
};
