// Input of the readiness actions, and the shape of a stored snapshot's JSON (read back defensively:
// rows written by an older rubric version must not break the page or the investor summary).
import { z } from "zod";
import { idField, longText } from "@/lib/validation/fields";
import { CRITERION_IDS, RUBRIC_SECTIONS, type CriterionId } from "./rubric";

export const EVIDENCE_MAX = 2000;

export const computeReadinessSchema = z.object({ projectId: idField });

export const saveSelfAssessmentSchema = z.object({
  projectId: idField,
  criterionId: z.enum(CRITERION_IDS as [CriterionId, ...CriterionId[]]),
  /** One of the rubric's ratings; anything else is "not an option". */
  rating: z.preprocess((v) => (typeof v === "string" && v.trim() !== "" ? Number(v) : v), z.literal([0, 1, 2])),
  evidence: longText(EVIDENCE_MAX),
  /** 0 when the criterion has no self-assessment yet. */
  version: z.coerce.number().int().min(0),
});

const sectionIds = RUBRIC_SECTIONS.map((s) => s.id) as [(typeof RUBRIC_SECTIONS)[number]["id"], ...(typeof RUBRIC_SECTIONS)[number]["id"][]];

export const storedCriterionSchema = z.object({
  id: z.string(),
  section: z.enum(sectionIds),
  rating: z.union([z.literal(0), z.literal(1), z.literal(2)]),
  derived: z.boolean(),
  evidence: z.string().nullable(),
  reasonKey: z.string(),
  values: z.record(z.string(), z.number()),
  points: z.number(),
  maxPoints: z.number(),
  link: z.object({ section: z.string(), step: z.string().nullable() }),
});

export const storedSectionSchema = z.object({
  id: z.enum(sectionIds),
  weight: z.number(),
  points: z.number(),
  maxPoints: z.number(),
  score: z.number(),
});

export type StoredCriterion = z.infer<typeof storedCriterionSchema>;
export type StoredSection = z.infer<typeof storedSectionSchema>;
