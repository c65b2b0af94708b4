// Writes of the AI cost plan. Rows are always addressed by (id AND projectId); updates are versioned
// so a stale save becomes a conflict instead of overwriting someone else's work.
import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import { mapVersioned, recordLog, rowLog, versionedWrite } from "@/lib/db/versioned-write";
import { LIMITS } from "@/lib/validation/fields";
import { shippedPrice } from "./catalogue";
import { entryFromShipped } from "./model";
import { creditSelect, creditView, featureSelect, featureView, priceEntrySelect, priceEntryView, selfHostSelect, settingsSelect } from "./data";
import type { CreditFields, FeatureFields, FeatureUsageFields, PriceEntryFields, SelfHostFields, SettingsFields } from "./schema";

type Where = { id: string; projectId: AuthorizedProjectId };
const asDate = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

// ── settings (one per project; version 0 = never saved) ──────────────────────────────────────

export function saveSettings(projectId: AuthorizedProjectId, version: number, fields: SettingsFields, actorId?: string) {
  return versionedWrite({
    model: "aiCostSettings",
    where: { projectId },
    version,
    data: fields,
    select: settingsSelect,
    create: { projectId, ...fields },
    activity: recordLog("platform", projectId, actorId, "aiCostSettings"),
  });
}

// ── prices: the founders' own models and overrides of shipped ones ───────────────────────────

export async function addCustomModel(projectId: AuthorizedProjectId, name: string, currency: string) {
  if ((await db.aiPriceEntry.count({ where: { projectId } })) >= LIMITS.list) return null;
  // A key that is not a database id, so imports and exports keep the routes that point at it.
  const modelKey = `custom-${randomUUID().slice(0, 8)}`;
  const row = await db.aiPriceEntry.create({ data: { projectId, modelKey, model: name, currency: currency === "CNY" || currency === "EUR" ? currency : "USD" }, select: priceEntrySelect });
  return priceEntryView(row);
}

/** Starts an override of a shipped price with its numbers (or returns the one that exists). */
export async function overrideModel(projectId: AuthorizedProjectId, modelKey: string) {
  const row = shippedPrice(modelKey);
  if (!row) return null;
  // The shipped note explains the shipped number; the founders write their own.
  const { asOf, note: _note, ...fields } = entryFromShipped(row);
  await db.aiPriceEntry.createMany({ data: [{ projectId, ...fields, asOf: asDate(asOf) }], skipDuplicates: true });
  const stored = await db.aiPriceEntry.findUniqueOrThrow({ where: { projectId_modelKey: { projectId, modelKey } }, select: priceEntrySelect });
  return priceEntryView(stored);
}

export async function updatePriceEntry(where: Where, version: number, { asOf, ...fields }: PriceEntryFields, actorId?: string) {
  const result = await versionedWrite({
    model: "aiPriceEntry",
    where,
    version,
    data: { ...fields, asOf: asDate(asOf) },
    select: priceEntrySelect,
    activity: rowLog("platform", where, actorId, "aiPrice", "model"),
  });
  return mapVersioned(result, priceEntryView);
}

/** Deleting an override returns the model to the shipped price. */
export async function deletePriceEntry(where: Where) {
  return (await db.aiPriceEntry.deleteMany({ where })).count === 1;
}

// ── features and their routing mix ──────────────────────────────────────────────────────────

export async function addFeature(projectId: AuthorizedProjectId, name: string) {
  if ((await db.aiFeature.count({ where: { projectId } })) >= LIMITS.list) return null;
  return featureView(await db.aiFeature.create({ data: { projectId, name }, select: featureSelect }));
}

export async function updateFeature(where: Where, version: number, fields: FeatureFields | FeatureUsageFields, actorId?: string) {
  const result = await versionedWrite({ model: "aiFeature", where, version, data: fields, select: featureSelect, activity: rowLog("platform", where, actorId, "aiFeature") });
  return mapVersioned(result, featureView);
}

export async function deleteFeature(where: Where) {
  return (await db.aiFeature.deleteMany({ where })).count === 1;
}

// ── self-hosting scenarios ──────────────────────────────────────────────────────────────────

export async function addSelfHost(projectId: AuthorizedProjectId, name: string) {
  if ((await db.aiSelfHostScenario.count({ where: { projectId } })) >= LIMITS.list) return null;
  return db.aiSelfHostScenario.create({ data: { projectId, name }, select: selfHostSelect });
}

export function updateSelfHost(where: Where, version: number, fields: SelfHostFields, actorId?: string) {
  return versionedWrite({ model: "aiSelfHostScenario", where, version, data: fields, select: selfHostSelect, activity: rowLog("platform", where, actorId, "aiSelfHost") });
}

export async function deleteSelfHost(where: Where) {
  return (await db.aiSelfHostScenario.deleteMany({ where })).count === 1;
}

// ── credits ─────────────────────────────────────────────────────────────────────────────────

export async function addCredit(projectId: AuthorizedProjectId, name: string) {
  if ((await db.aiCredit.count({ where: { projectId } })) >= LIMITS.list) return null;
  return creditView(await db.aiCredit.create({ data: { projectId, name }, select: creditSelect }));
}

export async function updateCredit(where: Where, version: number, { startsOn, expiresOn, ...fields }: CreditFields, actorId?: string) {
  const result = await versionedWrite({
    model: "aiCredit",
    where,
    version,
    data: { ...fields, startsOn: asDate(startsOn), expiresOn: asDate(expiresOn) },
    select: creditSelect,
    activity: rowLog("platform", where, actorId, "aiCredit"),
  });
  return mapVersioned(result, creditView);
}

export async function deleteCredit(where: Where) {
  return (await db.aiCredit.deleteMany({ where })).count === 1;
}
