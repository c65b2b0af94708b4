"use server";
import { revalidatePath } from "next/cache";
import { projectAction } from "@/lib/actions/define";
import { fail, ok } from "@/lib/actions/result";
import { LIMITS } from "@/lib/validation/fields";
import { countRounds, countUses } from "./data";
import { addRound, addUse, deleteRound, deleteUse, saveChannel, saveFundingPlan, saveRound, saveUse, setChannel } from "./mutations";
import { addRoundSchema, addUseSchema, deleteRoundSchema, deleteUseSchema, saveChannelSchema, saveFundingPlanSchema, saveRoundSchema, saveUseSchema, setChannelSchema } from "./schema";

const PERMISSION = "plan.edit";
const SECTION = "funding";
const refresh = (projectId: string) => revalidatePath(`/projects/${projectId}/funding`);
const listFull = () => fail("validation", { fieldErrors: { _form: { code: "tooMany", values: { max: LIMITS.list } } } });

export const saveFundingPlanAction = projectAction(
  saveFundingPlanSchema,
  PERMISSION,
  async ({ projectId: _p, version, ...fields }, access) => {
    const result = await saveFundingPlan(access.projectId, version, fields, access.user.id);
    return result;
  },
);

export const addRoundAction = projectAction(
  addRoundSchema,
  PERMISSION,
  async (_input, access) => {
    if ((await countRounds(access.projectId)) >= LIMITS.list) return listFull();
    const round = await addRound(access.projectId);
    refresh(access.projectId);
    return ok(round);
  },
  { activity: { section: SECTION, summarize: (_input, round) => ({ verb: "created", itemType: "fundingRound", itemId: round.id }) } },
);

export const saveRoundAction = projectAction(
  saveRoundSchema,
  PERMISSION,
  async ({ projectId: _p, id, version, ...fields }, access) => {
    const result = await saveRound(access.projectId, id, version, fields, access.user.id);
    return result;
  },
);

export const deleteRoundAction = projectAction(
  deleteRoundSchema,
  PERMISSION,
  async ({ id }, access) => {
    const result = await deleteRound(access.projectId, id);
    if (result.ok) refresh(access.projectId);
    return result;
  },
  { activity: { section: SECTION, summarize: ({ id }) => ({ verb: "deleted", itemType: "fundingRound", itemId: id }) } },
);

export const setChannelAction = projectAction(
  setChannelSchema,
  PERMISSION,
  async ({ kind, considered }, access) => {
    const changed = await setChannel(access.projectId, kind, considered);
    refresh(access.projectId);
    return ok({ kind, considered, changed });
  },
  {
    activity: {
      section: SECTION,
      summarize: (_input, data) => (data.changed ? { verb: data.considered ? "created" : "deleted", itemType: "fundingChannel", itemLabel: data.kind } : null),
    },
  },
);

export const saveChannelAction = projectAction(
  saveChannelSchema,
  PERMISSION,
  async ({ id, version, note }, access) => {
    const result = await saveChannel(access.projectId, id, version, note, access.user.id);
    return result;
  },
);

export const addUseAction = projectAction(
  addUseSchema,
  PERMISSION,
  async ({ category }, access) => {
    if ((await countUses(access.projectId)) >= LIMITS.list) return listFull();
    const use = await addUse(access.projectId, category);
    refresh(access.projectId);
    return ok(use);
  },
  { activity: { section: SECTION, summarize: (_input, use) => ({ verb: "created", itemType: "fundsUse", itemId: use.id }) } },
);

export const saveUseAction = projectAction(
  saveUseSchema,
  PERMISSION,
  async ({ projectId: _p, id, version, ...fields }, access) => {
    const result = await saveUse(access.projectId, id, version, fields, access.user.id);
    return result;
  },
);

export const deleteUseAction = projectAction(
  deleteUseSchema,
  PERMISSION,
  async ({ id }, access) => {
    const result = await deleteUse(access.projectId, id);
    if (result.ok) refresh(access.projectId);
    return result;
  },
  { activity: { section: SECTION, summarize: ({ id }) => ({ verb: "deleted", itemType: "fundsUse", itemId: id }) } },
);
