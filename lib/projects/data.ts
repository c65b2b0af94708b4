import "server-only";
import { cache } from "react";
import { endOfDayIn, isoDateIn } from "@/lib/time/zone";
import { db } from "@/lib/db/client";
import { planState } from "@/lib/plan-cache/data";
import type { AuthorizedProjectId, AuthorizedTeamId } from "@/lib/authz/gate";

const projectSummary = {
  id: true,
  name: true,
  oneLiner: true,
  sector: true,
  stage: true,
  currency: true,
  timeZone: true,
  archivedAt: true,
  version: true,
  updatedAt: true,
  teamId: true,
} as const;

export function listTeamProjects(teamId: AuthorizedTeamId, { includeArchived = false } = {}) {
  return db.project.findMany({
    where: { teamId, ...(includeArchived ? {} : { archivedAt: null }) },
    select: projectSummary,
    orderBy: [{ archivedAt: { sort: "desc", nulls: "first" } }, { updatedAt: "desc" }],
  });
}

/**
 * Plans the user was invited to on their own (a role on the plan, not in its team): listed apart,
 * since the user sees nothing else of those teams. Scoped by the user's own project roles.
 */
export function listSharedProjects(userId: string) {
  return db.project.findMany({
    where: { archivedAt: null, projectMembers: { some: { userId } }, team: { memberships: { none: { userId } } } },
    select: projectSummary,
    orderBy: { updatedAt: "desc" },
  });
}

/** Read once per request: the layout, the page and the facts loaders all ask for it. */
export const getProject = cache((projectId: AuthorizedProjectId) =>
  db.project.findUniqueOrThrow({
    where: { id: projectId },
    select: { ...projectSummary, createdAt: true, team: { select: { id: true, name: true } } },
  }),
);

/** The plan's time zone, from the one small read per request that the plan cache's revision shares. */
async function planTimeZone(projectId: AuthorizedProjectId): Promise<string> {
  const state = await planState(projectId);
  if (!state) throw new Error(`no project ${projectId}`);
  return state.timeZone;
}

/** Today's date (yyyy-mm-dd) in the plan's time zone: what "overdue" and "due today" are measured against. */
export async function planToday(projectId: AuthorizedProjectId, now: Date = new Date()): Promise<string> {
  return isoDateIn(now, await planTimeZone(projectId));
}

/** The end of a date-only value (a link's expiry) in the plan's time zone. */
export async function planEndOfDay(projectId: AuthorizedProjectId, isoDate: string): Promise<Date> {
  return endOfDayIn(isoDate, await planTimeZone(projectId));
}

export type ProjectSummary = Awaited<ReturnType<typeof getProject>>;
