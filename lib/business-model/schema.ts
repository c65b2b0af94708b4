// Zod schemas of the business-model section, shared by the forms (instant field errors and the
// live preview) and the server actions. Every number is finite and bounded; empty means unknown.
import { z } from "zod";
import { CANVAS_BLOCKS, DIRECTION_TESTS, REVENUE_MODELS } from "@/lib/plan/facts";
import { idField, LIMITS, longText, nameField, shortText, versionField } from "@/lib/validation/fields";

export const BM_LIMITS = {
  noteText: 500,
  notesPerBlock: 50,
  assessment: 2000,
  unit: 80,
  provider: 120,
  volume: 1e12,
  tokensPerUnit: 1e12,
  gpuHoursPerUnit: 1e6,
  unitsPerCustomer: 1e9,
  rampMonths: 120,
} as const;

export const DIRECTION_VERDICTS = ["unsure", "weak", "promising", "strong"] as const;
/** How a revenue model's unit is served: token-priced model calls, GPU hours, or no model at all. */
export const INFERENCE_MODES = ["tokens", "gpu", "none"] as const;
export type InferenceMode = (typeof INFERENCE_MODES)[number];

/**
 * A number the founder may leave empty (→ null). Strings from inputs are parsed here so that
 * "abc", NaN and Infinity get "notANumber" and out-of-range values get tooSmall / tooLarge.
 */
export function optionalNumber(min: number, max: number) {
  return z.unknown().transform((raw, ctx): number | null => {
    if (raw === "" || raw === null || raw === undefined) return null;
    const value = typeof raw === "number" ? raw : typeof raw === "string" ? (raw.trim() === "" ? null : Number(raw.trim())) : Number.NaN;
    if (value === null) return null;
    if (!Number.isFinite(value)) {
      ctx.addIssue({ code: "custom", message: "notANumber", input: raw });
      return z.NEVER;
    }
    if (value < min) {
      ctx.addIssue({ code: "too_small", origin: "number", minimum: min, inclusive: true, input: value });
      return z.NEVER;
    }
    if (value > max) {
      ctx.addIssue({ code: "too_big", origin: "number", maximum: max, inclusive: true, input: value });
      return z.NEVER;
    }
    return value;
  });
}

/** A whole number the founder may leave empty (months, for instance). */
export function optionalWholeNumber(min: number, max: number) {
  return optionalNumber(min, max).superRefine((value, ctx) => {
    if (value !== null && !Number.isInteger(value)) ctx.addIssue({ code: "custom", message: "wholeNumber", input: value });
  });
}

const money = () => optionalNumber(0, LIMITS.money);
const percent = () => optionalNumber(0, 100);

/** Version of a record that may not exist yet: 0 means "not stored so far". */
const storedVersion = z.coerce.number().int().min(0);

const noteText = nameField(BM_LIMITS.noteText);

// ── canvas ────────────────────────────────────────────────────────────────────────────────────
export const canvasNoteInputSchema = z.object({
  block: z.enum(CANVAS_BLOCKS),
  text: noteText,
  sourceCaseId: idField.nullish().transform((v) => v ?? null),
});
export const addCanvasNoteSchema = z.object({ projectId: idField, block: z.enum(CANVAS_BLOCKS), text: noteText });
export const updateCanvasNoteSchema = z.object({ projectId: idField, noteId: idField, version: versionField, text: noteText });
/** `to`: the note's new place in its block (0 = first), as the drag or the up/down buttons leave it. */
export const moveCanvasNoteSchema = z.object({ projectId: idField, noteId: idField, to: z.number().int().min(0).max(BM_LIMITS.notesPerBlock - 1) });
export const deleteCanvasNoteSchema = z.object({ projectId: idField, noteId: idField });

// ── direction tests ───────────────────────────────────────────────────────────────────────────
export const directionFieldsSchema = z.object({
  verdict: z.enum(DIRECTION_VERDICTS),
  assessment: longText(BM_LIMITS.assessment),
  evidence: longText(BM_LIMITS.assessment),
});
export const saveDirectionTestSchema = directionFieldsSchema.extend({ projectId: idField, test: z.enum(DIRECTION_TESTS), version: storedVersion });

// ── revenue models ────────────────────────────────────────────────────────────────────────────
/** What the revenue step edits: price and volumes (today, expected, months to get there), funnel. */
export const revenueModelFieldsSchema = z.object({
  rationale: longText(BM_LIMITS.assessment),
  price: money(),
  unit: shortText(BM_LIMITS.unit),
  currentVolume: optionalNumber(0, BM_LIMITS.volume),
  monthlyVolume: optionalNumber(0, BM_LIMITS.volume),
  rampMonths: optionalWholeNumber(0, BM_LIMITS.rampMonths),
  conversionPct: percent(),
  churnPct: percent(),
});
export const chooseRevenueModelSchema = z.object({ projectId: idField, model: z.enum(REVENUE_MODELS) });
export const updateRevenueModelSchema = revenueModelFieldsSchema.extend({ projectId: idField, model: z.enum(REVENUE_MODELS), version: versionField });
export const removeRevenueModelSchema = chooseRevenueModelSchema;

// ── unit economics ────────────────────────────────────────────────────────────────────────────
/**
 * What one unit of a revenue model costs to serve and what one customer costs to win. Stored on
 * the revenue model's row (each model has its own), edited on the economics step.
 */
export const modelEconomicsFieldsSchema = z.object({
  unitsPerCustomer: optionalNumber(0, BM_LIMITS.unitsPerCustomer),
  cac: money(),
  inferenceMode: z.enum(INFERENCE_MODES),
  inputTokensPerUnit: optionalNumber(0, BM_LIMITS.tokensPerUnit),
  cachedInputTokensPerUnit: optionalNumber(0, BM_LIMITS.tokensPerUnit),
  outputTokensPerUnit: optionalNumber(0, BM_LIMITS.tokensPerUnit),
  inputPricePerMillion: money(),
  cachedInputPricePerMillion: money(),
  outputPricePerMillion: money(),
  gpuHoursPerUnit: optionalNumber(0, BM_LIMITS.gpuHoursPerUnit),
  gpuHourRate: money(),
  hostingPerUnit: money(),
});
export const saveModelEconomicsSchema = modelEconomicsFieldsSchema.extend({ projectId: idField, model: z.enum(REVENUE_MODELS), version: versionField });

/** Project-wide: which model the headline unit economics describe, and the model provider. */
export const unitEconomicsFieldsSchema = z.object({
  primaryModel: z.preprocess((v) => (v === "" || v === undefined ? null : v), z.enum(REVENUE_MODELS).nullable()),
  thirdPartyModelApi: z.boolean(),
  modelProvider: shortText(BM_LIMITS.provider),
});
export const saveUnitEconomicsSchema = unitEconomicsFieldsSchema.extend({ projectId: idField, version: storedVersion });

/**
 * What plan files and snapshots written before each revenue model had its own economics carry in
 * `unitEconomics` (one blended price per 1M tokens, for the primary model only). Read, never written.
 */
export const legacyUnitEconomicsFieldsSchema = z.object({
  inferenceMode: z.enum(INFERENCE_MODES).optional(),
  tokensPerUnit: optionalNumber(0, BM_LIMITS.tokensPerUnit).optional(),
  pricePerMillionTokens: money().optional(),
  gpuHoursPerUnit: optionalNumber(0, BM_LIMITS.gpuHoursPerUnit).optional(),
  gpuHourRate: money().optional(),
  hostingPerUnit: money().optional(),
  unitsPerCustomer: optionalNumber(0, BM_LIMITS.unitsPerCustomer).optional(),
  cac: money().optional(),
});
export type LegacyUnitEconomicsFields = z.output<typeof legacyUnitEconomicsFieldsSchema>;

// ── burn ──────────────────────────────────────────────────────────────────────────────────────
export const burnPlanFieldsSchema = z.object({
  cashOnHand: money(),
  otherMonthlyCosts: money(),
  otherCostsNote: shortText(),
  revenueGrowthPct: percent(),
  includeServingCost: z.boolean(),
});
export const saveBurnPlanSchema = burnPlanFieldsSchema.extend({ projectId: idField, version: storedVersion });

export type CanvasNoteInput = z.input<typeof canvasNoteInputSchema>;
export type DirectionFields = z.output<typeof directionFieldsSchema>;
export type RevenueModelFields = z.output<typeof revenueModelFieldsSchema>;
export type ModelEconomicsFields = z.output<typeof modelEconomicsFieldsSchema>;
export type UnitEconomicsFields = z.output<typeof unitEconomicsFieldsSchema>;
export type BurnPlanFields = z.output<typeof burnPlanFieldsSchema>;
