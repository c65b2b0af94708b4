import { TOOLING_ITEM_IDS } from "@/lib/platform/model";
import type { ProjectSelect } from "../data";
import { asDate, byCatalogue, byCreation, isoDate, rowsOf, singleton, type SectionPart } from "./part";

// The platform step and the AI cost pages (lib/platform, lib/ai-pricing) share this section.
const select = {
  platformDataSources: {
    select: { name: true, origin: true, rights: true, rightsNotes: true, quality: true, qualityNotes: true, sensitivity: true },
    orderBy: [...byCreation],
  },
  platformComputeLines: {
    select: { name: true, purpose: true, provider: true, accelerator: true, quantity: true, hoursPerMonth: true, hourlyRate: true },
    orderBy: [...byCreation],
  },
  platformToolingItems: { select: { itemId: true, status: true, tool: true } },
  platformPartners: { select: { name: true, kind: true, status: true, contribution: true }, orderBy: [...byCreation] },
  aiCostSettings: { select: { usdRate: true, cnyRate: true, eurRate: true, targetMarginPct: true } },
  aiPriceEntries: {
    select: { modelKey: true, provider: true, model: true, currency: true, inputPerM: true, cachedInputPerM: true, outputPerM: true, batchDiscountPct: true, asOf: true, sourceUrl: true, note: true },
    orderBy: [...byCreation],
  },
  aiFeatures: {
    select: {
      name: true,
      routes: true,
      inputTokens: true,
      outputTokens: true,
      cachedSharePct: true,
      batchSharePct: true,
      requestsPerUserMonth: true,
      activeUsers: true,
      usageShape: true,
      medianRequests: true,
      p90Ratio: true,
      p50Requests: true,
      p90Requests: true,
      p99Requests: true,
      revenueModel: true,
      requestsPerUnit: true,
    },
    orderBy: [...byCreation],
  },
  aiSelfHostScenarios: {
    select: { name: true, gpuType: true, gpuCount: true, hourlyPrice: true, tokensPerSecond: true, utilisationPct: true, compareModelKey: true, outputSharePct: true, cachedSharePct: true },
    orderBy: [...byCreation],
  },
  aiCredits: { select: { name: true, provider: true, appliesTo: true, amount: true, startsOn: true, expiresOn: true, note: true }, orderBy: [...byCreation] },
} as const satisfies ProjectSelect;

export const platformPart: SectionPart<"platform", typeof select> = {
  select,
  assemble: (rows) => ({
    dataSources: rows.platformDataSources,
    computeLines: rows.platformComputeLines,
    tooling: byCatalogue(rows.platformToolingItems, TOOLING_ITEM_IDS, (t) => t.itemId),
    partners: rows.platformPartners,
    aiSettings: rows.aiCostSettings,
    aiPrices: rows.aiPriceEntries.map((entry) => ({ ...entry, asOf: isoDate(entry.asOf) })),
    aiFeatures: rows.aiFeatures,
    aiSelfHost: rows.aiSelfHostScenarios,
    aiCredits: rows.aiCredits.map((credit) => ({ ...credit, startsOn: isoDate(credit.startsOn), expiresOn: isoDate(credit.expiresOn) })),
  }),
  clear: (tx, where) => [
    () => tx.platformDataSource.deleteMany({ where }),
    () => tx.platformComputeLine.deleteMany({ where }),
    () => tx.platformToolingItem.deleteMany({ where }),
    () => tx.platformPartner.deleteMany({ where }),
    () => tx.aiPriceEntry.deleteMany({ where }),
    () => tx.aiFeature.deleteMany({ where }),
    () => tx.aiSelfHostScenario.deleteMany({ where }),
    () => tx.aiCredit.deleteMany({ where }),
  ],
  write: async (w, platform) => {
    const { tx, projectId } = w;
    await tx.platformDataSource.createMany({ data: rowsOf(w, platform.dataSources) });
    await tx.platformComputeLine.createMany({ data: rowsOf(w, platform.computeLines) });
    await tx.platformToolingItem.createMany({ data: platform.tooling.map((t) => ({ ...t, projectId })) });
    await tx.platformPartner.createMany({ data: rowsOf(w, platform.partners) });
    await singleton(w, platform.aiSettings, (a) => tx.aiCostSettings.upsert(a), (a) => tx.aiCostSettings.deleteMany(a));
    await tx.aiPriceEntry.createMany({ data: rowsOf(w, platform.aiPrices).map(({ asOf, ...entry }) => ({ ...entry, asOf: asDate(asOf) })) });
    await tx.aiFeature.createMany({ data: rowsOf(w, platform.aiFeatures) });
    await tx.aiSelfHostScenario.createMany({ data: rowsOf(w, platform.aiSelfHost) });
    await tx.aiCredit.createMany({ data: rowsOf(w, platform.aiCredits).map(({ startsOn, expiresOn, ...credit }) => ({ ...credit, startsOn: asDate(startsOn), expiresOn: asDate(expiresOn) })) });
  },
};
