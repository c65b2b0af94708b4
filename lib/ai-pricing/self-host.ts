// Self-hosting a model versus paying an API per token: the cost of 1M tokens on rented GPUs at a
// given utilisation, and the utilisation above which self-hosting is cheaper. Pure.
//
// Throughput is the whole deployment's tokens per second at full load (input and output counted
// alike); utilisation is the share of each hour it actually serves paid traffic.

export type GpuDeployment = {
  /** Price of one GPU-hour, in the project currency. */
  hourlyPrice: number;
  gpuCount: number;
  /** Tokens per second the whole deployment serves when fully busy. */
  tokensPerSecond: number;
};

const positive = (n: number) => Number.isFinite(n) && n > 0;

/** Tokens served per hour at full load. */
function tokensPerHour(d: GpuDeployment): number {
  return d.tokensPerSecond * 3600;
}

/** Cost of 1M tokens at `utilisationPct` (0–100]; null when the deployment serves nothing. */
export function selfHostCostPerMillion(d: GpuDeployment, utilisationPct: number): number | null {
  if (!positive(d.hourlyPrice) || !positive(d.gpuCount) || !positive(d.tokensPerSecond) || !positive(utilisationPct)) return null;
  const served = tokensPerHour(d) * Math.min(100, utilisationPct) / 100;
  return ((d.hourlyPrice * d.gpuCount) / served) * 1_000_000;
}

/**
 * The utilisation (in %) at which self-hosting costs the same per token as the API. Above it,
 * self-hosting is cheaper. Can exceed 100: then the API is cheaper even with the GPUs always busy.
 */
export function breakEvenUtilisation(d: GpuDeployment, apiPricePerMillion: number): number | null {
  if (!positive(d.hourlyPrice) || !positive(d.gpuCount) || !positive(d.tokensPerSecond) || !positive(apiPricePerMillion)) return null;
  return ((d.hourlyPrice * d.gpuCount * 1_000_000) / (tokensPerHour(d) * apiPricePerMillion)) * 100;
}

export type BreakEvenVerdict = "selfHostCheaper" | "apiCheaper" | "neverWins" | "unknown";

/** What the chosen utilisation means next to the break-even point. */
export function breakEvenVerdict(breakEvenPct: number | null, utilisationPct: number): BreakEvenVerdict {
  if (breakEvenPct === null || !Number.isFinite(utilisationPct)) return "unknown";
  if (breakEvenPct > 100) return "neverWins";
  return utilisationPct >= breakEvenPct ? "selfHostCheaper" : "apiCheaper";
}

export type CurvePoint = { utilisation: number; selfHost: number | null; api: number };

/** Cost per 1M tokens from 5 % to 100 % utilisation (every 5 %), with the API's flat price. */
export function costCurve(d: GpuDeployment, apiPricePerMillion: number): CurvePoint[] {
  return Array.from({ length: 20 }, (_, i) => {
    const utilisation = (i + 1) * 5;
    return { utilisation, selfHost: selfHostCostPerMillion(d, utilisation), api: apiPricePerMillion };
  });
}
