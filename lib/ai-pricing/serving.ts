// The routing mix as a revenue model's serving cost. A feature serves at most one revenue model;
// one unit sold of that model makes `requestsPerUnit` requests of the feature (empty: one unit is
// one active user's month, so the feature's requests per active user). The model's cost per unit
// is the sum over its features of cost per request × requests per unit. The forecast and the unit
// economics use it instead of the blended token price whenever a feature is linked to the model.
// Pure: used by the facts loader, the business-model page and the routing step's preview.
import type { RevenueModelId } from "@/lib/plan/facts";
import { costPerRequest, type CostReason, type FeatureUsage, type FxRates, type PriceBook } from "./model";

export type ServingFeature = FeatureUsage & {
  id: string;
  name: string;
  revenueModel: RevenueModelId | null;
  /** Requests per unit sold; null: `requestsPerUserMonth` (one unit = one active user-month). */
  requestsPerUnit: number | null;
};

export type RoutedFeature = { id: string; name: string; perRequest: number | null; requestsPerUnit: number; perUnit: number | null; reason: CostReason | null };

/**
 * The serving cost of one unit of a revenue model from its routing mixes, in the project currency.
 * `perUnit` is null when any linked feature's cost is unknown (a missing price or rate, shares not
 * adding up to 100 %): then the forecast says serving is unknown rather than counting part of it.
 */
export type RoutedServing = { perUnit: number | null; features: RoutedFeature[] };

export type RoutedServingByModel = Partial<Record<RevenueModelId, RoutedServing>>;

const nonNegative = (n: number | null | undefined) => (typeof n === "number" && Number.isFinite(n) && n > 0 ? n : 0);

export function requestsPerUnitOf(feature: Pick<ServingFeature, "requestsPerUnit" | "requestsPerUserMonth">): number {
  return feature.requestsPerUnit === null ? nonNegative(feature.requestsPerUserMonth) : nonNegative(feature.requestsPerUnit);
}

/** One feature's share of its revenue model's cost per unit. */
export function routedFeature(feature: ServingFeature, book: PriceBook, rates: FxRates, currency: string): RoutedFeature {
  const cost = costPerRequest(feature, book, rates, currency);
  const requestsPerUnit = requestsPerUnitOf(feature);
  return {
    id: feature.id,
    name: feature.name,
    perRequest: cost.value,
    requestsPerUnit,
    perUnit: cost.value === null ? null : cost.value * requestsPerUnit,
    reason: cost.reason,
  };
}

/** The routed serving cost per unit of every revenue model some feature serves. */
export function routedServingByModel(features: readonly ServingFeature[], book: PriceBook, rates: FxRates, currency: string): RoutedServingByModel {
  const byModel: RoutedServingByModel = {};
  for (const feature of features) {
    if (feature.revenueModel === null) continue;
    const routed = routedFeature(feature, book, rates, currency);
    const current = byModel[feature.revenueModel] ?? { perUnit: 0, features: [] };
    byModel[feature.revenueModel] = {
      perUnit: current.perUnit === null || routed.perUnit === null ? null : current.perUnit + routed.perUnit,
      features: [...current.features, routed],
    };
  }
  return byModel;
}
