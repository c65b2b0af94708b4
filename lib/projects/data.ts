import "server-only";
import { db } from "@/lib/db/client";
import type { AuthorizedProjectId, AuthorizedTeamId } from "@/lib/authz/gate";

const projectSummary = {
  id: true,
  name: true,
  oneLiner: true,
  sector: true,
  stage: true,
  currency: true,
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

export function getProject(projectId: AuthorizedProjectId) {
  return db.project.findUniqueOrThrow({
    where: { id: projectId },
    select: { ...projectSummary, createdAt: true, team: { select: { id: true, name: true } } },
  });
}

export type ProjectSummary = Awaited<ReturnType<typeof getProject>>;
