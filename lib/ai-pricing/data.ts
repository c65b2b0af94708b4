// Reads of the AI cost plan. Every query is scoped by an authorized project id, and the number of
// queries does not depend on how many rows the lists hold.
import "server-only";
import { cache } from "react";
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import { CREDIT_SCOPES, type CreditScope } from "./credits";
import { PRICE_CURRENCIES, type PriceCurrency, type Route } from "./model";
import { costModelOf, type AiCostModel } from "./plan";
import { routeSchema } from "./schema";
import { USAGE_SHAPES, type UsageShape } from "./usage";
import { REVENUE_MODELS, type RevenueModelId } from "@/lib/plan/facts";

const byCreation = [{ createdAt: "asc" as const }, { id: "asc" as const }];

export const settingsSelect = { usdRate: true, cnyRate: true, eurRate: true, targetMarginPct: true, version: true } as const;

export const priceEntrySelect = {
  id: true,
  modelKey: true,
  provider: true,
  model: true,
  currency: true,
  inputPerM: true,
  cachedInputPerM: true,
  outputPerM: true,
  batchDiscountPct: true,
  asOf: true,
  sourceUrl: true,
  note: true,
  version: true,
} as const;

export const featureSelect = {
  id: true,
  name: true,
  routes: true,
  inputTokens: true,
  outputTokens: true,
  cachedSharePct: true,
  batchSharePct: true,
  requestsPerUserMonth: true,
  activeUsers: true,
  usageShape: true,
  medianRequests: true,
  p90Ratio: true,
  p50Requests: true,
  p90Requests: true,
  p99Requests: true,
  revenueModel: true,
  requestsPerUnit: true,
  version: true,
} as const;

export const selfHostSelect = {
  id: true,
  name: true,
  gpuType: true,
  gpuCount: true,
  hourlyPrice: true,
  tokensPerSecond: true,
  utilisationPct: true,
  compareModelKey: true,
  outputSharePct: true,
  cachedSharePct: true,
  version: true,
} as const;

export const creditSelect = { id: true, name: true, provider: true, appliesTo: true, amount: true, startsOn: true, expiresOn: true, note: true, version: true } as const;

/** A stored calendar date as yyyy-mm-dd (dates are stored at UTC midnight). */
export const isoDay = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
const oneOf = <T extends string>(list: readonly T[], value: string, fallback: T): T => ((list as readonly string[]).includes(value) ? (value as T) : fallback);
const routesOf = (json: unknown): Route[] => {
  const parsed = z.array(routeSchema).safeParse(json);
  return parsed.success ? parsed.data : [];
};

export function priceEntryView<R extends { asOf: Date | null; currency: string }>(row: R) {
  return { ...row, currency: oneOf(PRICE_CURRENCIES, row.currency, "USD") as PriceCurrency, asOf: isoDay(row.asOf) };
}
export function featureView<R extends { routes: unknown; usageShape: string; revenueModel: string | null }>(row: R) {
  return {
    ...row,
    routes: routesOf(row.routes),
    usageShape: oneOf(USAGE_SHAPES, row.usageShape, "lognormal") as UsageShape,
    revenueModel: (REVENUE_MODELS as readonly string[]).includes(row.revenueModel ?? "") ? (row.revenueModel as RevenueModelId) : null,
  };
}
export function creditView<R extends { appliesTo: string; startsOn: Date | null; expiresOn: Date | null }>(row: R) {
  return { ...row, appliesTo: oneOf(CREDIT_SCOPES, row.appliesTo, "any") as CreditScope, startsOn: isoDay(row.startsOn), expiresOn: isoDay(row.expiresOn) };
}

/** Everything the AI cost steps show, in one round of queries. */
export const getAiCostPlan = cache(async function getAiCostPlan(projectId: AuthorizedProjectId) {
  const project = await db.project.findUniqueOrThrow({
    where: { id: projectId },
    select: {
      currency: true,
      aiCostSettings: { select: settingsSelect },
      aiPriceEntries: { select: priceEntrySelect, orderBy: byCreation },
      aiFeatures: { select: featureSelect, orderBy: byCreation },
      aiSelfHostScenarios: { select: selfHostSelect, orderBy: byCreation },
      aiCredits: { select: creditSelect, orderBy: byCreation },
      // The revenue models a feature's routing mix can serve (business model section).
      revenueModelChoices: { select: { model: true, unit: true }, orderBy: byCreation },
    },
  });
  return {
    currency: project.currency,
    // Version 0: the settings were never saved.
    settings: project.aiCostSettings ?? { usdRate: null, cnyRate: null, eurRate: null, targetMarginPct: null, version: 0 },
    priceEntries: project.aiPriceEntries.map(priceEntryView),
    features: project.aiFeatures.map(featureView),
    selfHost: project.aiSelfHostScenarios,
    credits: project.aiCredits.map(creditView),
    revenueModels: project.revenueModelChoices.flatMap((c) => ((REVENUE_MODELS as readonly string[]).includes(c.model) ? [{ model: c.model as RevenueModelId, unit: c.unit }] : [])),
  };
});

export type AiCostPlan = Awaited<ReturnType<typeof getAiCostPlan>>;

/**
 * For the forecast (issue 16): the cost model of a project in one round of queries. Call
 * `featureCostPerRequest(feature, model.book, model.rates, model.currency)` per feature and
 * `creditOffsets(model.credits, startMonth, months, spend)` for the credits.
 */
export const getAiCostModel = cache(async function getAiCostModel(projectId: AuthorizedProjectId): Promise<AiCostModel> {
  return costModelOf(await getAiCostPlan(projectId));
});
