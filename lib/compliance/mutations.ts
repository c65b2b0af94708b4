import "server-only";
import { db } from "@/lib/db/client";
import { fail, ok, type ActionResult } from "@/lib/actions/result";
import { changedFields } from "@/lib/activity/model";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import { CATALOGUE } from "./catalogue";
import type { ComplianceMarket, ComplianceTopic } from "./model";
import { itemSelect, obligationSelect, obligationView, planSelect, profileSelect, profileView } from "./data";
import type { ItemInput, ObligationInput, ProfileInput } from "./schema";
import { versioned } from "@/lib/actions/row-results";

/** A saved record's new version and the fields the save changed (for the activity log). */
export type Saved = ActionResult<{ version: number; changed: string[]; label?: string }>;

/** Adds every catalogue item the project does not have yet; returns how many were added. */
export async function seedChecklist(projectId: AuthorizedProjectId): Promise<{ created: number }> {
  const { count } = await db.complianceItem.createMany({
    data: CATALOGUE.map((item) => ({ projectId, catalogueKey: item.key, market: item.market, topic: item.topic })),
    skipDuplicates: true,
  });
  return { created: count };
}

export async function savePlan(projectId: AuthorizedProjectId, version: number, ipStrategy: string): Promise<Saved> {
  await db.compliancePlan.createMany({ data: [{ projectId }], skipDuplicates: true });
  const read = () => db.compliancePlan.findUnique({ where: { projectId }, select: planSelect });
  const before = await read();
  const { count } = await db.compliancePlan.updateMany({ where: { projectId, version }, data: { ipStrategy, version: { increment: 1 } } });
  if (count) return ok({ version: version + 1, changed: before ? changedFields(before, { ipStrategy }) : ["ipStrategy"] });
  const current = await read();
  return current ? fail("conflict", { current }) : fail("notFound");
}

export async function saveItem(projectId: AuthorizedProjectId, id: string, version: number, fields: ItemInput): Promise<Saved> {
  const read = () => db.complianceItem.findFirst({ where: { id, projectId }, select: itemSelect });
  const before = await read();
  if (!before) return fail("notFound");
  // The founders' own items need a title; catalogue items take theirs from the catalogue.
  if (before.catalogueKey === null && fields.title === "") return fail("validation", { fieldErrors: { title: { code: "required" } } });
  const values = { ...fields, title: before.catalogueKey === null ? fields.title : "" };
  const { count } = await db.complianceItem.updateMany({ where: { id, projectId, version }, data: { ...values, version: { increment: 1 } } });
  if (count) return ok({ version: version + 1, changed: changedFields(before, values), label: before.catalogueKey ?? values.title });
  const current = await read();
  return current ? fail("conflict", { current }) : fail("notFound");
}

export async function addItem(projectId: AuthorizedProjectId, market: ComplianceMarket, topic: ComplianceTopic, title: string) {
  return db.complianceItem.create({ data: { projectId, market, topic, title }, select: itemSelect });
}

/** Deletes one of the founders' own items; catalogue items are marked "not applicable" instead. */
export async function deleteItem(projectId: AuthorizedProjectId, id: string): Promise<ActionResult<{ id: string }>> {
  const { count } = await db.complianceItem.deleteMany({ where: { id, projectId, catalogueKey: null } });
  return count ? ok({ id }) : fail("notFound");
}

/** Saves the obligations profile; version 0 creates it (someone else creating it first is a conflict). */
export async function saveProfile(projectId: AuthorizedProjectId, version: number, fields: ProfileInput) {
  const read = () => db.complianceProfile.findUnique({ where: { projectId }, select: profileSelect }).then((row) => (row ? profileView(row) : null));
  if (version === 0) {
    const { count } = await db.complianceProfile.createMany({ data: [{ projectId, ...fields }], skipDuplicates: true });
    return versioned(count, read);
  }
  const { count } = await db.complianceProfile.updateMany({ where: { projectId, version }, data: { ...fields, version: { increment: 1 } } });
  return versioned(count, read);
}

/** Saves the tracking of one obligation; stored the first time it is touched (version 0). */
export async function saveObligation(projectId: AuthorizedProjectId, obligationKey: string, version: number, { dueDate, ...fields }: ObligationInput) {
  const where = { projectId, obligationKey };
  const data = { ...fields, dueDate: dueDate ? new Date(`${dueDate}T00:00:00Z`) : null };
  const read = () => db.complianceObligation.findUnique({ where: { projectId_obligationKey: where }, select: obligationSelect }).then((row) => (row ? obligationView(row) : null));
  if (version === 0) {
    const { count } = await db.complianceObligation.createMany({ data: [{ ...where, ...data }], skipDuplicates: true });
    return versioned(count, read);
  }
  const { count } = await db.complianceObligation.updateMany({ where: { ...where, version }, data: { ...data, version: { increment: 1 } } });
  return versioned(count, read);
}
