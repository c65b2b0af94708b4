import { z } from "zod";
import { idField, LIMITS, longText, nameField, shortText, versionField } from "@/lib/validation/fields";
import { DOMAIN_IDS, marketSizeIssues, TREND_IMPACTS, TREND_KEYS } from "./model";

const NOTE = 2000;

const project = { projectId: idField };
const row = { projectId: idField, id: idField };
const versioned = { ...row, version: versionField };
/** Singleton records (research plan, market size): version 0 means "never saved". */
const singleton = { projectId: idField, version: z.coerce.number().int().min(0) };

export const deleteRowSchema = z.object(row);

export const researchFieldsSchema = z.object({
  objective: longText(NOTE),
  dataCollection: longText(NOTE),
  analysis: longText(NOTE),
  findings: longText(NOTE),
});
export const saveResearchSchema = researchFieldsSchema.extend(singleton);
export type ResearchFields = z.output<typeof researchFieldsSchema>;

/**
 * An optional amount: empty means "not estimated yet". Text that is not a number gets its own
 * message ("notANumber"), not the generic one a failed coercion would give.
 */
const optionalAmount = z
  .union([z.number(), z.string(), z.null(), z.undefined()])
  .transform((v, ctx) => {
    if (v === null || v === undefined || (typeof v === "string" && v.trim() === "")) return null;
    const value = typeof v === "number" ? v : Number(v);
    if (Number.isFinite(value)) return value;
    ctx.addIssue({ code: "custom", message: "notANumber" });
    return z.NEVER;
  })
  .pipe(z.number().min(0).max(LIMITS.money).nullable());

const sizeShape = z.object({
  tamValue: optionalAmount,
  tamSource: shortText(),
  samValue: optionalAmount,
  samSource: shortText(),
  somValue: optionalAmount,
  somSource: shortText(),
  // Added after plan files existed: a file or client without it means "not entered".
  annualPricePerCustomer: optionalAmount.optional().transform((v) => v ?? null),
  basis: longText(NOTE),
});

function checkSizes(sizes: z.output<typeof sizeShape>, ctx: z.RefinementCtx) {
  for (const issue of marketSizeIssues(sizes)) ctx.addIssue({ code: "custom", path: [issue.field], message: issue.code });
}

export const sizeFieldsSchema = sizeShape.superRefine(checkSizes);
export const saveSizeSchema = sizeShape.extend(singleton).superRefine(checkSizes);
export type SizeFields = z.output<typeof sizeFieldsSchema>;

export const segmentFieldsSchema = z.object({
  name: nameField(),
  domain: z.enum(DOMAIN_IDS),
  needs: longText(NOTE),
});
export const addSegmentSchema = segmentFieldsSchema.pick({ name: true, domain: true }).extend(project);
export const updateSegmentSchema = segmentFieldsSchema.extend(versioned);
export type SegmentFields = z.output<typeof segmentFieldsSchema>;

export const competitorFieldsSchema = z.object({
  name: nameField(),
  offering: longText(NOTE),
  strengths: longText(NOTE),
  weaknesses: longText(NOTE),
  differentiation: longText(NOTE),
});
export const addCompetitorSchema = competitorFieldsSchema.pick({ name: true }).extend(project);
export const updateCompetitorSchema = competitorFieldsSchema.extend(versioned);
export type CompetitorFields = z.output<typeof competitorFieldsSchema>;

export const trendFieldsSchema = z.object({
  title: nameField(LIMITS.short),
  impact: z.enum(TREND_IMPACTS),
  note: longText(NOTE),
});
export const addTrendSchema = z.object({ ...project, title: nameField(LIMITS.short), trendKey: z.enum(TREND_KEYS).nullable().default(null) });
export const updateTrendSchema = trendFieldsSchema.extend(versioned);
export type TrendFields = z.output<typeof trendFieldsSchema>;
