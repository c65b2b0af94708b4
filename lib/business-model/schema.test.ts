import { describe, expect, it } from "vitest";
import { invalid } from "@/lib/actions/result";
import { addCanvasNoteSchema, burnPlanFieldsSchema, revenueModelFieldsSchema, unitEconomicsFieldsSchema } from "./schema";

const economics = {
  primaryModel: "subscription",
  inferenceMode: "tokens",
  tokensPerUnit: "2000000",
  pricePerMillionTokens: "5",
  gpuHoursPerUnit: "",
  gpuHourRate: "",
  hostingPerUnit: "5",
  unitsPerCustomer: "",
  cac: "425",
  thirdPartyModelApi: true,
  modelProvider: "DeepSeek API",
};

function fieldCodes(schema: { safeParse: (v: unknown) => { success: boolean; error?: unknown } }, input: unknown) {
  const parsed = schema.safeParse(input);
  if (parsed.success) return {};
  const errors = invalid(parsed.error as never).fieldErrors ?? {};
  return Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, v.code]));
}

describe("business-model schemas", () => {
  it("parses form strings into numbers, and empty into null", () => {
    const parsed = unitEconomicsFieldsSchema.parse({ ...economics, primaryModel: "" });
    expect(parsed).toMatchObject({ primaryModel: null, tokensPerUnit: 2_000_000, pricePerMillionTokens: 5, gpuHoursPerUnit: null, cac: 425 });
    expect(unitEconomicsFieldsSchema.parse({ ...economics, cac: 0, hostingPerUnit: " 7.5 " })).toMatchObject({ cac: 0, hostingPerUnit: 7.5 });
  });

  it("refuses absurd numbers with the right codes", () => {
    expect(fieldCodes(revenueModelFieldsSchema, { price: "-1", monthlyVolume: "abc", churnPct: "101", conversionPct: "NaN" })).toEqual({
      price: "tooSmall",
      monthlyVolume: "notANumber",
      churnPct: "tooLarge",
      conversionPct: "notANumber",
    });
    expect(fieldCodes(unitEconomicsFieldsSchema, { ...economics, cac: 1e30, hostingPerUnit: Number.NaN, tokensPerUnit: Infinity, gpuHourRate: "Infinity" })).toEqual({
      cac: "tooLarge",
      hostingPerUnit: "notANumber",
      tokensPerUnit: "notANumber",
      gpuHourRate: "notANumber",
    });
    expect(fieldCodes(burnPlanFieldsSchema, { cashOnHand: -5, otherMonthlyCosts: {}, includeServingCost: true, revenueGrowthPct: "" })).toEqual({
      cashOnHand: "tooSmall",
      otherMonthlyCosts: "notANumber",
    });
  });

  it("refuses unknown enum values, markup and over-long text", () => {
    expect(fieldCodes(unitEconomicsFieldsSchema, { ...economics, primaryModel: "pyramid", inferenceMode: "magic", modelProvider: "<b>x</b>" })).toEqual({
      primaryModel: "invalidOption",
      inferenceMode: "invalidOption",
      modelProvider: "noMarkup",
    });
    expect(fieldCodes(addCanvasNoteSchema, { projectId: "p", block: "moat", text: "x".repeat(501) })).toEqual({ block: "invalidOption", text: "tooLong" });
    expect(fieldCodes(addCanvasNoteSchema, { projectId: "p", block: "channels", text: "   " })).toEqual({ text: "required" });
  });
});
