// Writes of the AI cost plan. Rows are always addressed by (id AND projectId); updates are versioned
// so a stale save becomes a conflict instead of overwriting someone else's work.
import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import { versioned } from "@/lib/actions/row-results";
import { LIMITS } from "@/lib/validation/fields";
import { shippedPrice } from "./catalogue";
import { entryFromShipped } from "./model";
import { creditSelect, creditView, featureSelect, featureView, priceEntrySelect, priceEntryView, selfHostSelect, settingsSelect } from "./data";
import type { CreditFields, FeatureFields, FeatureUsageFields, PriceEntryFields, SelfHostFields, SettingsFields } from "./schema";

type Where = { id: string; projectId: AuthorizedProjectId };
const asDate = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

// ── settings (one per project; version 0 = never saved) ──────────────────────────────────────

export async function saveSettings(projectId: AuthorizedProjectId, version: number, fields: SettingsFields) {
  const read = () => db.aiCostSettings.findUnique({ where: { projectId }, select: settingsSelect });
  if (version === 0) {
    const { count } = await db.aiCostSettings.createMany({ data: [{ projectId, ...fields }], skipDuplicates: true });
    return versioned(count, read);
  }
  const { count } = await db.aiCostSettings.updateMany({ where: { projectId, version }, data: { ...fields, version: { increment: 1 } } });
  return versioned(count, read);
}

// ── prices: the founders' own models and overrides of shipped ones ───────────────────────────

const readEntry = (where: Where) => db.aiPriceEntry.findFirst({ where, select: priceEntrySelect }).then((row) => (row ? priceEntryView(row) : null));

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

export async function updatePriceEntry(where: Where, version: number, { asOf, ...fields }: PriceEntryFields) {
  const { count } = await db.aiPriceEntry.updateMany({ where: { ...where, version }, data: { ...fields, asOf: asDate(asOf), version: { increment: 1 } } });
  return versioned(count, () => readEntry(where));
}

/** Deleting an override returns the model to the shipped price. */
export async function deletePriceEntry(where: Where) {
  return (await db.aiPriceEntry.deleteMany({ where })).count === 1;
}

// ── features and their routing mix ──────────────────────────────────────────────────────────

const readFeature = (where: Where) => db.aiFeature.findFirst({ where, select: featureSelect }).then((row) => (row ? featureView(row) : null));

export async function addFeature(projectId: AuthorizedProjectId, name: string) {
  if ((await db.aiFeature.count({ where: { projectId } })) >= LIMITS.list) return null;
  return featureView(await db.aiFeature.create({ data: { projectId, name }, select: featureSelect }));
}

export async function updateFeature(where: Where, version: number, fields: FeatureFields | FeatureUsageFields) {
  const { count } = await db.aiFeature.updateMany({ where: { ...where, version }, data: { ...fields, version: { increment: 1 } } });
  return versioned(count, () => readFeature(where));
}

export async function deleteFeature(where: Where) {
  return (await db.aiFeature.deleteMany({ where })).count === 1;
}

// ── self-hosting scenarios ──────────────────────────────────────────────────────────────────

export async function addSelfHost(projectId: AuthorizedProjectId, name: string) {
  if ((await db.aiSelfHostScenario.count({ where: { projectId } })) >= LIMITS.list) return null;
  return db.aiSelfHostScenario.create({ data: { projectId, name }, select: selfHostSelect });
}

export async function updateSelfHost(where: Where, version: number, fields: SelfHostFields) {
  const { count } = await db.aiSelfHostScenario.updateMany({ where: { ...where, version }, data: { ...fields, version: { increment: 1 } } });
  return versioned(count, () => db.aiSelfHostScenario.findFirst({ where, select: selfHostSelect }));
}

export async function deleteSelfHost(where: Where) {
  return (await db.aiSelfHostScenario.deleteMany({ where })).count === 1;
}

// ── credits ─────────────────────────────────────────────────────────────────────────────────

const readCredit = (where: Where) => db.aiCredit.findFirst({ where, select: creditSelect }).then((row) => (row ? creditView(row) : null));

export async function addCredit(projectId: AuthorizedProjectId, name: string) {
  if ((await db.aiCredit.count({ where: { projectId } })) >= LIMITS.list) return null;
  return creditView(await db.aiCredit.create({ data: { projectId, name }, select: creditSelect }));
}

export async function updateCredit(where: Where, version: number, { startsOn, expiresOn, ...fields }: CreditFields) {
  const { count } = await db.aiCredit.updateMany({ where: { ...where, version }, data: { ...fields, startsOn: asDate(startsOn), expiresOn: asDate(expiresOn), version: { increment: 1 } } });
  return versioned(count, () => readCredit(where));
}

export async function deleteCredit(where: Where) {
  return (await db.aiCredit.deleteMany({ where })).count === 1;
}
