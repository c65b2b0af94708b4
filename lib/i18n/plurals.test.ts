import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import market from "../../messages/en/market.json";
import platform from "../../messages/en/platform.json";
import readiness from "../../messages/en/readiness.json";

// English counts read as English: "1 competitor", "1 risk review is overdue", never "1 risk reviews".
describe("English plurals", () => {
  const t = createTranslator({ locale: "en", messages: { market, platform, readiness } as never }) as unknown as (key: string, values: Record<string, number>) => string;
  it("counts in the market and platform summaries", () => {
    expect(t("market.competitors.count", { count: 1, differentiated: 1 })).toBe("1 competitor · 1 with a differentiation");
    expect(t("market.competitors.count", { count: 3, differentiated: 2 })).toBe("3 competitors · 2 with a differentiation");
    expect(t("platform.partners.summary", { count: 1, active: 0 })).toBe("1 partner · 0 agreed or active");
  });
  it("counts in the readiness reasons", () => {
    const reasons = Object.entries((readiness as { reasons: Record<string, Record<string, string>> }).reasons).find(([, r]) => "overdue" in r && "monitored" in r)![0];
    expect(t(`readiness.reasons.${reasons}.overdue`, { overdue: 1 })).toBe("1 risk review is overdue.");
    expect(t(`readiness.reasons.${reasons}.overdue`, { overdue: 4 })).toBe("4 risk reviews are overdue.");
  });
});
