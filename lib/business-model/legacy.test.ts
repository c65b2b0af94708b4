import { describe, expect, it } from "vitest";
import { upgradeLegacyEconomics } from "./legacy";
import { EMPTY_CHOICE_FIELDS } from "./model";

const row = (model: "subscription" | "customDevelopment") => ({ ...EMPTY_CHOICE_FIELDS, model });

describe("upgradeLegacyEconomics", () => {
  it("moves an old file's blended token price onto the primary model as its input price", () => {
    const upgraded = upgradeLegacyEconomics({
      revenueModels: [row("customDevelopment"), row("subscription")],
      unitEconomics: { primaryModel: "subscription", thirdPartyModelApi: true, modelProvider: "API", inferenceMode: "tokens", tokensPerUnit: 2_000_000, pricePerMillionTokens: 5, hostingPerUnit: 5, cac: 425, unitsPerCustomer: 3 },
    });
    expect(upgraded.unitEconomics).toEqual({ primaryModel: "subscription", thirdPartyModelApi: true, modelProvider: "API" });
    expect(upgraded.revenueModels[1]).toMatchObject({ inputTokensPerUnit: 2_000_000, inputPricePerMillion: 5, hostingPerUnit: 5, cac: 425, unitsPerCustomer: 3, outputTokensPerUnit: null });
    expect(upgraded.revenueModels[0]).toEqual(row("customDevelopment"));
  });

  it("uses the first chosen model when none was primary, and never overwrites a model's own economics", () => {
    const first = upgradeLegacyEconomics({ revenueModels: [row("customDevelopment")], unitEconomics: { primaryModel: null, thirdPartyModelApi: false, modelProvider: "", inferenceMode: "gpu", gpuHoursPerUnit: 0.5, gpuHourRate: 2 } });
    expect(first.revenueModels[0]).toMatchObject({ inferenceMode: "gpu", gpuHoursPerUnit: 0.5, gpuHourRate: 2 });
    const own = { ...row("subscription"), cac: 100 };
    const kept = upgradeLegacyEconomics({ revenueModels: [own], unitEconomics: { primaryModel: "subscription", thirdPartyModelApi: false, modelProvider: "", cac: 999 } });
    expect(kept.revenueModels[0]).toBe(own);
  });

  it("leaves a current file as it is", () => {
    const current = { revenueModels: [row("subscription")], unitEconomics: { primaryModel: "subscription" as const, thirdPartyModelApi: false, modelProvider: "" } };
    expect(upgradeLegacyEconomics(current)).toEqual(current);
    expect(upgradeLegacyEconomics({ revenueModels: [], unitEconomics: null }).unitEconomics).toBeNull();
  });
});
