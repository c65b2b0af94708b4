// Input of the readiness actions, and the shape of a stored snapshot's JSON (read back defensively:
// rows written by an older rubric version must not break the page or the investor summary).
import { z } from "zod";
import { idField } from "@/lib/validation/fields";
import { RUBRIC_SECTIONS } from "./rubric";

export const computeReadinessSchema = z.object({ projectId: idField });

const sectionIds = RUBRIC_SECTIONS.map((s) => s.id) as [(typeof RUBRIC_SECTIONS)[number]["id"], ...(typeof RUBRIC_SECTIONS)[number]["id"][]];

export const storedCriterionSchema = z.object({
  id: z.string(),
  section: z.enum(sectionIds),
  rating: z.union([z.literal(0), z.literal(1), z.literal(2)]),
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
