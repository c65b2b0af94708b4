import { z } from "zod";
import { dateField, idField, intField, longText, nameField, versionField } from "@/lib/validation/fields";
import { RISK_TEMPLATE_IDS } from "./library";
import { RISK_CATEGORIES, RISK_RESPONSES, RISK_STATUSES, SCALE_MAX, SCALE_MIN, SUGGESTION_IDS } from "./model";

export const RISK_TEXT_MAX = { title: 160, body: 2000 } as const;

/** The editable fields of a risk (score and band are derived, review stamps come from "review now"). */
export const riskFieldsSchema = z.object({
  title: nameField(RISK_TEXT_MAX.title),
  description: longText(RISK_TEXT_MAX.body),
  category: z.enum(RISK_CATEGORIES),
  likelihood: intField(SCALE_MIN, SCALE_MAX),
  impact: intField(SCALE_MIN, SCALE_MAX),
  response: z.enum(RISK_RESPONSES),
  mitigation: longText(RISK_TEXT_MAX.body),
  contingency: longText(RISK_TEXT_MAX.body),
  ownerMemberId: z
    .union([z.literal(""), z.null(), idField])
    .default(null)
    .transform((v) => (v ? v : null)),
  status: z.enum(RISK_STATUSES),
  nextReview: dateField.default(null),
});
export type RiskFields = z.output<typeof riskFieldsSchema>;

export const createRiskSchema = riskFieldsSchema.extend({
  projectId: idField,
  /** The library template the risk was made from, if any (hides the matching suggestion). */
  templateId: z.enum(RISK_TEMPLATE_IDS as [string, ...string[]]).nullable().default(null),
});

export const updateRiskSchema = riskFieldsSchema.extend({ projectId: idField, riskId: idField, version: versionField });

export const riskRefSchema = z.object({ projectId: idField, riskId: idField });

export const markReviewedSchema = riskRefSchema.extend({ version: versionField });

export const suggestionRefSchema = z.object({ projectId: idField, suggestionId: z.enum(SUGGESTION_IDS as [string, ...string[]]) });
