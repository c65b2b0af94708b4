"use server";
import { revalidatePath } from "next/cache";
import { projectAction } from "@/lib/actions/define";
import { fail, ok } from "@/lib/actions/result";
import { LIMITS } from "@/lib/validation/fields";
import { CATALOGUE } from "./catalogue";
import { countItems } from "./data";
import { savedResult } from "@/lib/actions/row-results";
import { addItem, deleteItem, saveItem, saveObligation, savePlan, saveProfile, seedChecklist } from "./mutations";
import { addItemSchema, deleteItemSchema, saveItemSchema, saveObligationSchema, savePlanSchema, saveProfileSchema, seedChecklistSchema } from "./schema";

const PERMISSION = "plan.edit";
const SECTION = "compliance";
const refresh = (projectId: string) => revalidatePath(`/projects/${projectId}/compliance`);

/** Adds the catalogue's items the project does not have yet (the first time: the whole checklist). */
export const seedChecklistAction = projectAction(
  seedChecklistSchema,
  PERMISSION,
  async (_input, access) => {
    const result = await seedChecklist(access.projectId);
    if (result.created) refresh(access.projectId);
    return ok(result);
  },
  { activity: { section: SECTION, summarize: (_input, data) => (data.created ? { verb: "created", itemType: "complianceChecklist" } : null) } },
);

export const saveCompliancePlanAction = projectAction(
  savePlanSchema,
  PERMISSION,
  async ({ version, ipStrategy }, access) => {
    const result = await savePlan(access.projectId, version, ipStrategy, access.user.id);
    return result;
  },
);

export const saveItemAction = projectAction(
  saveItemSchema,
  PERMISSION,
  async ({ projectId: _p, id, version, ...fields }, access) => {
    const result = await saveItem(access.projectId, id, version, fields, access.user.id);
    return result;
  },
);

export const addItemAction = projectAction(
  addItemSchema,
  PERMISSION,
  async ({ market, topic, title }, access) => {
    // The catalogue's items plus up to LIMITS.list of the founders' own.
    if ((await countItems(access.projectId)) >= LIMITS.list + CATALOGUE.length) {
      return fail("validation", { fieldErrors: { _form: { code: "tooMany", values: { max: LIMITS.list } } } });
    }
    const item = await addItem(access.projectId, market, topic, title);
    refresh(access.projectId);
    return ok(item);
  },
  { activity: { section: SECTION, summarize: (_input, item) => ({ verb: "created", itemType: "complianceItem", itemId: item.id, itemLabel: item.title }) } },
);

export const deleteItemAction = projectAction(
  deleteItemSchema,
  PERMISSION,
  async ({ id }, access) => {
    const result = await deleteItem(access.projectId, id);
    if (result.ok) refresh(access.projectId);
    return result;
  },
  { activity: { section: SECTION, summarize: ({ id }) => ({ verb: "deleted", itemType: "complianceItem", itemId: id }) } },
);

/** The facts the AI obligations calendar is built from. */
export const saveComplianceProfileAction = projectAction(
  saveProfileSchema,
  PERMISSION,
  async ({ projectId: _p, version, ...fields }, access) => savedResult(await saveProfile(access.projectId, version, fields, access.user.id)),
);

/** Owner, due date, evidence and status of one obligation of the calendar. */
export const saveObligationAction = projectAction(
  saveObligationSchema,
  PERMISSION,
  async ({ projectId: _p, obligationKey, version, ...fields }, access) =>
    savedResult(await saveObligation(access.projectId, obligationKey, version, fields, access.user.id)),
);
