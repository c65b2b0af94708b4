import { describe, expect, it } from "vitest";
import { breakEvenUtilisation, breakEvenVerdict, costCurve, selfHostCostPerMillion } from "./self-host";

// Two GPUs at 2.50 an hour serving 1,500 tokens a second together when fully busy.
const deployment = { hourlyPrice: 2.5, gpuCount: 2, tokensPerSecond: 1_500 };

describe("self-hosting cost per 1M tokens", () => {
  it("divides the hourly bill by the tokens served at the utilisation", () => {
    // 2 × 2.50 = 5.00 an hour; 1,500 × 3,600 × 0.5 = 2,700,000 tokens an hour → 5 / 2.7 = 1.8519 per 1M
    expect(selfHostCostPerMillion(deployment, 50)).toBeCloseTo(1.851852, 6);
    // Fully busy: 5 / 5.4 = 0.9259
    expect(selfHostCostPerMillion(deployment, 100)).toBeCloseTo(0.925926, 6);
  });

  it("is unknown when nothing is served", () => {
    expect(selfHostCostPerMillion({ ...deployment, tokensPerSecond: 0 }, 50)).toBeNull();
    expect(selfHostCostPerMillion(deployment, 0)).toBeNull();
  });
});

describe("break-even utilisation against an API price", () => {
  it("is where the self-hosted cost per 1M tokens equals the API's", () => {
    // API at 8.00 per 1M: 5 × 1,000,000 / (5,400,000 × 8) = 0.11574 → 11.57 %
    const breakEven = breakEvenUtilisation(deployment, 8);
    expect(breakEven).toBeCloseTo(11.574074, 5);
    expect(selfHostCostPerMillion(deployment, breakEven!)).toBeCloseTo(8, 9);
    expect(breakEvenVerdict(breakEven, 50)).toBe("selfHostCheaper");
    expect(breakEvenVerdict(breakEven, 10)).toBe("apiCheaper");
  });

  it("can lie above 100 %: the API stays cheaper even with the GPUs always busy", () => {
    // API at 0.20 per 1M: 5,000,000 / (5,400,000 × 0.2) = 4.63 → 463 %
    const breakEven = breakEvenUtilisation(deployment, 0.2);
    expect(breakEven).toBeCloseTo(462.962963, 5);
    expect(breakEvenVerdict(breakEven, 100)).toBe("neverWins");
    expect(breakEvenVerdict(breakEvenUtilisation(deployment, 0), 50)).toBe("unknown");
  });

  it("draws the cost curve every 5 % against the API's flat price", () => {
    const curve = costCurve(deployment, 8);
    expect(curve).toHaveLength(20);
    expect(curve[0]).toMatchObject({ utilisation: 5, api: 8 });
    expect(curve[0].selfHost).toBeCloseTo(18.518519, 5); // 5 / (5.4 × 0.05)
    expect(curve.at(-1)?.selfHost).toBeCloseTo(0.925926, 6);
  });
});
