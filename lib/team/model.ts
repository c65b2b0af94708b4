// The team model: role coverage, competency levels, tech–business fusion, key people, gaps, cost
// and step completion. Pure (no I/O; the current month is passed in). The page and getTeamFacts
// both call `analyseTeam`, so what the founder sees is what other sections read.
import type { Coverage, TeamFacts } from "@/lib/plan/facts";
import {
  AREA_EXPECTED_FROM,
  AREA_SUGGESTED_ROLE,
  COMPETENCY_AREAS,
  isCoreAtStage,
  isRoleId,
  ROLE_IDS,
  stageIndex,
  STRATEGY_FIELDS,
  TECHNICAL_AREAS,
  WORKING_LEVEL,
  type CompetencyArea,
  type RoleId,
  type SkillLevels,
  type Stage,
  type StrategyField,
} from "./catalogue";
import { costByMonth, roundMoney, type CostSchedule, type Month } from "./cost";

export { ROLE_IDS, CORE_TECHNICAL_ROLES, type RoleId } from "./catalogue";

export type RoleCoverage = "covered" | "partial" | "missing";

export type MemberData = {
  id: string;
  name: string;
  commitment: string;
  roles: readonly string[];
  skills: Partial<Record<string, number>>;
  equityPct: number;
  monthlyCost: number;
};
export type HireData = { id: string; roleId: string; status: string; targetMonth: string; monthlyBudget: number; channel: string };
export type PlanData = { rolesNow: readonly string[]; rolesLater: readonly string[] };
export type StrategyData = Record<StrategyField, string>;

export type TeamInput = {
  stage: Stage;
  plan: PlanData | null;
  members: readonly MemberData[];
  hires: readonly HireData[];
  strategy: StrategyData | null;
  /** The stored cost schedule (TeamCost), see cost.ts. */
  schedule: CostSchedule;
  currentMonth: Month;
};

export type RoleGap = { kind: "role"; roleId: RoleId; when: "now" | "later"; coverage: Exclude<RoleCoverage, "covered">; inHiringPlan: boolean };
export type AreaGap = { kind: "area"; area: CompetencyArea; level: number; suggestedRole: RoleId | null; inHiringPlan: boolean };
export type Gap = RoleGap | AreaGap;

export const STEP_IDS = ["roles", "members", "coverage", "hiring", "strategy"] as const;
export type StepId = (typeof STEP_IDS)[number];

/** A skill level as stored: an integer 0–3; anything else counts as 0. */
export function skillLevel(skills: Partial<Record<string, number>>, area: CompetencyArea): number {
  const level = skills[area];
  return typeof level === "number" && Number.isInteger(level) && level >= 0 && level <= 3 ? level : 0;
}

/** Covered by a full-time member; partial when only part-timers or advisors hold the role. */
export function coverageOf(role: RoleId, members: readonly MemberData[]): RoleCoverage {
  const holders = members.filter((m) => m.roles.includes(role));
  if (holders.some((m) => m.commitment === "FULL_TIME")) return "covered";
  return holders.length > 0 ? "partial" : "missing";
}

export function coverageByRole(members: readonly MemberData[]): Record<RoleId, RoleCoverage> {
  return Object.fromEntries(ROLE_IDS.map((role) => [role, coverageOf(role, members)])) as Record<RoleId, RoleCoverage>;
}

/** The team's best level in each area. */
export function teamLevels(members: readonly MemberData[]): SkillLevels {
  return Object.fromEntries(COMPETENCY_AREAS.map((area) => [area, Math.max(0, ...members.map((m) => skillLevel(m.skills, area)))])) as SkillLevels;
}

/**
 * Tech–business fusion: industry knowledge is "present" when someone has it at working level (or is
 * the domain expert), and "linked" when some person bridges it to engineering — a domain person who
 * can talk with engineers (technical ≥ 1) or an engineer (technical ≥ 2) who knows the domain (≥ 1).
 */
export function businessInsight(members: readonly MemberData[]): TeamFacts["businessInsight"] {
  const technical = (m: MemberData) => Math.max(...TECHNICAL_AREAS.map((a) => skillLevel(m.skills, a)));
  const domain = (m: MemberData) => skillLevel(m.skills, "domain");
  const present = members.some((m) => domain(m) >= WORKING_LEVEL || m.roles.includes("domainExpert"));
  if (!present) return "absent";
  const bridge = members.some((m) => (domain(m) >= WORKING_LEVEL && technical(m) >= 1) || (technical(m) >= WORKING_LEVEL && domain(m) >= 1));
  return bridge ? "linked" : "present";
}

/** Both "yes" → yes, both "no" → no, otherwise partial. */
function both(a: RoleCoverage, b: RoleCoverage): Coverage {
  if (a === "covered" && b === "covered") return "yes";
  if (a === "missing" && b === "missing") return "no";
  return "partial";
}

function best(...values: RoleCoverage[]): RoleCoverage {
  return values.includes("covered") ? "covered" : values.includes("partial") ? "partial" : "missing";
}

/**
 * Roles that matter most for this plan: those core at the project's stage and those the founder
 * marked as needed now.
 */
export function coreRoles(stage: Stage, plan: PlanData | null): RoleId[] {
  return ROLE_IDS.filter((role) => isCoreAtStage(role, stage) || (plan?.rolesNow.includes(role) ?? false));
}

/** Members who are the only holder of two or more core roles: losing one of them opens several gaps. */
export function keyPeople(members: readonly MemberData[], core: readonly RoleId[]): { memberId: string; name: string; coreRoles: RoleId[] }[] {
  return members
    .map((m) => ({
      memberId: m.id,
      name: m.name,
      coreRoles: core.filter((role) => m.roles.includes(role) && members.every((other) => other.id === m.id || !other.roles.includes(role))),
    }))
    .filter((p) => p.coreRoles.length >= 2);
}

export function isOpenHire(hire: { status: string }): boolean {
  return hire.status !== "FILLED";
}

export function findGaps(input: Pick<TeamInput, "stage" | "plan" | "members" | "hires">): Gap[] {
  const coverage = coverageByRole(input.members);
  const planned = new Set(input.hires.filter(isOpenHire).map((h) => h.roleId));
  const gaps: Gap[] = [];
  for (const roleId of (input.plan?.rolesNow ?? []).filter(isRoleId)) {
    const c = coverage[roleId];
    if (c !== "covered") gaps.push({ kind: "role", roleId, when: "now", coverage: c, inHiringPlan: planned.has(roleId) });
  }
  for (const roleId of (input.plan?.rolesLater ?? []).filter(isRoleId)) {
    if (coverage[roleId] === "missing") gaps.push({ kind: "role", roleId, when: "later", coverage: "missing", inHiringPlan: planned.has(roleId) });
  }
  const levels = teamLevels(input.members);
  for (const area of COMPETENCY_AREAS) {
    if (stageIndex(input.stage) < stageIndex(AREA_EXPECTED_FROM[area]) || levels[area] >= WORKING_LEVEL) continue;
    const suggestedRole = AREA_SUGGESTED_ROLE[area];
    gaps.push({ kind: "area", area, level: levels[area], suggestedRole, inHiringPlan: suggestedRole !== null && planned.has(suggestedRole) });
  }
  return gaps;
}

export function strategyFacts(strategy: StrategyData | null): TeamFacts["strategy"] {
  const written = (...fields: StrategyField[]) => fields.every((f) => (strategy?.[f] ?? "").trim().length > 0);
  return {
    recruitment: written("recruitmentStandards", "recruitmentChannels", "interviewProcess"),
    training: written("trainingPlan", "knowledgeSharing"),
    incentives: written("salaryLevel", "bonus", "careerPath"),
    equityPool: written("equityPool"),
    collaboration: written("workingMethod", "meetingCadence", "tools"),
    rolesWritten: written("responsibilities"),
    backupPlan: written("backupPlan"),
  };
}

export function strategyFieldsWritten(strategy: StrategyData | null): number {
  return STRATEGY_FIELDS.filter((f) => (strategy?.[f] ?? "").trim().length > 0).length;
}

/**
 * Each step's completion:
 * roles — at least one role needed now; members — at least one member, each holding a role;
 * coverage — every role needed now is covered or in the hiring plan; hiring — every role gap is in
 * the hiring plan and every open hire has a budget and a channel; strategy — all seven parts written.
 */
export function stepCompletion(input: TeamInput, gaps: readonly Gap[]): Record<StepId, boolean> {
  const roles = (input.plan?.rolesNow.length ?? 0) > 0;
  const members = input.members.length > 0 && input.members.every((m) => m.roles.length > 0);
  const roleGaps = gaps.filter((g): g is RoleGap => g.kind === "role");
  const openHires = input.hires.filter(isOpenHire);
  return {
    roles,
    members,
    coverage: roles && members && roleGaps.every((g) => g.when !== "now" || g.inHiringPlan),
    hiring: roles && roleGaps.every((g) => g.inHiringPlan) && openHires.every((h) => h.monthlyBudget > 0 && h.channel !== ""),
    strategy: Object.values(strategyFacts(input.strategy)).every(Boolean),
  };
}

export function equityTotal(members: readonly { equityPct: number }[]): number {
  return roundMoney(members.reduce((sum, m) => sum + (Number.isFinite(m.equityPct) ? m.equityPct : 0), 0));
}

export function analyseTeam(input: TeamInput) {
  const coverage = coverageByRole(input.members);
  const gaps = findGaps(input);
  const core = coreRoles(input.stage, input.plan);
  const costSeries = costByMonth(input.schedule, input.currentMonth);
  return {
    coverage,
    levels: teamLevels(input.members),
    businessInsight: businessInsight(input.members),
    core,
    keyPeople: keyPeople(input.members, core),
    gaps,
    costSeries,
    equityTotal: equityTotal(input.members),
    steps: stepCompletion(input, gaps),
  };
}
export type TeamAnalysis = ReturnType<typeof analyseTeam>;

export function toTeamFacts(input: TeamInput, analysis: TeamAnalysis = analyseTeam(input)): TeamFacts {
  const { coverage } = analysis;
  const rolesNeededNow = (input.plan?.rolesNow ?? []).filter(isRoleId);
  const held = (role: RoleId) => coverage[role] !== "missing";
  return {
    memberCount: input.members.length,
    rolesNeededNow,
    roleCoverage: Object.fromEntries(rolesNeededNow.map((role) => [role, coverage[role]])),
    coreTechnicalCovered: both(best(coverage.deepLearningEngineer, coverage.researcher), coverage.dataScientist),
    businessInsight: analysis.businessInsight,
    projectManagementOwner: held("projectManager"),
    productManagerOwner: held("productManager"),
    deploymentOpsTestingCovered: both(best(coverage.mlopsEngineer, coverage.opsEngineer), coverage.testEngineer),
    hasComplianceOwner: held("complianceOwner"),
    hasDomainExpert: held("domainExpert"),
    keyPeople: analysis.keyPeople.map(({ name, coreRoles }) => ({ name, coreRoles })),
    openHires: input.hires.filter(isOpenHire).length,
    openHirePlans: input.hires.filter(isOpenHire).map((h) => ({ month: h.targetMonth, budget: Number.isFinite(h.monthlyBudget) ? h.monthlyBudget : 0 })),
    monthlyTeamCost: roundMoney(input.schedule.memberMonthlyCost),
    monthlyTeamCostByMonth: analysis.costSeries,
    strategy: strategyFacts(input.strategy),
  };
}
