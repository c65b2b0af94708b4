// Reads of the platform section. Every query is scoped by an authorized project id, and the
// number of queries does not depend on how many rows a list holds.
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import type { PlatformFacts } from "@/lib/plan/facts";
import { computeMonthlyCost, platformFactsOf } from "./model";

const byCreation = [{ createdAt: "asc" as const }, { id: "asc" as const }];

export const dataSourceSelect = {
  id: true,
  name: true,
  origin: true,
  rights: true,
  rightsNotes: true,
  quality: true,
  qualityNotes: true,
  sensitivity: true,
  version: true,
} as const;

export const computeLineSelect = {
  id: true,
  name: true,
  purpose: true,
  provider: true,
  accelerator: true,
  quantity: true,
  hoursPerMonth: true,
  hourlyRate: true,
  version: true,
} as const;

export const toolingItemSelect = { itemId: true, status: true, tool: true, version: true } as const;

export const partnerSelect = { id: true, name: true, kind: true, status: true, contribution: true, version: true } as const;

/** Everything the platform pages show, in one round of queries. */
export const getPlatform = cache(async function getPlatform(projectId: AuthorizedProjectId) {
  const project = await db.project.findUniqueOrThrow({
    where: { id: projectId },
    select: {
      platformDataSources: { select: dataSourceSelect, orderBy: byCreation },
      platformComputeLines: { select: computeLineSelect, orderBy: byCreation },
      platformToolingItems: { select: toolingItemSelect },
      platformPartners: { select: partnerSelect, orderBy: byCreation },
    },
  });
  return {
    dataSources: project.platformDataSources,
    computeLines: project.platformComputeLines,
    toolingItems: project.platformToolingItems,
    partners: project.platformPartners,
  };
});

export type Platform = Awaited<ReturnType<typeof getPlatform>>;

/** The compute plan's monthly cost in the project's currency (the business model's burn uses it). */
export const getComputeMonthlyCost = cache(async function getComputeMonthlyCost(projectId: AuthorizedProjectId): Promise<number> {
  const lines = await db.platformComputeLine.findMany({
    where: { projectId },
    select: { quantity: true, hoursPerMonth: true, hourlyRate: true },
  });
  return computeMonthlyCost(lines);
});

export const getPlatformFacts = cache(async function getPlatformFacts(projectId: AuthorizedProjectId): Promise<PlatformFacts> {
  return platformFactsOf(await getPlatform(projectId));
});
