// Reads of the team section. One round trip per load (the project with its team relations), so
// the number of queries does not grow with the number of members or hires.
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import type { TeamFacts } from "@/lib/plan/facts";
import { COMPETENCY_AREAS, STRATEGY_FIELDS, type Stage, type SkillLevels, type StrategyField } from "./catalogue";
import { monthOf, parseCostSteps, type CostSchedule } from "./cost";
import { analyseTeam, skillLevel, toTeamFacts, type TeamInput } from "./model";

const memberSelect = { id: true, name: true, title: true, commitment: true, roles: true, skills: true, equityPct: true, monthlyCost: true, version: true } as const;
const hireSelect = {
  id: true,
  roleId: true,
  title: true,
  priority: true,
  targetMonth: true,
  monthlyBudget: true,
  channel: true,
  status: true,
  notes: true,
  version: true,
} as const;
const strategySelect = { version: true, ...Object.fromEntries(STRATEGY_FIELDS.map((f) => [f, true])) } as { version: true } & Record<StrategyField, true>;

export function skillsFromJson(stored: unknown): SkillLevels {
  const raw = stored && typeof stored === "object" ? (stored as Record<string, number>) : {};
  return Object.fromEntries(COMPETENCY_AREAS.map((area) => [area, skillLevel(raw, area)])) as SkillLevels;
}

/** Everything the team page shows; plan and strategy are null until first saved (version 0 then). */
export const getTeamSection = cache(async function getTeamSection(projectId: AuthorizedProjectId) {
  const project = await db.project.findUniqueOrThrow({
    where: { id: projectId },
    select: {
      stage: true,
      currency: true,
      archivedAt: true,
      teamPlan: { select: { scenario: true, rolesNow: true, rolesLater: true, version: true } },
      teamCost: { select: { memberMonthlyCost: true, hireCostSteps: true } },
      teamMembers: { select: memberSelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
      teamHires: { select: hireSelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
      teamStrategy: { select: strategySelect },
    },
  });
  const plan = project.teamPlan;
  const schedule: CostSchedule = { memberMonthlyCost: project.teamCost?.memberMonthlyCost ?? 0, hireCostSteps: parseCostSteps(project.teamCost?.hireCostSteps) };
  return {
    stage: project.stage as Stage,
    currency: project.currency,
    archived: project.archivedAt !== null,
    plan: plan ? { scenario: plan.scenario, rolesNow: plan.rolesNow, rolesLater: plan.rolesLater, version: plan.version } : null,
    members: project.teamMembers.map((m) => ({ ...m, skills: skillsFromJson(m.skills) })),
    hires: project.teamHires,
    strategy: project.teamStrategy as (Record<StrategyField, string> & { version: number }) | null,
    schedule,
  };
});
export type TeamSection = Awaited<ReturnType<typeof getTeamSection>>;

export function teamInput(section: TeamSection, now: Date): TeamInput {
  return {
    stage: section.stage,
    plan: section.plan,
    members: section.members,
    hires: section.hires,
    strategy: section.strategy,
    schedule: section.schedule,
    currentMonth: monthOf(now),
  };
}

/** The loader the team page uses: stored data plus the analysis computed from it. */
export async function loadTeamPage(projectId: AuthorizedProjectId, now: Date = new Date()) {
  const section = await getTeamSection(projectId);
  const input = teamInput(section, now);
  return { section, input, analysis: analyseTeam(input) };
}

/** What the team section tells the rest of the app (lib/plan/facts.ts). */
export const getTeamFacts = cache(async function getTeamFacts(projectId: AuthorizedProjectId, now: Date = new Date()): Promise<TeamFacts> {
  const input = teamInput(await getTeamSection(projectId), now);
  return toTeamFacts(input);
});
