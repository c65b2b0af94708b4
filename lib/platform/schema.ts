import { z } from "zod";
import { idField, LIMITS, longText, nameField, shortText, versionField } from "@/lib/validation/fields";
import {
  COMPUTE_PURPOSES,
  DATA_ORIGINS,
  DATA_QUALITY,
  DATA_RIGHTS,
  DATA_SENSITIVITY,
  MAX_ACCELERATORS,
  MAX_HOURLY_RATE,
  MAX_HOURS_PER_MONTH,
  PARTNER_KINDS,
  PARTNER_STATUSES,
  TOOLING_ITEM_IDS,
  TOOLING_STATUSES,
} from "./model";

const NOTE = 2000;

/** A number typed as text or sent as a number; anything else gets "notANumber". */
export const numberInput = z.union([z.number(), z.string()]).transform((v, ctx) => {
  const value = typeof v === "number" ? v : v.trim() === "" ? Number.NaN : Number(v);
  if (Number.isFinite(value)) return value;
  ctx.addIssue({ code: "custom", message: "notANumber" });
  return z.NEVER;
});

const project = { projectId: idField };
const row = { projectId: idField, id: idField };
const versioned = { ...row, version: versionField };

export const addNamedRowSchema = z.object({ ...project, name: nameField() });
export const deleteRowSchema = z.object(row);

export const dataSourceFieldsSchema = z.object({
  name: nameField(),
  origin: z.enum(DATA_ORIGINS),
  rights: z.enum(DATA_RIGHTS),
  rightsNotes: longText(NOTE),
  quality: z.enum(DATA_QUALITY),
  qualityNotes: longText(NOTE),
  sensitivity: z.enum(DATA_SENSITIVITY),
});
export const updateDataSourceSchema = dataSourceFieldsSchema.extend(versioned);
export type DataSourceFields = z.output<typeof dataSourceFieldsSchema>;

export const computeLineFieldsSchema = z.object({
  name: nameField(),
  purpose: z.enum(COMPUTE_PURPOSES),
  provider: shortText(80),
  accelerator: shortText(80),
  quantity: numberInput.pipe(z.number().refine(Number.isInteger, { message: "wholeNumber" }).pipe(z.number().min(0).max(MAX_ACCELERATORS))),
  hoursPerMonth: numberInput.pipe(z.number().min(0).max(MAX_HOURS_PER_MONTH)),
  hourlyRate: numberInput.pipe(z.number().min(0).max(MAX_HOURLY_RATE)),
});
export const updateComputeLineSchema = computeLineFieldsSchema.extend(versioned);
export type ComputeLineFields = z.output<typeof computeLineFieldsSchema>;

export const toolingItemFieldsSchema = z.object({
  status: z.enum(TOOLING_STATUSES),
  tool: shortText(LIMITS.name),
});
/** `version` 0: the item has never been saved for this project. */
export const saveToolingItemSchema = toolingItemFieldsSchema.extend({
  ...project,
  itemId: z.enum(TOOLING_ITEM_IDS),
  version: z.coerce.number().int().min(0),
});
export type ToolingItemFields = z.output<typeof toolingItemFieldsSchema>;

export const partnerFieldsSchema = z.object({
  name: nameField(),
  kind: z.enum(PARTNER_KINDS),
  status: z.enum(PARTNER_STATUSES),
  contribution: longText(NOTE),
});
export const updatePartnerSchema = partnerFieldsSchema.extend(versioned);
export type PartnerFields = z.output<typeof partnerFieldsSchema>;
