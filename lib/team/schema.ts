import { z } from "zod";
import { idField, intField, longText, moneyField, nameField, percentField, shortText, versionField } from "@/lib/validation/fields";
import { COMMITMENTS, COMPETENCY_AREAS, HIRE_CHANNELS, HIRE_PRIORITIES, HIRE_STATUSES, ROLE_IDS, SKILL_MAX, STRATEGY_FIELDS } from "./catalogue";

export const TEAM_TEXT_MAX = { title: 120, scenario: 2000, notes: 2000, strategy: 2000 } as const;

/** The plan and strategy rows exist only once saved: version 0 means "not created yet". */
const rowVersion = z.coerce.number().int().min(0).max(1_000_000_000);

const roleList = z
  .array(z.enum(ROLE_IDS))
  .max(ROLE_IDS.length)
  .transform((roles) => [...new Set(roles)]);

const monthField = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
  .refine((m) => Number(m.slice(0, 4)) >= 2000 && Number(m.slice(0, 4)) <= 2100, { message: "invalidFormat" });

export const rolesSchema = z
  .object({
    projectId: idField,
    version: rowVersion,
    scenario: longText(TEAM_TEXT_MAX.scenario),
    rolesNow: roleList,
    rolesLater: roleList,
  })
  .refine((v) => v.rolesLater.every((r) => !v.rolesNow.includes(r)), { message: "invalid", path: ["rolesLater"] });

const skillsSchema = z.object(
  Object.fromEntries(COMPETENCY_AREAS.map((area) => [area, intField(0, SKILL_MAX).default(0)])) as Record<
    (typeof COMPETENCY_AREAS)[number],
    z.ZodDefault<ReturnType<typeof intField>>
  >,
);

export const memberFieldsSchema = z.object({
  name: nameField(),
  title: shortText(TEAM_TEXT_MAX.title),
  commitment: z.enum(COMMITMENTS),
  roles: roleList,
  skills: skillsSchema,
  equityPct: percentField,
  monthlyCost: moneyField,
});
export type MemberFields = z.output<typeof memberFieldsSchema>;

export const addMemberSchema = z.object({ projectId: idField, name: nameField() });
export const updateMemberSchema = memberFieldsSchema.extend({ projectId: idField, memberId: idField, version: versionField });
export const memberRefSchema = z.object({ projectId: idField, memberId: idField });

export const hireFieldsSchema = z.object({
  roleId: z.enum(ROLE_IDS),
  title: shortText(TEAM_TEXT_MAX.title),
  priority: z.enum(HIRE_PRIORITIES),
  targetMonth: monthField,
  monthlyBudget: moneyField,
  channel: z.enum(["", ...HIRE_CHANNELS]),
  status: z.enum(HIRE_STATUSES),
  notes: longText(TEAM_TEXT_MAX.notes),
});
export type HireFields = z.output<typeof hireFieldsSchema>;

/** A new open role; "now" starts this month, "later" a few months on (see LATER_START_MONTHS). */
export const addHireSchema = z.object({
  projectId: idField,
  roleId: z.enum(ROLE_IDS),
  priority: z.enum(HIRE_PRIORITIES).default("MEDIUM"),
  start: z.enum(["now", "later"]).default("now"),
});
export const updateHireSchema = hireFieldsSchema.extend({ projectId: idField, hireId: idField, version: versionField });
export const hireRefSchema = z.object({ projectId: idField, hireId: idField });

export const strategyFieldsSchema = z.object(
  Object.fromEntries(STRATEGY_FIELDS.map((f) => [f, longText(TEAM_TEXT_MAX.strategy)])) as Record<(typeof STRATEGY_FIELDS)[number], ReturnType<typeof longText>>,
);
export type StrategyFields = z.output<typeof strategyFieldsSchema>;
export const strategySchema = strategyFieldsSchema.extend({ projectId: idField, version: rowVersion });
