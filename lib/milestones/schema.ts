import { z } from "zod";
import { LOCALES } from "@/lib/i18n/config";
import { dateField, idField, LIMITS, longText, nameField, shortText, versionField } from "@/lib/validation/fields";
import { endsBeforeStart, MILESTONE_STATUSES, QUALITY_CHECKS } from "./model";

const project = { projectId: idField };
const record = { projectId: idField, id: idField };

export const planFields = z.object({
  goals: longText(),
  taskBreakdown: longText(),
  timetable: longText(),
  resources: longText(),
  trackingTool: shortText(200),
  feedbackLoop: longText(),
});

export const savePlanSchema = planFields.extend({ ...project, version: versionField });

export const milestoneFields = z.object({
  title: nameField(200),
  owner: shortText(120),
  startDate: dateField,
  dueDate: dateField,
  status: z.enum(MILESTONE_STATUSES),
  notes: longText(2000),
  // Prerequisites: other milestones of the same plan (checked on the server), without repeats.
  dependsOn: z
    .array(idField)
    .max(LIMITS.list)
    .default([])
    .transform((ids) => [...new Set(ids)]),
});

export const saveMilestoneSchema = milestoneFields
  .extend({ ...record, version: versionField })
  .superRefine((m, ctx) => {
    if (endsBeforeStart(m.startDate, m.dueDate)) ctx.addIssue({ code: "custom", path: ["dueDate"], message: "endBeforeStart" });
  });

export const addMilestoneSchema = z.object({ ...project, title: nameField(200) });
export const deleteMilestoneSchema = z.object(record);
/** Titles of the seeded chain are written in the founder's language. */
export const seedChainSchema = z.object({ ...project, locale: z.enum(LOCALES) });
export const CHECK_STATES = ["open", "done", "notApplicable"] as const;
export type CheckState = (typeof CHECK_STATES)[number];
export const setCheckSchema = z.object({ ...project, checkId: z.enum(QUALITY_CHECKS as [string, ...string[]]), state: z.enum(CHECK_STATES) });

export type PlanInput = z.output<typeof planFields>;
export type MilestoneInput = z.output<typeof milestoneFields>;
