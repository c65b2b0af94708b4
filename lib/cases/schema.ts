// Zod schemas of the case-studies section, shared by the forms and the server actions.
import { z } from "zod";
import { BM_LIMITS } from "@/lib/business-model/schema";
import { CANVAS_BLOCKS } from "@/lib/plan/facts";
import { RISK_TEXT_MAX } from "@/lib/risks/schema";
import { idField, longText, nameField, shortText, versionField } from "@/lib/validation/fields";
import {
  AI_PATTERNS,
  CASE_RISK_CATEGORIES,
  FAILURE_CAUSES,
  OUTCOMES,
  OWN_CASE_KINDS,
  OWN_SOURCE_QUALITIES,
  REVENUE_MODELS,
  SECTOR_TAGS,
  STAGES,
} from "./tags";

export const CASE_LIMITS = {
  title: 120,
  text: 3000,
  source: 300,
  /** Own cases per project. */
  ownCases: 200,
  /** Risk titles and canvas notes are limited by their own sections. */
  riskTitle: RISK_TEXT_MAX.title,
  riskText: RISK_TEXT_MAX.body,
  noteText: BM_LIMITS.noteText,
} as const;

/** A list of tag ids: each must be known, duplicates are dropped, never more than the vocabulary. */
function tagList<T extends string>(values: readonly [T, ...T[]]) {
  return z
    .array(z.enum(values))
    .max(values.length)
    .default([])
    .transform((list) => values.filter((v) => list.includes(v)));
}

export const ownCaseFieldsSchema = z.object({
  kind: z.enum(OWN_CASE_KINDS),
  title: nameField(CASE_LIMITS.title),
  context: longText(CASE_LIMITS.text),
  approach: longText(CASE_LIMITS.text),
  businessModel: longText(CASE_LIMITS.text),
  whatHappened: longText(CASE_LIMITS.text),
  risks: longText(CASE_LIMITS.text),
  lessons: longText(CASE_LIMITS.text),
  sectors: tagList(SECTOR_TAGS),
  aiPatterns: tagList(AI_PATTERNS),
  revenueModels: tagList(REVENUE_MODELS),
  stages: tagList(STAGES),
  outcome: z.enum(OUTCOMES),
  failureCauses: tagList(FAILURE_CAUSES),
  riskCategories: tagList(CASE_RISK_CATEGORIES),
  source: shortText(CASE_LIMITS.source),
  sourceQuality: z.enum(OWN_SOURCE_QUALITIES),
});
export type OwnCaseFields = z.output<typeof ownCaseFieldsSchema>;
export type OwnCaseInput = z.input<typeof ownCaseFieldsSchema>;

export const createOwnCaseSchema = z.object({ projectId: idField, kind: z.enum(OWN_CASE_KINDS), title: nameField(CASE_LIMITS.title) });
export const updateOwnCaseSchema = ownCaseFieldsSchema.extend({ projectId: idField, caseId: idField, version: versionField });
export const deleteOwnCaseSchema = z.object({ projectId: idField, caseId: idField });

const likelihoodOrImpact = z.coerce.number().int().min(1).max(5);

/** "Apply a lesson": a risk for the register or a note on a canvas block, linked to the case. */
export const applyLessonSchema = z.discriminatedUnion("target", [
  z.object({
    projectId: idField,
    caseId: idField,
    target: z.literal("risk"),
    text: nameField(CASE_LIMITS.riskTitle),
    category: z.enum(CASE_RISK_CATEGORIES),
    likelihood: likelihoodOrImpact,
    impact: likelihoodOrImpact,
    mitigation: longText(CASE_LIMITS.riskText),
    // Who watches the risk and when it is next reviewed: without them the register's monitoring
    // criterion (readiness G4) would drop when a lesson is applied.
    ownerMemberId: idField,
    nextReview: z.iso.date(),
  }),
  z.object({
    projectId: idField,
    caseId: idField,
    target: z.literal("canvasNote"),
    text: nameField(CASE_LIMITS.noteText),
    block: z.enum(CANVAS_BLOCKS),
  }),
]);
export type ApplyLessonInput = z.input<typeof applyLessonSchema>;
