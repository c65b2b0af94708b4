// Plan files and snapshots from before each revenue model had its own economics: the project-wide
// unit economics held one blended token price (applied to all tokens), GPU hours, hosting, units
// per customer and CAC, for the primary model only. Pure; mirrors the database migration
// 20261206120000_forecast_per_model_economics so a restored snapshot loses nothing either.
import { resolvePrimaryModel } from "./model";
import type { LegacyUnitEconomicsFields, ModelEconomicsFields, UnitEconomicsFields } from "./schema";
import type { RevenueModelId } from "@/lib/plan/facts";

type Row = { model: RevenueModelId } & ModelEconomicsFields;

const LEGACY_KEYS = ["inferenceMode", "tokensPerUnit", "pricePerMillionTokens", "gpuHoursPerUnit", "gpuHourRate", "hostingPerUnit", "unitsPerCustomer", "cac"] as const;
const ECONOMICS_KEYS = [
  "unitsPerCustomer",
  "cac",
  "inputTokensPerUnit",
  "cachedInputTokensPerUnit",
  "outputTokensPerUnit",
  "inputPricePerMillion",
  "cachedInputPricePerMillion",
  "outputPricePerMillion",
  "gpuHoursPerUnit",
  "gpuHourRate",
  "hostingPerUnit",
] as const;

export function upgradeLegacyEconomics<R extends Row, S extends { revenueModels: R[]; unitEconomics: (UnitEconomicsFields & LegacyUnitEconomicsFields) | null }>(
  section: S,
): Omit<S, "unitEconomics"> & { unitEconomics: UnitEconomicsFields | null } {
  const legacy = section.unitEconomics;
  if (!legacy) return { ...section, unitEconomics: null };
  const { primaryModel, thirdPartyModelApi, modelProvider } = legacy;
  const unitEconomics = { primaryModel, thirdPartyModelApi, modelProvider };
  const hasLegacy = LEGACY_KEYS.some((key) => legacy[key] !== undefined && legacy[key] !== null && !(key === "inferenceMode" && legacy[key] === "tokens"));
  const target = resolvePrimaryModel(
    section.revenueModels.map((r) => r.model),
    primaryModel,
  );
  // A model that already has its own economics keeps them.
  const row = section.revenueModels.find((r) => r.model === target);
  if (!hasLegacy || !row || ECONOMICS_KEYS.some((key) => row[key] !== null)) return { ...section, unitEconomics };
  const upgraded: R = {
    ...row,
    inferenceMode: legacy.inferenceMode ?? "tokens",
    inputTokensPerUnit: legacy.tokensPerUnit ?? null,
    inputPricePerMillion: legacy.pricePerMillionTokens ?? null,
    gpuHoursPerUnit: legacy.gpuHoursPerUnit ?? null,
    gpuHourRate: legacy.gpuHourRate ?? null,
    hostingPerUnit: legacy.hostingPerUnit ?? null,
    unitsPerCustomer: legacy.unitsPerCustomer ?? null,
    cac: legacy.cac ?? null,
  };
  return { ...section, revenueModels: section.revenueModels.map((r) => (r === row ? upgraded : r)), unitEconomics };
}
