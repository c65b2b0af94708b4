import "server-only";
import { db } from "@/lib/db/client";
import { fail, ok, type ActionResult } from "@/lib/actions/result";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import { CATALOGUE } from "./catalogue";
import type { ComplianceMarket, ComplianceTopic } from "./model";
import { itemSelect, obligationSelect, obligationView, planSelect, profileSelect, profileView } from "./data";
import type { ItemInput, ObligationInput, ProfileInput } from "./schema";
import { mapVersioned, recordLog, versionedWrite } from "@/lib/db/versioned-write";
import { savedVersion } from "@/lib/actions/row-results";

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

export async function savePlan(projectId: AuthorizedProjectId, version: number, ipStrategy: string, actorId?: string): Promise<Saved> {
  await db.compliancePlan.createMany({ data: [{ projectId }], skipDuplicates: true });
  return savedVersion(
    await versionedWrite({ model: "compliancePlan", where: { projectId }, version, data: { ipStrategy }, select: planSelect, activity: recordLog("compliance", projectId, actorId, "compliancePlan") }),
  );
}

export async function saveItem(projectId: AuthorizedProjectId, id: string, version: number, fields: ItemInput, actorId?: string): Promise<Saved> {
  const item = await db.complianceItem.findFirst({ where: { id, projectId }, select: { catalogueKey: true } });
  if (!item) return fail("notFound");
  // The founders' own items need a title; catalogue items take theirs from the catalogue.
  if (item.catalogueKey === null && fields.title === "") return fail("validation", { fieldErrors: { title: { code: "required" } } });
  const values = { ...fields, title: item.catalogueKey === null ? fields.title : "" };
  const label = item.catalogueKey ?? values.title;
  const result = await versionedWrite({
    model: "complianceItem",
    where: { id, projectId },
    version,
    data: values,
    select: itemSelect,
    activity: actorId ? { projectId, actorId, section: "compliance", itemType: "complianceItem", itemId: id, itemLabel: label } : null,
  });
  return savedVersion(result, { label });
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
export async function saveProfile(projectId: AuthorizedProjectId, version: number, fields: ProfileInput, actorId?: string) {
  const result = await versionedWrite({
    model: "complianceProfile",
    where: { projectId },
    version,
    data: fields,
    select: profileSelect,
    create: { projectId, ...fields },
    activity: recordLog("compliance", projectId, actorId, "complianceProfile"),
  });
  return mapVersioned(result, profileView);
}

/** Saves the tracking of one obligation; stored the first time it is touched (version 0). */
export async function saveObligation(projectId: AuthorizedProjectId, obligationKey: string, version: number, { dueDate, ...fields }: ObligationInput, actorId?: string) {
  const data = { ...fields, dueDate: dueDate ? new Date(`${dueDate}T00:00:00Z`) : null };
  const result = await versionedWrite({
    model: "complianceObligation",
    where: { projectId, obligationKey },
    version,
    data,
    select: obligationSelect,
    create: { projectId, obligationKey, ...data },
    activity: recordLog("compliance", projectId, actorId, "complianceObligation", obligationKey),
  });
  return mapVersioned(result, obligationView);
}
