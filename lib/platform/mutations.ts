// Writes of the platform section. Rows are always addressed by (id AND projectId); updates are
// versioned so a stale save becomes a conflict instead of overwriting someone else's work.
import "server-only";
import { db } from "@/lib/db/client";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import { recordLog, rowLog, versionedWrite } from "@/lib/db/versioned-write";
import { LIMITS } from "@/lib/validation/fields";
import { computeLineSelect, dataSourceSelect, partnerSelect, toolingItemSelect } from "./data";
import type { ComputeLineFields, DataSourceFields, PartnerFields, ToolingItemFields } from "./schema";
import type { ToolingItemId } from "./model";

type Where = { id: string; projectId: AuthorizedProjectId };


// ---- data sources

export async function addDataSource(projectId: AuthorizedProjectId, name: string) {
  if ((await db.platformDataSource.count({ where: { projectId } })) >= LIMITS.list) return null;
  return db.platformDataSource.create({ data: { projectId, name }, select: dataSourceSelect });
}

export function updateDataSource(where: Where, version: number, fields: DataSourceFields, actorId?: string) {
  return versionedWrite({ model: "platformDataSource", where, version, data: fields, select: dataSourceSelect, activity: rowLog("platform", where, actorId, "dataSource") });
}

export async function deleteDataSource(where: Where) {
  return (await db.platformDataSource.deleteMany({ where })).count === 1;
}

// ---- compute plan

export async function addComputeLine(projectId: AuthorizedProjectId, name: string) {
  if ((await db.platformComputeLine.count({ where: { projectId } })) >= LIMITS.list) return null;
  return db.platformComputeLine.create({ data: { projectId, name }, select: computeLineSelect });
}

export function updateComputeLine(where: Where, version: number, fields: ComputeLineFields, actorId?: string) {
  return versionedWrite({ model: "platformComputeLine", where, version, data: fields, select: computeLineSelect, activity: rowLog("platform", where, actorId, "computeLine") });
}

export async function deleteComputeLine(where: Where) {
  return (await db.platformComputeLine.deleteMany({ where })).count === 1;
}

// ---- tooling checklist

/**
 * Saves one checklist item. Items are stored the first time they are touched: version 0 means
 * "never saved", and if someone else created it first that is a conflict like any other.
 */
export function saveToolingItem(projectId: AuthorizedProjectId, itemId: ToolingItemId, version: number, fields: ToolingItemFields, actorId?: string) {
  return versionedWrite({
    model: "platformToolingItem",
    where: { projectId, itemId },
    version,
    data: fields,
    select: toolingItemSelect,
    create: { projectId, itemId, ...fields },
    activity: recordLog("platform", projectId, actorId, "toolingItem", itemId),
  });
}

// ---- ecosystem partners

export async function addPartner(projectId: AuthorizedProjectId, name: string) {
  if ((await db.platformPartner.count({ where: { projectId } })) >= LIMITS.list) return null;
  return db.platformPartner.create({ data: { projectId, name }, select: partnerSelect });
}

export function updatePartner(where: Where, version: number, fields: PartnerFields, actorId?: string) {
  return versionedWrite({ model: "platformPartner", where, version, data: fields, select: partnerSelect, activity: rowLog("platform", where, actorId, "partner") });
}

export async function deletePartner(where: Where) {
  return (await db.platformPartner.deleteMany({ where })).count === 1;
}
