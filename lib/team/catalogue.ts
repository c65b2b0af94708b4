// The fixed vocabulary of the team section: roles, competency areas and the choices a member or
// hire can take. Pure data; the words shown for each id live in messages/<locale>/team.json.
import type { PROJECT_STAGES } from "@/lib/projects/schema";

export type Stage = (typeof PROJECT_STAGES)[number];
export const STAGE_ORDER: readonly Stage[] = ["IDEA", "PROTOTYPE", "MVP", "REVENUE", "SCALE"];

export const ROLE_IDS = [
  "researcher",
  "deepLearningEngineer",
  "dataScientist",
  "mlopsEngineer",
  "backendEngineer",
  "frontendEngineer",
  "productManager",
  "projectManager",
  "businessAnalyst",
  "testEngineer",
  "opsEngineer",
  "marketingSales",
  "domainExpert",
  "complianceOwner",
] as const;
export type RoleId = (typeof ROLE_IDS)[number];

/** The source documents name the deep-learning engineer and data scientist as core, and researchers as the "core force". */
export const CORE_TECHNICAL_ROLES = ["researcher", "deepLearningEngineer", "dataScientist"] as const satisfies readonly RoleId[];

/**
 * Roles the source documents do not name as such; Launchpad adds them as its own guidance. The
 * documents have ops engineers (运维) but no MLOps role, and "marketing staff" only in one team
 * example, without sales.
 */
export const LAUNCHPAD_OWN_ROLES: readonly RoleId[] = ["mlopsEngineer", "marketingSales", "domainExpert", "complianceOwner"];

/** The three talent families of the documents: technical, business, management. */
export const ROLE_FAMILY: Record<RoleId, "technical" | "business" | "management"> = {
  researcher: "technical",
  deepLearningEngineer: "technical",
  dataScientist: "technical",
  mlopsEngineer: "technical",
  backendEngineer: "technical",
  frontendEngineer: "technical",
  testEngineer: "technical",
  opsEngineer: "technical",
  productManager: "management",
  projectManager: "management",
  businessAnalyst: "business",
  marketingSales: "business",
  domainExpert: "business",
  complianceOwner: "business",
};

/**
 * From which stage a role is core (Launchpad's own hiring-order advice; the documents give none).
 * Roles stay core at every later stage.
 */
export const ROLE_CORE_FROM: Record<RoleId, Stage> = {
  deepLearningEngineer: "IDEA",
  dataScientist: "IDEA",
  domainExpert: "IDEA",
  researcher: "PROTOTYPE",
  backendEngineer: "PROTOTYPE",
  productManager: "PROTOTYPE",
  mlopsEngineer: "MVP",
  frontendEngineer: "MVP",
  testEngineer: "MVP",
  complianceOwner: "MVP",
  projectManager: "REVENUE",
  businessAnalyst: "REVENUE",
  opsEngineer: "REVENUE",
  marketingSales: "REVENUE",
};

export function stageIndex(stage: Stage): number {
  return Math.max(0, STAGE_ORDER.indexOf(stage));
}

export function isCoreAtStage(role: RoleId, stage: Stage): boolean {
  return stageIndex(stage) >= stageIndex(ROLE_CORE_FROM[role]);
}

export const COMPETENCY_AREAS = [
  "mlResearch",
  "mlEngineering",
  "dataEngineering",
  "softwareEngineering",
  "product",
  "domain",
  "goToMarket",
  "operations",
  "legalCompliance",
  "finance",
] as const;
export type CompetencyArea = (typeof COMPETENCY_AREAS)[number];
export type SkillLevels = Record<CompetencyArea, number>;

export const TECHNICAL_AREAS: readonly CompetencyArea[] = ["mlResearch", "mlEngineering", "dataEngineering", "softwareEngineering"];
/** 0 none · 1 basic · 2 working · 3 expert. "Working" is what a team needs in an area it depends on. */
export const SKILL_MAX = 3;
export const WORKING_LEVEL = 2;

/** From which stage a competency matters enough to count as a gap when nobody has it at working level (Launchpad's own advice). */
export const AREA_EXPECTED_FROM: Record<CompetencyArea, Stage> = {
  mlEngineering: "IDEA",
  dataEngineering: "IDEA",
  softwareEngineering: "IDEA",
  product: "IDEA",
  domain: "IDEA",
  mlResearch: "PROTOTYPE",
  goToMarket: "MVP",
  legalCompliance: "MVP",
  operations: "REVENUE",
  finance: "REVENUE",
};

/** The role to hire when a competency is missing (finance has no role in the catalogue: an advisor fits better). */
export const AREA_SUGGESTED_ROLE: Record<CompetencyArea, RoleId | null> = {
  mlResearch: "researcher",
  mlEngineering: "deepLearningEngineer",
  dataEngineering: "dataScientist",
  softwareEngineering: "backendEngineer",
  product: "productManager",
  domain: "domainExpert",
  goToMarket: "marketingSales",
  operations: "projectManager",
  legalCompliance: "complianceOwner",
  finance: null,
};

export const COMMITMENTS = ["FULL_TIME", "PART_TIME", "ADVISOR"] as const;
export type Commitment = (typeof COMMITMENTS)[number];

export const HIRE_PRIORITIES = ["HIGH", "MEDIUM", "LOW"] as const;
export type HirePriority = (typeof HIRE_PRIORITIES)[number];

/** A FILLED hire no longer costs anything in the plan: the person is added as a member instead. */
export const HIRE_STATUSES = ["PLANNED", "INTERVIEWING", "OFFER", "FILLED"] as const;
export type HireStatus = (typeof HIRE_STATUSES)[number];

/** Channels named in the documents (job sites, communities, conferences, universities) plus two common ones. */
export const HIRE_CHANNELS = ["jobSites", "techCommunities", "conferences", "universities", "referrals", "other"] as const;
export type HireChannel = (typeof HIRE_CHANNELS)[number];

export const STRATEGY_FIELDS = [
  "recruitmentStandards",
  "recruitmentChannels",
  "interviewProcess",
  "trainingPlan",
  "knowledgeSharing",
  "salaryLevel",
  "equityPool",
  "bonus",
  "careerPath",
  "workingMethod",
  "meetingCadence",
  "tools",
  "responsibilities",
  "backupPlan",
] as const;
export type StrategyField = (typeof STRATEGY_FIELDS)[number];

/** How the strategy step groups its fields; the groups match the facts in model.ts strategyFacts. */
export const STRATEGY_GROUPS = {
  recruitment: ["recruitmentStandards", "recruitmentChannels", "interviewProcess"],
  training: ["trainingPlan", "knowledgeSharing"],
  incentives: ["salaryLevel", "equityPool", "bonus", "careerPath"],
  collaboration: ["workingMethod", "meetingCadence", "tools", "responsibilities"],
  backup: ["backupPlan"],
} as const satisfies Record<string, readonly StrategyField[]>;
export type StrategyGroup = keyof typeof STRATEGY_GROUPS;

export function isRoleId(value: string): value is RoleId {
  return (ROLE_IDS as readonly string[]).includes(value);
}
