import { z } from "zod";
import { idField, longText, nameField, shortText, versionField } from "@/lib/validation/fields";
import { MARKETS, STATUSES, TOPICS } from "./model";

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
