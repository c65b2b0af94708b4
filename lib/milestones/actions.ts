"use server";
import { revalidatePath } from "next/cache";
import { projectAction } from "@/lib/actions/define";
import { fail, ok } from "@/lib/actions/result";
import { loadMessages } from "@/lib/i18n/messages";
import { LIMITS } from "@/lib/validation/fields";
import { countMilestones } from "./data";
import { planToday } from "@/lib/projects/data";
import { MILESTONE_CHAIN, type ChainStep } from "./model";
import { addMilestone, deleteMilestone, saveMilestone, savePlan, seedChain, setCheck } from "./mutations";
import { addMilestoneSchema, deleteMilestoneSchema, saveMilestoneSchema, savePlanSchema, seedChainSchema, setCheckSchema } from "./schema";

const PERMISSION = "plan.edit";
const SECTION = "milestones";
const refresh = (projectId: string) => revalidatePath(`/projects/${projectId}/milestones`);

export const savePlanAction = projectAction(
  savePlanSchema,
  PERMISSION,
  async ({ projectId: _p, version, ...fields }, access) => {
    const result = await savePlan(access.projectId, version, fields, access.user.id);
    return result;
  },
);

export const addMilestoneAction = projectAction(
  addMilestoneSchema,
  PERMISSION,
  async ({ title }, access) => {
    if ((await countMilestones(access.projectId)) >= LIMITS.list) {
      return fail("validation", { fieldErrors: { _form: { code: "tooMany", values: { max: LIMITS.list } } } });
    }
    const milestone = await addMilestone(access.projectId, title);
    refresh(access.projectId);
    return ok(milestone);
  },
  { activity: { section: SECTION, summarize: (_input, m) => ({ verb: "created", itemType: "milestone", itemId: m.id, itemLabel: m.title }) } },
);

export const saveMilestoneAction = projectAction(
  saveMilestoneSchema,
  PERMISSION,
  async ({ projectId: _p, id, version, ...fields }, access) => {
    const result = await saveMilestone(access.projectId, id, version, fields, access.user.id);
    return result;
  },
);

export const deleteMilestoneAction = projectAction(
  deleteMilestoneSchema,
  PERMISSION,
  async ({ id }, access) => {
    const result = await deleteMilestone(access.projectId, id);
    if (result.ok) refresh(access.projectId);
    return result;
  },
  { activity: { section: SECTION, summarize: ({ id }) => ({ verb: "deleted", itemType: "milestone", itemId: id }) } },
);

/** Adds the documents' chain (titles in the founder's language) when the plan has no milestones yet. */
export const seedChainAction = projectAction(
  seedChainSchema,
  PERMISSION,
  async ({ locale }, access) => {
    const chain = (loadMessages(locale).milestones as { chain: Record<ChainStep, string> }).chain;
    const titles = Object.fromEntries(MILESTONE_CHAIN.map((step) => [step, chain[step]])) as Record<ChainStep, string>;
    const result = await seedChain(access.projectId, titles, await planToday(access.projectId));
    if (result.created) refresh(access.projectId);
    return ok(result);
  },
  { activity: { section: SECTION, summarize: (_input, data) => (data.created ? { verb: "created", itemType: "milestoneChain", fields: [...MILESTONE_CHAIN] } : null) } },
);

export const setCheckAction = projectAction(
  setCheckSchema,
  PERMISSION,
  async ({ checkId, state }, access) => {
    const changed = await setCheck(access.projectId, checkId, state);
    if (changed) refresh(access.projectId);
    return ok({ checkId, state, changed });
  },
  { activity: { section: SECTION, summarize: (_input, data) => (data.changed ? { verb: "updated", itemType: "executionCheck", itemId: data.checkId, fields: ["state"] } : null) } },
);
