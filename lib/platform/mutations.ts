// Writes of the platform section. Rows are always addressed by (id AND projectId); updates are
// versioned so a stale save becomes a conflict instead of overwriting someone else's work.
import "server-only";
import { db } from "@/lib/db/client";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import { versioned } from "@/lib/actions/row-results";
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

export async function updateDataSource(where: Where, version: number, fields: DataSourceFields) {
  const { count } = await db.platformDataSource.updateMany({ where: { ...where, version }, data: { ...fields, version: { increment: 1 } } });
  return versioned(count, () => db.platformDataSource.findFirst({ where, select: dataSourceSelect }));
}

export async function deleteDataSource(where: Where) {
  return (await db.platformDataSource.deleteMany({ where })).count === 1;
}

// ---- compute plan

export async function addComputeLine(projectId: AuthorizedProjectId, name: string) {
  if ((await db.platformComputeLine.count({ where: { projectId } })) >= LIMITS.list) return null;
  return db.platformComputeLine.create({ data: { projectId, name }, select: computeLineSelect });
}

export async function updateComputeLine(where: Where, version: number, fields: ComputeLineFields) {
  const { count } = await db.platformComputeLine.updateMany({ where: { ...where, version }, data: { ...fields, version: { increment: 1 } } });
  return versioned(count, () => db.platformComputeLine.findFirst({ where, select: computeLineSelect }));
}

export async function deleteComputeLine(where: Where) {
  return (await db.platformComputeLine.deleteMany({ where })).count === 1;
}

// ---- tooling checklist

/**
 * Saves one checklist item. Items are stored the first time they are touched: version 0 means
 * "never saved", and if someone else created it first that is a conflict like any other.
 */
export async function saveToolingItem(projectId: AuthorizedProjectId, itemId: ToolingItemId, version: number, fields: ToolingItemFields) {
  const where = { projectId, itemId };
  const read = () => db.platformToolingItem.findUnique({ where: { projectId_itemId: where }, select: toolingItemSelect });
  if (version === 0) {
    const { count } = await db.platformToolingItem.createMany({ data: [{ ...where, ...fields }], skipDuplicates: true });
    return versioned(count, read);
  }
  const { count } = await db.platformToolingItem.updateMany({ where: { ...where, version }, data: { ...fields, version: { increment: 1 } } });
  return versioned(count, read);
}

// ---- ecosystem partners

export async function addPartner(projectId: AuthorizedProjectId, name: string) {
  if ((await db.platformPartner.count({ where: { projectId } })) >= LIMITS.list) return null;
  return db.platformPartner.create({ data: { projectId, name }, select: partnerSelect });
}

export async function updatePartner(where: Where, version: number, fields: PartnerFields) {
  const { count } = await db.platformPartner.updateMany({ where: { ...where, version }, data: { ...fields, version: { increment: 1 } } });
  return versioned(count, () => db.platformPartner.findFirst({ where, select: partnerSelect }));
}

export async function deletePartner(where: Where) {
  return (await db.platformPartner.deleteMany({ where })).count === 1;
}
