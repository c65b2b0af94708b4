import { z } from "zod";
import { dateField, idField, longText, moneyField, shortText, versionField } from "@/lib/validation/fields";
import { CHANNEL_KINDS, FUNDING_STAGES, INSTRUMENTS, ROUND_STATUSES, USE_CATEGORIES } from "./model";

/** An optional amount: empty → null, otherwise a money value (never negative). */
const optionalMoney = z.union([z.literal(""), z.null(), moneyField]).transform((v) => (v === "" ? null : v));

const project = { projectId: idField };
const record = { projectId: idField, id: idField };
const versioned = { ...record, version: versionField };

export const fundingPlanFields = z.object({
  needAmount: optionalMoney,
  needTiming: shortText(200),
  rationale: longText(),
  structure: longText(),
  budgetPlan: longText(),
  costMonitoring: longText(),
});

export const saveFundingPlanSchema = fundingPlanFields.extend({ ...project, version: versionField });

export const roundFields = z.object({
  stage: z.enum(FUNDING_STAGES),
  amount: moneyField,
  instrument: z.enum(INSTRUMENTS),
  targetDate: dateField,
  status: z.enum(ROUND_STATUSES),
  notes: shortText(1000),
});

export const addRoundSchema = z.object(project);
export const saveRoundSchema = roundFields.extend(versioned);
export const deleteRoundSchema = z.object(record);

export const setChannelSchema = z.object({ ...project, kind: z.enum(CHANNEL_KINDS), considered: z.boolean() });
export const channelFields = z.object({ note: shortText(1000) });
export const saveChannelSchema = channelFields.extend(versioned);

export const useFields = z.object({
  category: z.enum(USE_CATEGORIES),
  amount: moneyField,
  note: shortText(300),
});

export const addUseSchema = z.object({ ...project, category: z.enum(USE_CATEGORIES).default("other") });
export const saveUseSchema = useFields.extend(versioned);
export const deleteUseSchema = z.object(record);

export type FundingPlanInput = z.output<typeof fundingPlanFields>;
export type RoundInput = z.output<typeof roundFields>;
export type UseInput = z.output<typeof useFields>;
