import { z } from "zod";
import { PROJECT_AREAS } from "@/lib/activity/schema";
import { idField, nameField } from "@/lib/validation/fields";

export const COMMENT_MAX_LENGTH = 4000;

/** A generic item kind, e.g. "risk", "canvasNote", "teamMember". */
export const itemTypeField = z.string().regex(/^[a-zA-Z][a-zA-Z0-9-]{0,39}$/, { message: "invalidFormat" });

const anchorFields = {
  projectId: idField,
  section: z.enum(PROJECT_AREAS),
  itemType: itemTypeField.optional(),
  itemId: idField.optional(),
};

/** An item thread names both its type and id; a section thread names neither. */
const bothOrNeither = (a: { itemType?: string; itemId?: string }) => (a.itemType === undefined) === (a.itemId === undefined);
const itemPairIssue = { message: "required", path: ["itemId"] };

export const threadAnchorSchema = z.object(anchorFields).refine(bothOrNeither, itemPairIssue);
export type ThreadAnchor = z.output<typeof threadAnchorSchema>;

export const loadThreadsSchema = z.object({ ...anchorFields, includeResolved: z.boolean().default(false) }).refine(bothOrNeither, itemPairIssue);

export const createCommentSchema = z
  .object({ ...anchorFields, body: nameField(COMMENT_MAX_LENGTH), parentId: idField.optional() })
  .refine(bothOrNeither, itemPairIssue);

export const resolveCommentSchema = z.object({ projectId: idField, commentId: idField, resolved: z.boolean() });
export const deleteCommentSchema = z.object({ projectId: idField, commentId: idField });
