// Every AI cost planning action × every role, a non-member and an anonymous caller.
import { db } from "@/lib/db/client";
import {
  addCreditAction,
  addCustomModelAction,
  addFeatureAction,
  addSelfHostAction,
  deleteCreditAction,
  deleteFeatureAction,
  deletePriceEntryAction,
  deleteSelfHostAction,
  overrideModelAction,
  saveAiSettingsAction,
  updateCreditAction,
  updateFeatureAction,
  updateFeatureUsageAction,
  updatePriceEntryAction,
  updateSelfHostAction,
} from "@/lib/ai-pricing/actions";
import { SHIPPED_PRICES } from "@/lib/ai-pricing/catalogue";
import { describeGateMatrix, type MatrixWorld } from "../support/authz-matrix";

const rowId = (prepared: unknown) => (prepared as { id: string }).id;
const shippedKey = SHIPPED_PRICES[0].id;

const priceEntry = (w: MatrixWorld) => db.aiPriceEntry.create({ data: { projectId: w.project.id, modelKey: "custom-matrix01", model: "Fine-tune" } });
const feature = (w: MatrixWorld) => db.aiFeature.create({ data: { projectId: w.project.id, name: "Drafting" } });
const selfHost = (w: MatrixWorld) => db.aiSelfHostScenario.create({ data: { projectId: w.project.id, name: "2 GPUs" } });
const credit = (w: MatrixWorld) => db.aiCredit.create({ data: { projectId: w.project.id, name: "Cloud credits" } });

const priceFields = { provider: "Us", model: "Fine-tune", currency: "USD", inputPerM: 1, cachedInputPerM: null, outputPerM: 2, batchDiscountPct: null, asOf: "2026-11-20", sourceUrl: "", note: "" };
const featureFields = { name: "Drafting", routes: [{ modelKey: shippedKey, sharePct: 100 }], inputTokens: 1000, outputTokens: 200, cachedSharePct: 0, batchSharePct: 0, requestsPerUserMonth: 10, activeUsers: 5 };
const usageFields = { usageShape: "lognormal", medianRequests: 10, p90Ratio: 3, p50Requests: null, p90Requests: null, p99Requests: null };
const selfHostFields = { name: "2 GPUs", gpuType: "NVIDIA L40S", gpuCount: 2, hourlyPrice: 1.2, tokensPerSecond: 900, utilisationPct: 40, compareModelKey: shippedKey, outputSharePct: 20, cachedSharePct: 0 };
const creditFields = { name: "Cloud credits", provider: "AWS", appliesTo: "cloud", amount: 1000, startsOn: null, expiresOn: "2027-06-30", note: "" };

describeGateMatrix("AI cost planning actions", [
  { name: "saveAiSettings", permission: "plan.edit", run: (w) => saveAiSettingsAction({ projectId: w.project.id, version: 0, usdRate: 7.2, cnyRate: null, eurRate: null, targetMarginPct: 70 }) },
  { name: "addCustomModel", permission: "plan.edit", run: (w) => addCustomModelAction({ projectId: w.project.id, name: "Fine-tune" }) },
  { name: "overrideModel", permission: "plan.edit", run: (w) => overrideModelAction({ projectId: w.project.id, modelKey: shippedKey }) },
  { name: "updatePriceEntry", permission: "plan.edit", prepare: priceEntry, run: (w, p) => updatePriceEntryAction({ projectId: w.project.id, id: rowId(p), version: 1, ...priceFields }) },
  { name: "deletePriceEntry", permission: "plan.edit", prepare: priceEntry, run: (w, p) => deletePriceEntryAction({ projectId: w.project.id, id: rowId(p) }) },
  { name: "addFeature", permission: "plan.edit", run: (w) => addFeatureAction({ projectId: w.project.id, name: "Drafting" }) },
  { name: "updateFeature", permission: "plan.edit", prepare: feature, run: (w, p) => updateFeatureAction({ projectId: w.project.id, id: rowId(p), version: 1, ...featureFields }) },
  { name: "updateFeatureUsage", permission: "plan.edit", prepare: feature, run: (w, p) => updateFeatureUsageAction({ projectId: w.project.id, id: rowId(p), version: 1, ...usageFields }) },
  { name: "deleteFeature", permission: "plan.edit", prepare: feature, run: (w, p) => deleteFeatureAction({ projectId: w.project.id, id: rowId(p) }) },
  { name: "addSelfHost", permission: "plan.edit", run: (w) => addSelfHostAction({ projectId: w.project.id, name: "2 GPUs" }) },
  { name: "updateSelfHost", permission: "plan.edit", prepare: selfHost, run: (w, p) => updateSelfHostAction({ projectId: w.project.id, id: rowId(p), version: 1, ...selfHostFields }) },
  { name: "deleteSelfHost", permission: "plan.edit", prepare: selfHost, run: (w, p) => deleteSelfHostAction({ projectId: w.project.id, id: rowId(p) }) },
  { name: "addCredit", permission: "plan.edit", run: (w) => addCreditAction({ projectId: w.project.id, name: "Cloud credits" }) },
  { name: "updateCredit", permission: "plan.edit", prepare: credit, run: (w, p) => updateCreditAction({ projectId: w.project.id, id: rowId(p), version: 1, ...creditFields }) },
  { name: "deleteCredit", permission: "plan.edit", prepare: credit, run: (w, p) => deleteCreditAction({ projectId: w.project.id, id: rowId(p) }) },
]);
