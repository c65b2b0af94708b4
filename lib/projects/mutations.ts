import "server-only";
import { db } from "@/lib/db/client";
import type { AuthorizedProjectId, AuthorizedTeamId } from "@/lib/authz/gate";
import type { z } from "zod";
import type { projectDetailsSchema } from "./schema";

type ProjectDetails = z.output<typeof projectDetailsSchema>;

export function createProject(teamId: AuthorizedTeamId, details: ProjectDetails) {
  return db.project.create({ data: { teamId, ...details }, select: { id: true } });
}

/** Saves only if nobody saved since `version`; returns the stored project, or the current one on conflict. */
export async function updateProject(projectId: AuthorizedProjectId, version: number, details: ProjectDetails) {
  const { count } = await db.project.updateMany({ where: { id: projectId, version }, data: { ...details, version: { increment: 1 } } });
  const current = await db.project.findUniqueOrThrow({
    where: { id: projectId },
    select: { id: true, name: true, oneLiner: true, sector: true, stage: true, currency: true, timeZone: true, version: true },
  });
  return { saved: count === 1, current };
}

export function setProjectArchived(projectId: AuthorizedProjectId, archived: boolean) {
  return db.project.update({ where: { id: projectId }, data: { archivedAt: archived ? new Date() : null, version: { increment: 1 } }, select: { id: true } });
}
