// A project's stored AI cost plan as inputs of the pure cost functions, and the completion of the
// AI steps of the Platform & resources wizard. Pure: used by the server and by the browser's live
// previews, so both show the same numbers.
import { SHIPPED_PRICES } from "./catalogue";
import type { Credit, CreditScope } from "./credits";
import { blendedPricePerMillion, convert, costPerRequest, effectivePriceBook, featureCosts, type FeatureUsage, type FxRates, type PriceBook, type PriceCurrency, type PriceEntry, type Route } from "./model";
import { breakEvenUtilisation } from "./self-host";
import { routedServingByModel, type RoutedServingByModel, type ServingFeature } from "./serving";
import type { RevenueModelId } from "@/lib/plan/facts";
import { requestsAtPercentiles, type UsageShape } from "./usage";

/** The stored plan as the loader returns it (lib/ai-pricing/data.ts getAiCostPlan). */
export type StoredAiPlan = {
  currency: string;
  settings: { usdRate: number | null; cnyRate: number | null; eurRate: number | null; targetMarginPct: number | null; version: number };
  priceEntries: (PriceEntry & { id: string; version: number; currency: PriceCurrency })[];
  features: (FeatureUsage & {
    id: string;
    name: string;
    routes: Route[];
    usageShape: UsageShape;
    medianRequests: number | null;
    p90Ratio: number | null;
    p50Requests: number | null;
    p90Requests: number | null;
    p99Requests: number | null;
    revenueModel: RevenueModelId | null;
    requestsPerUnit: number | null;
    version: number;
  })[];
  selfHost: {
    id: string;
    name: string;
    gpuType: string;
    gpuCount: number;
    hourlyPrice: number;
    tokensPerSecond: number;
    utilisationPct: number;
    compareModelKey: string;
    outputSharePct: number;
    cachedSharePct: number;
    version: number;
  }[];
  credits: { id: string; name: string; provider: string; appliesTo: CreditScope; amount: number; startsOn: string | null; expiresOn: string | null; note: string; version: number }[];
};

export type AiCostModel = {
  currency: string;
  book: PriceBook;
  rates: FxRates;
  features: ServingFeature[];
  credits: Credit[];
};

export function ratesOf(settings: StoredAiPlan["settings"]): FxRates {
  return { USD: settings.usdRate, CNY: settings.cnyRate, EUR: settings.eurRate };
}

export function bookOf(entries: StoredAiPlan["priceEntries"]): PriceBook {
  return effectivePriceBook(
    SHIPPED_PRICES,
    entries.map(({ id: _id, version: _v, ...entry }) => entry),
  );
}

/** The project's price book, exchange rates, features and credits, ready for the pure cost functions. */
export function costModelOf(plan: Pick<StoredAiPlan, "currency" | "settings" | "priceEntries" | "features" | "credits">): AiCostModel {
  return {
    currency: plan.currency,
    book: bookOf(plan.priceEntries),
    rates: ratesOf(plan.settings),
    features: plan.features.map((f) => ({
      id: f.id,
      name: f.name,
      routes: f.routes,
      inputTokens: f.inputTokens,
      outputTokens: f.outputTokens,
      cachedSharePct: f.cachedSharePct,
      batchSharePct: f.batchSharePct,
      requestsPerUserMonth: f.requestsPerUserMonth,
      activeUsers: f.activeUsers,
      revenueModel: f.revenueModel,
      requestsPerUnit: f.requestsPerUnit,
    })),
    credits: plan.credits.map((c) => ({ amount: c.amount, appliesTo: c.appliesTo, startsOn: c.startsOn, expiresOn: c.expiresOn })),
  };
}

/** What the forecast reads from the AI cost plan: routed serving cost per revenue model, and the credits. */
export function forecastSourcesOf(model: AiCostModel): { routing: RoutedServingByModel; credits: Credit[] } {
  return { routing: routedServingByModel(model.features, model.book, model.rates, model.currency), credits: model.credits };
}

/** The API price per 1M tokens a self-hosting scenario compares with, in the project currency. */
export function comparedApiPrice(scenario: Pick<StoredAiPlan["selfHost"][number], "compareModelKey" | "outputSharePct" | "cachedSharePct">, book: PriceBook, rates: FxRates, currency: string): number | null {
  const price = book.get(scenario.compareModelKey);
  if (!price) return null;
  return convert(blendedPricePerMillion(price, scenario.outputSharePct, scenario.cachedSharePct), price.currency, currency, rates);
}

export const AI_STEPS = ["priceBook", "routing", "usage", "selfHost", "credits"] as const;
export type AiStep = (typeof AI_STEPS)[number];

export function aiStepCompletion(plan: StoredAiPlan): Record<AiStep, boolean> {
  const model = costModelOf(plan);
  const costs = model.features.map((f) => costPerRequest(f, model.book, model.rates, model.currency));
  const priced = costs.every((c) => c.reason !== "unknownModel" && c.reason !== "missingRate");
  return {
    // Every model the features use has a price, and every currency a rate.
    priceBook: plan.features.length > 0 && priced,
    routing: plan.features.length > 0 && model.features.every((f) => featureCosts(f, model.book, model.rates, model.currency).perMonth.value !== null),
    usage:
      plan.features.length > 0 &&
      plan.features.every((f) => requestsAtPercentiles(f.usageShape === "lognormal" ? { shape: "lognormal", medianRequests: f.medianRequests, p90Ratio: f.p90Ratio } : { shape: "manual", p50Requests: f.p50Requests, p90Requests: f.p90Requests, p99Requests: f.p99Requests }).ok),
    selfHost: plan.selfHost.some((s) => {
      const api = comparedApiPrice(s, model.book, model.rates, model.currency);
      return api !== null && breakEvenUtilisation(s, api) !== null;
    }),
    credits: plan.credits.some((c) => c.amount > 0),
  };
}
