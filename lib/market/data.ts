// Reads of the market section. Every query is scoped by an authorized project id, and the number
// of queries does not depend on how many rows a list holds.
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import type { MarketFacts } from "@/lib/plan/facts";
import { marketFactsOf } from "./model";

const byCreation = [{ createdAt: "asc" as const }, { id: "asc" as const }];

export const researchSelect = { objective: true, dataCollection: true, analysis: true, findings: true, version: true } as const;
export const sizeSelect = { tamValue: true, tamSource: true, samValue: true, samSource: true, somValue: true, somSource: true, annualPricePerCustomer: true, basis: true, version: true } as const;
export const segmentSelect = { id: true, name: true, domain: true, needs: true, version: true } as const;
export const competitorSelect = { id: true, name: true, offering: true, strengths: true, weaknesses: true, differentiation: true, version: true } as const;
export const trendSelect = { id: true, trendKey: true, title: true, impact: true, note: true, version: true } as const;

/** Everything the market pages show, in one round of queries. */
export const getMarket = cache(async function getMarket(projectId: AuthorizedProjectId) {
  const project = await db.project.findUniqueOrThrow({
    where: { id: projectId },
    select: {
      marketResearch: { select: researchSelect },
      marketSize: { select: sizeSelect },
      marketSegments: { select: segmentSelect, orderBy: byCreation },
      marketCompetitors: { select: competitorSelect, orderBy: byCreation },
      marketTrends: { select: trendSelect, orderBy: byCreation },
    },
  });
  return {
    research: project.marketResearch,
    size: project.marketSize,
    segments: project.marketSegments,
    competitors: project.marketCompetitors,
    trends: project.marketTrends,
  };
});

export type Market = Awaited<ReturnType<typeof getMarket>>;

export const getMarketFacts = cache(async function getMarketFacts(projectId: AuthorizedProjectId): Promise<MarketFacts> {
  return marketFactsOf(await getMarket(projectId));
});
