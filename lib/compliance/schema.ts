import { z } from "zod";
import { dateField, idField, longText, nameField, shortText, versionField } from "@/lib/validation/fields";
import { LAW_MARKETS, MARKETS, STATUSES, TOPICS } from "./model";
import { ANSWERS, DOMAINS, OBLIGATION_KEYS, OBLIGATION_STATUSES } from "./obligations";

const project = { projectId: idField };
const record = { projectId: idField, id: idField };

export const planFields = z.object({ ipStrategy: longText() });
export const savePlanSchema = planFields.extend({ ...project, version: versionField });

/** `title` is written only for the founders' own items; catalogue items take theirs from the catalogue. */
export const itemFields = z.object({
  title: shortText(200),
  status: z.enum(STATUSES),
  owner: shortText(120),
  notes: longText(2000),
});
export const saveItemSchema = itemFields.extend({ ...record, version: versionField });

export const addItemSchema = z.object({ ...project, market: z.enum(MARKETS), topic: z.enum(TOPICS), title: nameField(200) });
export const deleteItemSchema = z.object(record);
export const seedChecklistSchema = z.object(project);

export type ItemInput = z.output<typeof itemFields>;

/** A set of choices in the list's order, without repeats. */
const choiceSet = <T extends string>(ids: readonly [T, ...T[]]) =>
  z
    .array(z.enum(ids))
    .max(ids.length)
    .default([])
    .transform((chosen) => ids.filter((id) => chosen.includes(id)));

const answer = z.enum(ANSWERS);

/** The facts the AI obligations depend on (lib/compliance/obligations.ts). */
export const profileFields = z.object({
  markets: choiceSet(LAW_MARKETS),
  domains: choiceSet(DOMAINS),
  publicGenerative: answer,
  publicOpinion: answer,
  personalInfo: answer,
  sensitivePersonalInfo: answer,
  largeScalePersonalInfo: answer,
  usPhi: answer,
  euGpaiProvider: answer,
  euHighRisk: answer,
  euAnnexIProduct: answer,
});
/** `version` 0: the profile has never been saved for this project. */
export const saveProfileSchema = profileFields.extend({ ...project, version: z.coerce.number().int().min(0) });
export type ProfileInput = z.output<typeof profileFields>;

export const obligationFields = z.object({
  status: z.enum(OBLIGATION_STATUSES),
  owner: shortText(120),
  dueDate: dateField,
  evidence: longText(2000),
});
/** `version` 0: the obligation has never been saved for this project. */
export const saveObligationSchema = obligationFields.extend({ ...project, obligationKey: z.enum(OBLIGATION_KEYS), version: z.coerce.number().int().min(0) });
export type ObligationInput = z.output<typeof obligationFields>;
