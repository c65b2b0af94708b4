import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import type { ExecutionFacts } from "@/lib/plan/facts";
import { planToday } from "@/lib/projects/data";
import { LIMITS } from "@/lib/validation/fields";
import { EMPTY_PLAN, executionFacts, type MilestoneStatus, type PlanValues } from "./model";

export const planSelect = { goals: true, taskBreakdown: true, timetable: true, resources: true, trackingTool: true, feedbackLoop: true, version: true } as const;
export const milestoneSelect = {
  id: true,
  title: true,
  owner: true,
  startDate: true,
  dueDate: true,
  status: true,
  notes: true,
  version: true,
  dependsOn: { select: { dependsOnId: true }, orderBy: { dependsOnId: "asc" } },
} as const;

export type PlanRecord = PlanValues & { version: number };
export type MilestoneRecord = {
  id: string;
  title: string;
  owner: string;
  startDate: string | null;
  dueDate: string | null;
  status: MilestoneStatus;
  notes: string;
  dependsOn: string[];
  version: number;
};

const isoDate = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

type MilestoneRow = Omit<MilestoneRecord, "startDate" | "dueDate" | "dependsOn"> & { startDate: Date | null; dueDate: Date | null; dependsOn: { dependsOnId: string }[] };

export const toMilestone = (row: MilestoneRow): MilestoneRecord => ({
  ...row,
  startDate: isoDate(row.startDate),
  dueDate: isoDate(row.dueDate),
  dependsOn: row.dependsOn.map((d) => d.dependsOnId),
});

export type MilestonesSection = {
  plan: PlanRecord;
  milestones: MilestoneRecord[];
  checksDone: string[];
  checksNotApplicable: string[];
  /** Names from the team section, offered as owners (the owner stays free text). */
  ownerSuggestions: string[];
};

const orderMilestones = [{ startDate: { sort: "asc", nulls: "last" } }, { dueDate: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }, { id: "asc" }] as const;

const loadPlan = cache(function loadPlan(projectId: AuthorizedProjectId) {
  return db.projectPlan.findUnique({ where: { projectId }, select: planSelect });
});

const loadChecks = cache(function loadChecks(projectId: AuthorizedProjectId) {
  return db.executionCheck.findMany({ where: { projectId }, select: { checkId: true, state: true } });
});

function splitChecks(checks: { checkId: string; state: string }[]) {
  return {
    checksDone: checks.filter((c) => c.state !== "notApplicable").map((c) => c.checkId),
    checksNotApplicable: checks.filter((c) => c.state === "notApplicable").map((c) => c.checkId),
  };
}

/** Everything the milestones page shows, in a fixed number of queries whatever the number of rows. */
export const getMilestonesSection = cache(async function getMilestonesSection(projectId: AuthorizedProjectId): Promise<MilestonesSection> {
  const [plan, milestones, checks, members] = await Promise.all([
    loadPlan(projectId),
    db.milestone.findMany({ where: { projectId }, select: milestoneSelect, orderBy: [...orderMilestones] }),
    loadChecks(projectId),
    db.teamMember.findMany({ where: { projectId }, select: { name: true }, orderBy: { name: "asc" }, take: LIMITS.list }),
  ]);
  return {
    plan: plan ?? { ...EMPTY_PLAN, version: 1 },
    milestones: milestones.map(toMilestone),
    ...splitChecks(checks),
    ownerSuggestions: [...new Set(members.map((m) => m.name))],
  };
});

/** What execution tells the rest of the app (lib/plan/facts.ts). `today` defaults to today in the plan's time zone. */
export const getExecutionFacts = cache(async function getExecutionFacts(projectId: AuthorizedProjectId, today?: string): Promise<ExecutionFacts> {
  const [plan, milestones, checks, planDay] = await Promise.all([
    loadPlan(projectId),
    db.milestone.findMany({ where: { projectId }, select: { owner: true, startDate: true, dueDate: true, status: true } }),
    loadChecks(projectId),
    today ?? planToday(projectId),
  ]);
  return executionFacts(
    {
      plan: plan ?? EMPTY_PLAN,
      milestones: milestones.map((m) => ({ ...m, startDate: isoDate(m.startDate), dueDate: isoDate(m.dueDate) })),
      ...splitChecks(checks),
    },
    planDay,
  );
});

export function countMilestones(projectId: AuthorizedProjectId) {
  return db.milestone.count({ where: { projectId } });
}
