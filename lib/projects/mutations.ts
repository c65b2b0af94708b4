import "server-only";
import { db } from "@/lib/db/client";
import { versionedWrite } from "@/lib/db/versioned-write";
import type { AuthorizedProjectId, AuthorizedTeamId } from "@/lib/authz/gate";
import type { z } from "zod";
import type { projectDetailsSchema } from "./schema";

type ProjectDetails = z.output<typeof projectDetailsSchema>;

export function createProject(teamId: AuthorizedTeamId, details: ProjectDetails) {
  return db.project.create({ data: { teamId, ...details }, select: { id: true } });
}

/** Saves only if nobody saved since `version` (lib/db/versioned-write.ts); the activity row is written with it. */
export function updateProject(projectId: AuthorizedProjectId, version: number, details: ProjectDetails, actorId?: string) {
  return versionedWrite({
    model: "project",
    where: { id: projectId },
    version,
    data: details,
    select: { id: true, name: true, oneLiner: true, sector: true, stage: true, currency: true, timeZone: true, version: true },
    activity: actorId ? { projectId, actorId, section: "overview", itemType: "project", itemId: projectId, itemLabel: (row) => row.name } : null,
  });
}

export function setProjectArchived(projectId: AuthorizedProjectId, archived: boolean) {
  return db.project.update({ where: { id: projectId }, data: { archivedAt: archived ? new Date() : null, version: { increment: 1 } }, select: { id: true } });
}
