import { describe, expect, it } from "vitest";
import { costAtPercentiles, requestsAtPercentiles, suggestQuota, tierMargins, Z90, Z99 } from "./usage";

describe("requests at p50, p90 and p99", () => {
  it("follow a log-normal shape from the median and the p90 / median ratio", () => {
    // σ = ln 3 / 1.28155 = 1.098612 / 1.281552 = 0.857252
    // p99 = 40 × e^(0.857252 × 2.326348) = 40 × 3^(2.326348 / 1.281552) = 40 × 3^1.815259 = 40 × 7.346806 = 293.87
    // mean = 40 × e^(0.857252² / 2) = 40 × e^0.367440 = 40 × 1.444034 = 57.76
    const r = requestsAtPercentiles({ shape: "lognormal", medianRequests: 40, p90Ratio: 3 });
    if (!r.ok) throw new Error(r.reason);
    expect(r.values.p50).toBe(40);
    expect(r.values.p90).toBe(120);
    expect(r.values.p99).toBeCloseTo(293.872, 3);
    expect(r.mean).toBeCloseTo(57.761, 3);
    expect(Z99 / Z90).toBeCloseTo(1.815259, 6);
  });

  it("take the founder's own numbers as entered, if they do not decrease", () => {
    expect(requestsAtPercentiles({ shape: "manual", p50Requests: 40, p90Requests: 120, p99Requests: 600 })).toEqual({ ok: true, values: { p50: 40, p90: 120, p99: 600 }, mean: null });
    expect(requestsAtPercentiles({ shape: "manual", p50Requests: 40, p90Requests: 30, p99Requests: 600 })).toEqual({ ok: false, reason: "notIncreasing" });
    expect(requestsAtPercentiles({ shape: "manual", p50Requests: 40, p90Requests: null, p99Requests: 600 })).toEqual({ ok: false, reason: "missingInput" });
    expect(requestsAtPercentiles({ shape: "lognormal", medianRequests: 40, p90Ratio: 0.5 })).toEqual({ ok: false, reason: "ratioBelowOne" });
    // A ratio of 1 means everyone uses the same: every percentile is the median.
    expect(requestsAtPercentiles({ shape: "lognormal", medianRequests: 40, p90Ratio: 1 })).toMatchObject({ ok: true, values: { p50: 40, p90: 40, p99: 40 }, mean: 40 });
  });
});

describe("which pricing tier loses money on whom", () => {
  const requests = { p50: 40, p90: 120, p99: 600 };

  it("prices each percentile user at the cost per request", () => {
    // 0.05 × 40 = 2, × 120 = 6, × 600 = 30
    const costs = costAtPercentiles(requests, 0.05);
    expect(costs.p50).toBeCloseTo(2, 12);
    expect(costs.p90).toBeCloseTo(6, 12);
    expect(costs.p99).toBeCloseTo(30, 12);
  });

  it("compares a monthly fee with each user's cost and a usage price with the cost per request", () => {
    const margins = tierMargins(
      [
        { model: "subscription", price: 20, unit: "seat / month" },
        { model: "usageApi", price: 0.04, unit: "request" },
        { model: "customDevelopment", price: 300_000, unit: "project" },
      ],
      requests,
      0.05,
    );
    // Subscription: 20 − 2 = 18, 20 − 6 = 14, 20 − 30 = −10 → loses money on the p99 user.
    expect(margins[0]).toMatchObject({ model: "subscription", basis: "perUser", losingAt: ["p99"] });
    expect(margins[0].margin.p99).toBeCloseTo(-10, 12);
    // Usage price: 0.04 − 0.05 = −0.01 per request, for everyone.
    expect(margins[1]).toMatchObject({ model: "usageApi", basis: "perRequest", losingAt: ["p50", "p90", "p99"] });
    expect(margins[1].margin.p50).toBeCloseTo(-0.01, 12);
    // Custom development is not priced per user: not compared.
    expect(margins).toHaveLength(2);
  });
});

describe("quota and overage suggestion", () => {
  it("keeps the target margin inside the quota and on every extra request", () => {
    // Fee 299 at a 70 % margin leaves 299 × 0.3 = 89.70 for inference: 89.70 / 0.05 = 1,794 requests.
    // Overage: 0.05 / 0.3 = 0.1667 per request earns the same 70 %.
    const quota = suggestQuota(299, 0.05, 70);
    expect(quota?.includedRequests).toBe(1_794);
    expect(quota?.overagePerRequest).toBeCloseTo(0.166667, 6);
  });

  it("gives no quota when the numbers cannot support one", () => {
    expect(suggestQuota(0, 0.05, 70)).toBeNull();
    expect(suggestQuota(299, 0, 70)).toBeNull();
    expect(suggestQuota(299, 0.05, 100)).toBeNull();
  });
});
