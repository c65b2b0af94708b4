import { z } from "zod";
import { idField, nameField, shortText, versionField } from "@/lib/validation/fields";
import { isTimeZone } from "@/lib/time/zone";

const timeZoneField = z.string().max(64).refine(isTimeZone, { message: "invalidOption" });

export const PROJECT_STAGES = ["IDEA", "PROTOTYPE", "MVP", "REVENUE", "SCALE"] as const;
export const CURRENCIES = ["USD", "CNY", "EUR"] as const;

export const projectDetailsSchema = z.object({
  name: nameField(80),
  oneLiner: shortText(200),
  sector: shortText(80),
  stage: z.enum(PROJECT_STAGES),
  currency: z.enum(CURRENCIES),
  // Left out, a new plan takes its creator's zone and a saved plan keeps its own.
  timeZone: timeZoneField.optional(),
});

export const createProjectSchema = projectDetailsSchema.extend({ teamId: idField });
export const updateProjectSchema = projectDetailsSchema.extend({ projectId: idField, version: versionField });
export const archiveProjectSchema = z.object({ projectId: idField, archived: z.boolean() });
