import { z } from "zod";
import { SECTIONS } from "@/lib/projects/sections";
import { idField } from "@/lib/validation/fields";

/** Where in a project something happens: the overview (project details) or one plan section. */
export const PROJECT_AREAS = ["overview", ...SECTIONS] as const;
export type ProjectArea = (typeof PROJECT_AREAS)[number];

export function isProjectArea(value: unknown): value is ProjectArea {
  return typeof value === "string" && (PROJECT_AREAS as readonly string[]).includes(value);
}

/** What an activity row says happened. Each has a label under "collaboration.activity.verbs". */
export const ACTIVITY_VERBS = [
  "created",
  "updated",
  "deleted",
  "archived",
  "restored",
  "reordered",
  "imported",
  "commented",
  "replied",
  "resolved",
  "reopened",
  "deletedComment",
] as const;
export type ActivityVerb = (typeof ACTIVITY_VERBS)[number];

/** The activity page's filters, read from the URL (unknown values are ignored, not errors). */
export const activityFilterSchema = z.object({
  person: idField.optional().catch(undefined),
  section: z.enum(PROJECT_AREAS).optional().catch(undefined),
  before: idField.optional().catch(undefined),
});
export type ActivityFilter = z.output<typeof activityFilterSchema>;
