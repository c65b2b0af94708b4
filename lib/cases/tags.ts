// The tag vocabulary shared by library cards and the team's own cases. Labels live in
// messages/<locale>/cases.json under "tags.<dimension>.<id>". Pure constants, no I/O.
import { REVENUE_MODELS, type RevenueModelId } from "@/lib/plan/facts";
import { PROJECT_STAGES } from "@/lib/projects/schema";
import { RISK_CATEGORIES, type RiskCategory } from "@/lib/risks/model";

export { REVENUE_MODELS, type RevenueModelId };

export const STAGES = PROJECT_STAGES;
export type Stage = (typeof STAGES)[number];

export const SECTOR_TAGS = [
  "crossIndustry",
  "finance",
  "healthcare",
  "ecommerce",
  "customerService",
  "education",
  "marketing",
  "autonomousDriving",
  "manufacturing",
  "legal",
] as const;
export type SectorTag = (typeof SECTOR_TAGS)[number];

export const AI_PATTERNS = [
  "foundationModel", // training and serving one's own large model
  "appOnPretrained", // an application built on a pretrained or hosted model
  "developerPlatform", // frameworks, tools and compute for other builders
  "conversationalQa",
  "contentGeneration",
  "recommendation",
  "computerVision",
  "predictionScoring", // credit scoring, fraud detection, diagnosis support, forecasting
  "autonomousSystems",
] as const;
export type AiPattern = (typeof AI_PATTERNS)[number];

export const OUTCOMES = ["success", "failure", "unknown"] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const FAILURE_CAUSES = [
  "marketPositioning",
  "productExperience",
  "cashFlow",
  "technicalDifficulty",
  "competition",
  "herdFollowing",
  "lateToPivot",
] as const;
export type FailureCause = (typeof FAILURE_CAUSES)[number];

/**
 * Risk categories a card warns about: the risk register's own category ids, so a lesson applied as a
 * risk lands in the right category and the plan's open risks can be matched against cards.
 */
export const CASE_RISK_CATEGORIES = RISK_CATEGORIES;
export type CaseRiskCategory = RiskCategory;

/** How far a card can be trusted. Library cards use the first four; own cases the last three. */
export const SOURCE_QUALITIES = [
  "namedCompanyGeneralised",
  "listedOnly",
  "anonymousUnverified",
  "illustrativePattern",
  "teamVerified",
  "teamFirsthand",
  "teamUnverified",
] as const;
export type SourceQuality = (typeof SOURCE_QUALITIES)[number];
export const OWN_SOURCE_QUALITIES = ["teamVerified", "teamFirsthand", "teamUnverified"] as const satisfies readonly SourceQuality[];

export const OWN_CASE_KINDS = ["competitor", "analogue", "postMortem"] as const;
export type OwnCaseKind = (typeof OWN_CASE_KINDS)[number];

export const LIBRARY_KINDS = ["namedCompany", "platformCase", "anonymousCase", "sectorVignette"] as const;
export type LibraryKind = (typeof LIBRARY_KINDS)[number];

/** The five source documents (see /work/shared/domain.md). */
export const SOURCE_DOCS = ["000", "001", "002", "003", "004"] as const;
export type SourceDoc = (typeof SOURCE_DOCS)[number];

export type CaseTags = {
  sectors: SectorTag[];
  aiPatterns: AiPattern[];
  revenueModels: RevenueModelId[];
  stages: Stage[];
  outcome: Outcome;
  failureCauses: FailureCause[];
  riskCategories: CaseRiskCategory[];
};

/** The filterable tag dimensions, in the order the filter bar shows them. */
export const FILTER_DIMENSIONS = ["sector", "pattern", "revenue", "stage", "outcome", "cause"] as const;
export type FilterDimension = (typeof FILTER_DIMENSIONS)[number];

export const FILTER_OPTIONS: Record<FilterDimension, readonly string[]> = {
  sector: SECTOR_TAGS,
  pattern: AI_PATTERNS,
  revenue: REVENUE_MODELS,
  stage: STAGES,
  outcome: OUTCOMES,
  cause: FAILURE_CAUSES,
};
