// Platform & resources: the catalogues behind the pickers and checklist, the compute-cost
// arithmetic, step completion and the facts other sections read. Pure: no I/O.
import type { PlatformFacts } from "@/lib/plan/facts";

export const DATA_ORIGINS = ["own", "customer", "public", "licensed", "partner", "synthetic", "webCollected"] as const;
export type DataOrigin = (typeof DATA_ORIGINS)[number];

/** Whether the right to use the data (licence, contract, consent) is written down. */
export const DATA_RIGHTS = ["documented", "inProgress", "unknown"] as const;
export type DataRights = (typeof DATA_RIGHTS)[number];

export const DATA_QUALITY = ["high", "medium", "low", "unknown"] as const;
export const DATA_SENSITIVITY = ["public", "internal", "personal", "sensitivePersonal"] as const;
export type DataSensitivity = (typeof DATA_SENSITIVITY)[number];

export const COMPUTE_PURPOSES = ["training", "fineTuning", "inference", "development", "other"] as const;

/** Suggestions only (a datalist): providers the source documents name, plus the main Chinese clouds. */
export const PROVIDER_SUGGESTIONS = [
  "AWS",
  "Microsoft Azure",
  "Google Cloud",
  "Alibaba Cloud",
  "Tencent Cloud",
  "Huawei Cloud",
  "Baidu AI Cloud",
  "Volcano Engine",
  "Google Colab",
] as const;
export const ACCELERATOR_SUGGESTIONS = ["NVIDIA H100", "NVIDIA A100", "NVIDIA L40S", "NVIDIA A10", "NVIDIA T4", "NVIDIA RTX 4090", "Huawei Ascend 910B", "Google TPU", "CPU"] as const;

/** The most hours one accelerator can run in a month (31 days). */
export const MAX_HOURS_PER_MONTH = 744;
export const MAX_ACCELERATORS = 100_000;
export const MAX_HOURLY_RATE = 1_000_000;

/**
 * The tooling and MLOps checklist. From the source documents' tools list (doc 004) and the
 * engineering checklists (doc 002 §7); `own` items are Launchpad's additions.
 */
export const TOOLING_ITEMS = [
  { id: "framework", own: false },
  { id: "versionControl", own: false },
  { id: "codeReview", own: false },
  { id: "ciCd", own: false },
  { id: "environments", own: false },
  { id: "containers", own: false },
  { id: "experimentTracking", own: true },
  { id: "dataVersioning", own: true },
  { id: "testing", own: false },
  { id: "deployment", own: false },
  { id: "monitoring", own: false },
  { id: "logging", own: false },
  { id: "storageBackup", own: false },
  { id: "modelOptimisation", own: false },
  { id: "taskTracking", own: false },
] as const;
export type ToolingItemId = (typeof TOOLING_ITEMS)[number]["id"];
export const TOOLING_ITEM_IDS = TOOLING_ITEMS.map((i) => i.id) as [ToolingItemId, ...ToolingItemId[]];

export const TOOLING_STATUSES = ["open", "planned", "inPlace", "notNeeded"] as const;
export type ToolingStatus = (typeof TOOLING_STATUSES)[number];

export const PARTNER_KINDS = ["university", "research", "cloudPlatform", "modelPlatform", "industry", "openSource", "government", "other"] as const;
export const PARTNER_STATUSES = ["idea", "talking", "agreed", "active"] as const;

export type ComputeUsage = { quantity: number; hoursPerMonth: number; hourlyRate: number };

function roundCents(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Monthly cost of one compute line: accelerators × hours each per month × rate per accelerator-hour. */
export function computeLineMonthlyCost({ quantity, hoursPerMonth, hourlyRate }: ComputeUsage): number {
  const cost = quantity * hoursPerMonth * hourlyRate;
  // Inputs are validated, but a stored row must never turn the burn into NaN or a negative number.
  return Number.isFinite(cost) && cost > 0 ? roundCents(cost) : 0;
}

/** The whole compute plan's monthly cost: the sum of its lines. */
export function computeMonthlyCost(lines: readonly ComputeUsage[]): number {
  return roundCents(lines.reduce((sum, line) => sum + computeLineMonthlyCost(line), 0));
}

export type PlatformData = {
  dataSources: { rights: string; sensitivity: string }[];
  computeLines: (ComputeUsage & { provider: string; purpose?: string })[];
  toolingItems: { itemId: string; status: string }[];
  partners: unknown[];
};

/** The stored status of every checklist item; items never touched are "open". */
export function toolingStatuses(stored: readonly { itemId: string; status: string }[]): Record<ToolingItemId, ToolingStatus> {
  const byId = new Map(stored.map((s) => [s.itemId, s.status]));
  return Object.fromEntries(
    TOOLING_ITEM_IDS.map((id) => {
      const status = byId.get(id);
      return [id, (TOOLING_STATUSES as readonly string[]).includes(status ?? "") ? (status as ToolingStatus) : "open"];
    }),
  ) as Record<ToolingItemId, ToolingStatus>;
}

/** A compute plan exists once one line has a provider and a positive monthly cost. */
export function computePlanDefined(lines: PlatformData["computeLines"]): boolean {
  return lines.some((line) => line.provider.trim() !== "" && computeLineMonthlyCost(line) > 0);
}

export function platformFactsOf(data: PlatformData): PlatformFacts {
  const statuses = Object.values(toolingStatuses(data.toolingItems));
  return {
    dataSources: data.dataSources.length,
    dataSourcesWithRightsAndConsent: data.dataSources.filter((s) => s.rights === "documented").length,
    // Any personal information (ordinary or sensitive) raises privacy and consent duties.
    sensitiveDataSources: data.dataSources.filter((s) => s.sensitivity === "personal" || s.sensitivity === "sensitivePersonal").length,
    computePlanDefined: computePlanDefined(data.computeLines),
    computeMonthlyCost: computeMonthlyCost(data.computeLines),
    inferenceComputeMonthlyCost: computeMonthlyCost(data.computeLines.filter((line) => line.purpose === "inference")),
    toolingDone: statuses.filter((s) => s === "inPlace").length,
    // Items marked "not needed" are not counted against the project.
    toolingTotal: statuses.filter((s) => s !== "notNeeded").length,
    ecosystemPartners: data.partners.length,
  };
}

export const PLATFORM_STEPS = ["data", "compute", "tooling", "ecosystem"] as const;
export type PlatformStep = (typeof PLATFORM_STEPS)[number];

export function platformStepCompletion(data: PlatformData): Record<PlatformStep, boolean> {
  const statuses = Object.values(toolingStatuses(data.toolingItems));
  return {
    // Every source says where its rights stand (even "in progress" is a decision made).
    data: data.dataSources.length > 0 && data.dataSources.every((s) => s.rights !== "unknown"),
    compute: computePlanDefined(data.computeLines),
    // Every checklist item has been considered.
    tooling: statuses.every((s) => s !== "open"),
    ecosystem: data.partners.length > 0,
  };
}
