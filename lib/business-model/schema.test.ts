import { describe, expect, it } from "vitest";
import { invalid } from "@/lib/actions/result";
import { addCanvasNoteSchema, burnPlanFieldsSchema, modelEconomicsFieldsSchema, revenueModelFieldsSchema, unitEconomicsFieldsSchema } from "./schema";

const project = { primaryModel: "subscription", thirdPartyModelApi: true, modelProvider: "DeepSeek API" };
const economics = {
  inferenceMode: "tokens",
  inputTokensPerUnit: "2000000",
  cachedInputTokensPerUnit: "",
  outputTokensPerUnit: "300000",
  inputPricePerMillion: "5",
  cachedInputPricePerMillion: "",
  outputPricePerMillion: "15",
  gpuHoursPerUnit: "",
  gpuHourRate: "",
  hostingPerUnit: "5",
  unitsPerCustomer: "",
  cac: "425",
};

function fieldCodes(schema: { safeParse: (v: unknown) => { success: boolean; error?: unknown } }, input: unknown) {
  const parsed = schema.safeParse(input);
  if (parsed.success) return {};
  const errors = invalid(parsed.error as never).fieldErrors ?? {};
  return Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, v.code]));
}

describe("business-model schemas", () => {
  it("parses form strings into numbers, and empty into null", () => {
    expect(unitEconomicsFieldsSchema.parse({ ...project, primaryModel: "" })).toMatchObject({ primaryModel: null });
    const parsed = modelEconomicsFieldsSchema.parse(economics);
    expect(parsed).toMatchObject({ inputTokensPerUnit: 2_000_000, cachedInputTokensPerUnit: null, outputPricePerMillion: 15, gpuHoursPerUnit: null, cac: 425 });
    expect(modelEconomicsFieldsSchema.parse({ ...economics, cac: 0, hostingPerUnit: " 7.5 " })).toMatchObject({ cac: 0, hostingPerUnit: 7.5 });
    expect(revenueModelFieldsSchema.parse({ rationale: "", price: "299", unit: "seat", currentVolume: "", monthlyVolume: "300", rampMonths: "18", conversionPct: "", churnPct: "2.5" })).toMatchObject({
      price: 299,
      currentVolume: null,
      monthlyVolume: 300,
      rampMonths: 18,
    });
  });

  it("refuses absurd numbers with the right codes", () => {
    expect(fieldCodes(revenueModelFieldsSchema, { price: "-1", currentVolume: "", monthlyVolume: "abc", rampMonths: "", churnPct: "101", conversionPct: "NaN" })).toEqual({
      price: "tooSmall",
      monthlyVolume: "notANumber",
      churnPct: "tooLarge",
      conversionPct: "notANumber",
    });
    expect(fieldCodes(modelEconomicsFieldsSchema, { ...economics, cac: 1e30, hostingPerUnit: Number.NaN, outputTokensPerUnit: Infinity, gpuHourRate: "Infinity", cachedInputPricePerMillion: "1,5" })).toEqual({
      cac: "tooLarge",
      hostingPerUnit: "notANumber",
      outputTokensPerUnit: "notANumber",
      gpuHourRate: "notANumber",
      cachedInputPricePerMillion: "notANumber",
    });
    // Months to reach the expected volume are whole months, at most ten years.
    expect(fieldCodes(revenueModelFieldsSchema, { rampMonths: "2.5", currentVolume: "-1", price: "", monthlyVolume: "", conversionPct: "", churnPct: "" })).toMatchObject({ rampMonths: "wholeNumber", currentVolume: "tooSmall" });
    expect(fieldCodes(revenueModelFieldsSchema, { rampMonths: "121", currentVolume: "", price: "", monthlyVolume: "", conversionPct: "", churnPct: "" })).toMatchObject({ rampMonths: "tooLarge" });
    expect(fieldCodes(burnPlanFieldsSchema, { cashOnHand: -5, otherMonthlyCosts: {}, includeServingCost: true, revenueGrowthPct: "" })).toEqual({
      cashOnHand: "tooSmall",
      otherMonthlyCosts: "notANumber",
    });
  });

  it("refuses unknown enum values and over-long text, and keeps tags as text", () => {
    expect(fieldCodes(unitEconomicsFieldsSchema, { ...project, primaryModel: "pyramid", modelProvider: "<b>x</b>" })).toEqual({ primaryModel: "invalidOption" });
    expect(fieldCodes(modelEconomicsFieldsSchema, { ...economics, inferenceMode: "magic" })).toEqual({ inferenceMode: "invalidOption" });
    expect(fieldCodes(addCanvasNoteSchema, { projectId: "p", block: "moat", text: "x".repeat(501) })).toEqual({ block: "invalidOption", text: "tooLong" });
    expect(fieldCodes(addCanvasNoteSchema, { projectId: "p", block: "channels", text: "   " })).toEqual({ text: "required" });
  });
});
