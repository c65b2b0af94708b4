// AI cost planning: the effective price book of a project (shipped rows, the founders' own rows and
// their overrides), currency conversion into the project currency, and the cost of a routing mix per
// request, per active user and per month. Pure: no I/O, "today" is passed in.
//
// The forecast calls `featureCostPerRequest` (or `costPerRequest` for a bare mix) instead of keeping
// its own token prices; see the report of issue 21 for how.

export const PRICE_CURRENCIES = ["USD", "CNY", "EUR"] as const;
export type PriceCurrency = (typeof PRICE_CURRENCIES)[number];

/** A shipped price older than this (relative to the viewer's today) shows "check current price". */
export const STALE_AFTER_DAYS = 90;

/** Model keys: shipped ids ("openai/gpt-6-luna") and the founders' own ("custom-3f9a1c2e"). */
export const MODEL_KEY_PATTERN = /^[a-z0-9][a-z0-9._-]{0,39}(\/[a-z0-9][a-z0-9._-]{0,39})?$/;

export type ShippedPrice = {
  id: string;
  provider: string;
  model: string;
  market: "us" | "cn" | "eu";
  tier: "small" | "large";
  currency: PriceCurrency;
  inputPerM: number;
  cachedInputPerM: number | null;
  outputPerM: number;
  batchDiscountPct: number | null;
  /** yyyy-mm-dd: the date the cited page shows. */
  asOf: string;
  sourceUrl: string;
  asOfSource: string | null;
  note: string;
};

/** A project's own price row: a custom model, or an override of a shipped one (same key). */
export type PriceEntry = {
  modelKey: string;
  provider: string;
  model: string;
  currency: PriceCurrency;
  inputPerM: number;
  cachedInputPerM: number | null;
  outputPerM: number;
  batchDiscountPct: number | null;
  asOf: string | null;
  sourceUrl: string;
  note: string;
};

export type ModelPrice = PriceEntry & {
  origin: "shipped" | "custom" | "override";
  /** The shipped row this price comes from or overrides. */
  shipped: ShippedPrice | null;
};

export type PriceBook = ReadonlyMap<string, ModelPrice>;

/** A shipped row as a project price: what an override starts from. */
export function entryFromShipped(row: ShippedPrice): PriceEntry {
  return {
    modelKey: row.id,
    provider: row.provider,
    model: row.model,
    currency: row.currency,
    inputPerM: row.inputPerM,
    cachedInputPerM: row.cachedInputPerM,
    outputPerM: row.outputPerM,
    batchDiscountPct: row.batchDiscountPct,
    asOf: row.asOf,
    sourceUrl: row.sourceUrl,
    note: row.note,
  };
}

/** Shipped rows in their order (overridden ones replaced by the project's numbers), then the project's own. */
export function effectivePriceBook(shipped: readonly ShippedPrice[], entries: readonly PriceEntry[]): PriceBook {
  const own = new Map(entries.map((e) => [e.modelKey, e]));
  const book = new Map<string, ModelPrice>();
  for (const row of shipped) {
    const override = own.get(row.id);
    const base = entryFromShipped(row);
    // An override keeps the shipped name when the founders leave theirs empty.
    book.set(
      row.id,
      override
        ? { ...override, provider: override.provider || row.provider, model: override.model || row.model, origin: "override", shipped: row }
        : { ...base, origin: "shipped", shipped: row },
    );
  }
  for (const entry of entries) if (!book.has(entry.modelKey)) book.set(entry.modelKey, { ...entry, origin: "custom", shipped: null });
  return book;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from `asOf` to `today` (both yyyy-mm-dd, compared as calendar dates in UTC). */
export function daysSince(asOf: string, today: string): number | null {
  const from = Date.parse(`${asOf}T00:00:00Z`);
  const to = Date.parse(`${today}T00:00:00Z`);
  if (!Number.isFinite(from) || !Number.isFinite(to)) return null;
  return Math.floor((to - from) / DAY_MS);
}

/** A price with no date, or older than 90 days, should be checked before anyone relies on it. */
export function needsPriceCheck(asOf: string | null, today: string): boolean {
  if (asOf === null) return true;
  const days = daysSince(asOf, today);
  return days === null || days > STALE_AFTER_DAYS;
}

// ── currency ─────────────────────────────────────────────────────────────────────────────────

/** What one unit of each currency is worth in the project currency; missing rates are null. */
export type FxRates = Partial<Record<PriceCurrency, number | null>>;

/** `amount` in `from` expressed in `to`; null when the rate is missing or unusable. */
export function convert(amount: number, from: PriceCurrency, to: string, rates: FxRates): number | null {
  if (from === to) return amount;
  const rate = rates[from];
  if (typeof rate !== "number" || !Number.isFinite(rate) || rate <= 0) return null;
  return amount * rate;
}

// ── routing mix ─────────────────────────────────────────────────────────────────────────────

export type Route = { modelKey: string; sharePct: number };

export type RoutingMix = {
  routes: readonly Route[];
  /** Tokens sent and received per request, the same for every route. */
  inputTokens: number;
  outputTokens: number;
  /** Share of the input tokens billed at the cached-input price. */
  cachedSharePct: number;
  /** Share of requests sent through a batch API (at the model's batch discount, where it has one). */
  batchSharePct: number;
};

export type CostReason = "noRoutes" | "sharesNot100" | "unknownModel" | "missingRate" | "missingInput";
export type Cost = { value: number; reason: null } | { value: null; reason: CostReason; modelKey?: string; currency?: PriceCurrency };

const known = (value: number): Cost => (Number.isFinite(value) ? { value, reason: null } : { value: null, reason: "missingInput" });
const fraction = (pct: number) => Math.min(1, Math.max(0, Number.isFinite(pct) ? pct / 100 : 0));
const nonNegative = (n: number) => (Number.isFinite(n) && n > 0 ? n : 0);

/** Shares must add up to 100 % (within a hundredth of a percent, to forgive typed decimals). */
export function sharesTotal(routes: readonly Route[]): number {
  return routes.reduce((sum, r) => sum + (Number.isFinite(r.sharePct) ? r.sharePct : 0), 0);
}

/** The cost of one request on one model, in the model's own currency. */
export function requestCostOnModel(price: Pick<ModelPrice, "inputPerM" | "cachedInputPerM" | "outputPerM" | "batchDiscountPct">, mix: Omit<RoutingMix, "routes">): number {
  const cached = fraction(mix.cachedSharePct);
  const cachedPrice = price.cachedInputPerM ?? price.inputPerM;
  const input = (nonNegative(mix.inputTokens) * ((1 - cached) * price.inputPerM + cached * cachedPrice)) / 1_000_000;
  const output = (nonNegative(mix.outputTokens) * price.outputPerM) / 1_000_000;
  const batchSaving = fraction(mix.batchSharePct) * fraction(price.batchDiscountPct ?? 0);
  return (input + output) * (1 - batchSaving);
}

/** The cost of one request of a mix, in `currency` (the project's). */
export function costPerRequest(mix: RoutingMix, book: PriceBook, rates: FxRates, currency: string): Cost {
  const routes = mix.routes.filter((r) => r.sharePct > 0);
  if (routes.length === 0) return { value: null, reason: "noRoutes" };
  if (Math.abs(sharesTotal(mix.routes) - 100) > 0.01) return { value: null, reason: "sharesNot100" };
  let total = 0;
  for (const route of routes) {
    const price = book.get(route.modelKey);
    if (!price) return { value: null, reason: "unknownModel", modelKey: route.modelKey };
    const cost = convert(requestCostOnModel(price, mix), price.currency, currency, rates);
    if (cost === null) return { value: null, reason: "missingRate", modelKey: route.modelKey, currency: price.currency };
    total += (route.sharePct / 100) * cost;
  }
  return known(total);
}

/** What a feature needs for its costs: its routing mix and how much it is used. */
export type FeatureUsage = RoutingMix & {
  /** Requests one active user makes per month, on average. */
  requestsPerUserMonth: number;
  activeUsers: number;
};

export type FeatureCosts = { perRequest: Cost; perActiveUser: Cost; perMonth: Cost };

const times = (cost: Cost, factor: number): Cost => (cost.value === null ? cost : known(cost.value * nonNegative(factor)));

export function featureCosts(feature: FeatureUsage, book: PriceBook, rates: FxRates, currency: string): FeatureCosts {
  const perRequest = costPerRequest(feature, book, rates, currency);
  const perActiveUser = times(perRequest, feature.requestsPerUserMonth);
  return { perRequest, perActiveUser, perMonth: times(perActiveUser, feature.activeUsers) };
}

/** The forecast's entry point: one feature's cost per request in the project currency (null when unknown). */
export function featureCostPerRequest(feature: RoutingMix, book: PriceBook, rates: FxRates, currency: string): number | null {
  return costPerRequest(feature, book, rates, currency).value;
}

/** Monthly inference cost of all features; features whose cost is unknown are counted in `unknown`. */
export function inferenceMonthlyCost(features: readonly FeatureUsage[], book: PriceBook, rates: FxRates, currency: string): { total: number; unknown: number } {
  let total = 0;
  let unknown = 0;
  for (const feature of features) {
    const month = featureCosts(feature, book, rates, currency).perMonth;
    if (month.value === null) unknown++;
    else total += month.value;
  }
  return { total, unknown };
}

/**
 * A blended price per 1M tokens for comparisons (self-hosting): `outputSharePct` of the tokens are
 * output, the rest input, of which `cachedSharePct` is cached. In the model's own currency.
 */
export function blendedPricePerMillion(price: Pick<ModelPrice, "inputPerM" | "cachedInputPerM" | "outputPerM">, outputSharePct: number, cachedSharePct: number): number {
  const output = fraction(outputSharePct);
  const cached = fraction(cachedSharePct);
  const input = (1 - cached) * price.inputPerM + cached * (price.cachedInputPerM ?? price.inputPerM);
  return (1 - output) * input + output * price.outputPerM;
}
