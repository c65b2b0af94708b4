import { z } from "zod";
import { idField, nameField, shortText, versionField } from "@/lib/validation/fields";

export const PROJECT_STAGES = ["IDEA", "PROTOTYPE", "MVP", "REVENUE", "SCALE"] as const;
export const CURRENCIES = ["USD", "CNY", "EUR"] as const;

export const projectDetailsSchema = z.object({
  name: nameField(80),
  oneLiner: shortText(200),
  sector: shortText(80),
  stage: z.enum(PROJECT_STAGES),
  currency: z.enum(CURRENCIES),
});

export const createProjectSchema = projectDetailsSchema.extend({ teamId: idField });
export const updateProjectSchema = projectDetailsSchema.extend({ projectId: idField, version: versionField });
export const archiveProjectSchema = z.object({ projectId: idField, archived: z.boolean() });
