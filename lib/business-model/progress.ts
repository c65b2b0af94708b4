// How complete the business-model section is: the wizard's per-step completion and the facts
// other sections read (lib/plan/facts.ts). Pure; computed from the same evaluation as the page.
import { CANVAS_BLOCKS, DIRECTION_TESTS, DIRECTION_VERDICT_IDS, type BusinessModelFacts, type CanvasBlock, type DirectionTest, type DirectionVerdict } from "@/lib/plan/facts";
import { evaluateBusinessModel, type BusinessModelInputs, type Evaluation } from "./evaluate";

export const WIZARD_STEPS = ["canvas", "direction", "revenue", "economics", "burn", "forecast"] as const;
export type WizardStepId = (typeof WIZARD_STEPS)[number];

export function isWizardStep(value: unknown): value is WizardStepId {
  return typeof value === "string" && (WIZARD_STEPS as readonly string[]).includes(value);
}

export type DirectionRecord = { test: DirectionTest; assessment: string; evidence: string; verdict?: string };
export type DirectionState = BusinessModelFacts["directionTests"][DirectionTest];

export function directionState(record: { assessment: string; evidence: string } | undefined): DirectionState {
  if (!record || record.assessment.trim() === "") return "missing";
  return record.evidence.trim() === "" ? "assessed" : "withEvidence";
}

export type SectionData = BusinessModelInputs & {
  noteCounts: Partial<Record<CanvasBlock, number>>;
  directionTests: DirectionRecord[];
};

export function noteCountsByBlock(counts: Partial<Record<CanvasBlock, number>>): Record<CanvasBlock, number> {
  return Object.fromEntries(CANVAS_BLOCKS.map((b) => [b, counts[b] ?? 0])) as Record<CanvasBlock, number>;
}

export function directionStates(records: DirectionRecord[]): Record<DirectionTest, DirectionState> {
  return Object.fromEntries(DIRECTION_TESTS.map((t) => [t, directionState(records.find((r) => r.test === t))])) as Record<DirectionTest, DirectionState>;
}

/** The founders' verdict per test ("unsure" when the test is not assessed or the stored value is unknown). */
export function directionVerdicts(records: DirectionRecord[]): Record<DirectionTest, DirectionVerdict> {
  return Object.fromEntries(
    DIRECTION_TESTS.map((t) => {
      const record = records.find((r) => r.test === t);
      const verdict = record && directionState(record) !== "missing" ? record.verdict : undefined;
      return [t, (DIRECTION_VERDICT_IDS as readonly string[]).includes(verdict ?? "") ? (verdict as DirectionVerdict) : "unsure"];
    }),
  ) as Record<DirectionTest, DirectionVerdict>;
}

/** A step is complete when what it asks for is there, not when it was merely visited. */
export function stepCompletion(data: SectionData, evaluation: Evaluation = evaluateBusinessModel(data)): Record<WizardStepId, boolean> {
  const counts = noteCountsByBlock(data.noteCounts);
  const states = directionStates(data.directionTests);
  return {
    canvas: CANVAS_BLOCKS.every((b) => counts[b] > 0),
    direction: DIRECTION_TESTS.every((t) => states[t] !== "missing"),
    revenue: data.revenueChoices.some((c) => c.price !== null && c.unit.trim() !== ""),
    economics: evaluation.economics.grossMarginPct.value !== null && evaluation.economics.paybackMonths.value !== null,
    burn: evaluation.forecast.runway.state !== "unknown",
    forecast: evaluation.forecast.revenueKnown && evaluation.forecast.runway.state !== "unknown",
  };
}

export function toFacts(data: SectionData, evaluation: Evaluation = evaluateBusinessModel(data)): BusinessModelFacts {
  const { economics, forecast } = evaluation;
  const first = forecast.months[0];
  const churns = data.revenueChoices.flatMap((c) => (c.churnPct !== null && Number.isFinite(c.churnPct) ? [c.churnPct] : []));
  return {
    canvasNoteCounts: noteCountsByBlock(data.noteCounts),
    directionTests: directionStates(data.directionTests),
    directionVerdicts: directionVerdicts(data.directionTests),
    revenueModels: data.revenueChoices.map((c) => c.model),
    revenueModelsWithRationale: data.revenueChoices.filter((c) => c.rationale.trim() !== "").length,
    pricingDefined: data.revenueChoices.some((c) => c.price !== null && c.unit.trim() !== ""),
    builtOnThirdPartyModelApi: data.economics?.thirdPartyModelApi ?? false,
    grossMarginPct: economics.grossMarginPct.value,
    ltvToCac: economics.ltvToCac.value,
    paybackMonths: economics.paybackMonths.value,
    monthlyRevenue: forecast.revenueKnown ? first.revenue : null,
    currentCustomers: forecast.revenueKnown ? Math.round(first.streams.reduce((sum, x) => sum + x.customers, 0)) : null,
    maxChurnPct: churns.length > 0 ? Math.max(...churns) : null,
    gpuServingInForecast: (data.burn?.includeServingCost ?? true) && data.revenueChoices.some((c) => c.inferenceMode === "gpu" && (c.gpuHoursPerUnit ?? 0) > 0),
    monthlyCosts: forecast.costsKnown ? first.costs : null,
    cashOnHand: data.burn?.cashOnHand ?? null,
    forecastStartMonth: data.startMonth,
    runway: forecast.runway,
    runwayWithRaise: forecast.runwayWithRaise,
    monthlyNetBurn: forecast.months.map((m) => -m.netIncome),
  };
}
