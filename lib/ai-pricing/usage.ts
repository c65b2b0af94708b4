// Usage percentiles: how many requests the median, the 90th and the 99th percentile user makes a
// month, what each of them costs, which pricing tier loses money on whom, and a quota with overage
// that keeps a target margin. Pure.

/** Standard normal quantiles: Φ⁻¹(0.90) and Φ⁻¹(0.99). */
export const Z90 = 1.2815515655446004;
export const Z99 = 2.3263478740408408;

export const PERCENTILES = ["p50", "p90", "p99"] as const;
export type Percentile = (typeof PERCENTILES)[number];
export type PercentileValues = Record<Percentile, number>;

export const USAGE_SHAPES = ["lognormal", "manual"] as const;
export type UsageShape = (typeof USAGE_SHAPES)[number];

export type UsageDistribution =
  | { shape: "lognormal"; medianRequests: number | null; p90Ratio: number | null }
  | { shape: "manual"; p50Requests: number | null; p90Requests: number | null; p99Requests: number | null };

export type Requests =
  | { ok: true; values: PercentileValues; /** Only for the log-normal shape: the mean user. */ mean: number | null }
  | { ok: false; reason: "missingInput" | "ratioBelowOne" | "notIncreasing" };

const usable = (n: number | null): n is number => typeof n === "number" && Number.isFinite(n) && n >= 0;

/**
 * Requests per month at p50, p90 and p99. Log-normal: the median and how many times more the p90
 * user makes (σ = ln(ratio) / z₀.₉₀, so p99 = median × ratio^(z₀.₉₉ / z₀.₉₀) and the mean is
 * median × e^(σ²/2)). Manual: the founder's own three numbers, which must not decrease.
 */
export function requestsAtPercentiles(distribution: UsageDistribution): Requests {
  if (distribution.shape === "lognormal") {
    const { medianRequests: median, p90Ratio: ratio } = distribution;
    if (!usable(median) || !usable(ratio)) return { ok: false, reason: "missingInput" };
    if (ratio < 1) return { ok: false, reason: "ratioBelowOne" };
    const sigma = Math.log(ratio) / Z90;
    return {
      ok: true,
      values: { p50: median, p90: median * ratio, p99: median * Math.exp(sigma * Z99) },
      mean: median * Math.exp((sigma * sigma) / 2),
    };
  }
  const { p50Requests: p50, p90Requests: p90, p99Requests: p99 } = distribution;
  if (!usable(p50) || !usable(p90) || !usable(p99)) return { ok: false, reason: "missingInput" };
  if (p90 < p50 || p99 < p90) return { ok: false, reason: "notIncreasing" };
  return { ok: true, values: { p50, p90, p99 }, mean: null };
}

/** Monthly cost of the user at each percentile. */
export function costAtPercentiles(requests: PercentileValues, costPerRequest: number): PercentileValues {
  return { p50: requests.p50 * costPerRequest, p90: requests.p90 * costPerRequest, p99: requests.p99 * costPerRequest };
}

/**
 * How a revenue model's price compares with usage cost: "perUser" prices are one user's monthly
 * fee (subscriptions, licences); "perRequest" prices are charged per unit of use, read as one
 * request. Other revenue models (custom work, data, ads…) are not priced per user and are skipped.
 */
export type TierBasis = "perUser" | "perRequest";
export const TIER_BASIS: Partial<Record<string, TierBasis>> = { subscription: "perUser", productLicence: "perUser", usageApi: "perRequest" };

export type Tier = { model: string; price: number; unit: string };

export type TierMargin = {
  model: string;
  price: number;
  unit: string;
  basis: TierBasis;
  /** Monthly margin per user (perUser) or margin per request (perRequest) at each percentile. */
  margin: PercentileValues;
  /** The percentiles at which this tier loses money. */
  losingAt: Percentile[];
};

export function tierMargins(tiers: readonly Tier[], requests: PercentileValues, costPerRequest: number): TierMargin[] {
  const costs = costAtPercentiles(requests, costPerRequest);
  return tiers.flatMap((tier) => {
    const basis = TIER_BASIS[tier.model];
    if (!basis || !Number.isFinite(tier.price)) return [];
    const margin: PercentileValues =
      basis === "perUser"
        ? { p50: tier.price - costs.p50, p90: tier.price - costs.p90, p99: tier.price - costs.p99 }
        : { p50: tier.price - costPerRequest, p90: tier.price - costPerRequest, p99: tier.price - costPerRequest };
    return [{ ...tier, basis, margin, losingAt: PERCENTILES.filter((p) => margin[p] < 0) }];
  });
}

export type QuotaSuggestion = {
  /** Requests a month included in the fee while keeping the target margin. */
  includedRequests: number;
  /** Price per request beyond the quota that keeps the same margin. */
  overagePerRequest: number;
};

/**
 * For a per-user fee: the quota at which the fee still earns `targetMarginPct`, and the overage price
 * that earns the same margin on every extra request. Null when the numbers make no quota possible.
 */
export function suggestQuota(fee: number, costPerRequest: number, targetMarginPct: number): QuotaSuggestion | null {
  if (!(fee > 0) || !(costPerRequest > 0) || !Number.isFinite(targetMarginPct) || targetMarginPct < 0 || targetMarginPct >= 100) return null;
  const keep = 1 - targetMarginPct / 100;
  // A hair of tolerance so 299 × 0.3 / 0.05 = 1794 is not floored to 1793 by floating point.
  const includedRequests = Math.floor((fee * keep) / costPerRequest + 1e-9);
  return { includedRequests, overagePerRequest: costPerRequest / keep };
}
