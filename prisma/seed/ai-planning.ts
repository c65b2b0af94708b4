// Demo AI cost plans for both sample plans: exchange rates and margin target, features with their
// routing mix and usage distribution, a self-hosting comparison and cloud/model credits. Token
// counts, usage and GPU throughput are the demo founders' own estimates; model prices come from
// the shipped price book (lib/ai-pricing/price-book.json).
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { creditFieldsSchema, featureFieldsSchema, featureUsageFieldsSchema, selfHostFieldsSchema, settingsFieldsSchema } from "../../lib/ai-pricing/schema";
import type { SectionSeeder } from "./demo";

export type SeedAi = {
  settings: Parameters<typeof settingsFieldsSchema.parse>[0];
  features: (Parameters<typeof featureFieldsSchema.parse>[0] & Parameters<typeof featureUsageFieldsSchema.parse>[0])[];
  selfHost: Parameters<typeof selfHostFieldsSchema.parse>[0][];
  credits: Parameters<typeof creditFieldsSchema.parse>[0][];
};

export const ZH: SeedAi = {
  // 1 USD = 7.2 CNY is the founders' planning rate, not a market quote.
  settings: { usdRate: 7.2, cnyRate: null, eurRate: null, targetMarginPct: 70 },
  features: [
    {
      name: "合同风险审查（机构版）",
      routes: [
        { modelKey: "deepseek/deepseek-flash-cny", sharePct: 80 },
        { modelKey: "zhipu/glm-5-bailian", sharePct: 20 },
      ],
      inputTokens: 12_000,
      outputTokens: 1_500,
      cachedSharePct: 30,
      batchSharePct: 0,
      requestsPerUserMonth: 120,
      activeUsers: 40,
      // Every request comes from a seat: its serving cost per 席位·月 is 120 requests' worth.
      revenueModel: "subscription",
      requestsPerUnit: null,
      usageShape: "lognormal",
      medianRequests: 100,
      p90Ratio: 4,
      p50Requests: null,
      p90Requests: null,
      p99Requests: null,
    },
    {
      name: "个人合同体检（面向公众）",
      routes: [{ modelKey: "deepseek/deepseek-flash-cny", sharePct: 100 }],
      inputTokens: 6_000,
      outputTokens: 800,
      cachedSharePct: 0,
      batchSharePct: 0,
      requestsPerUserMonth: 3,
      activeUsers: 5_000,
      // The free public check sells nothing: it is a marketing cost, not the serving cost of a seat.
      revenueModel: null,
      requestsPerUnit: null,
      usageShape: "manual",
      medianRequests: null,
      p90Ratio: null,
      p50Requests: 2,
      p90Requests: 6,
      p99Requests: 25,
    },
  ],
  selfHost: [
    {
      name: "自建开源条款模型（4×A100）",
      gpuType: "NVIDIA A100",
      gpuCount: 4,
      hourlyPrice: 35,
      tokensPerSecond: 2_400,
      utilisationPct: 35,
      compareModelKey: "zhipu/glm-5-bailian",
      outputSharePct: 15,
      cachedSharePct: 30,
    },
  ],
  credits: [
    {
      name: "阿里云创业扶持计划算力抵扣券",
      provider: "阿里云",
      appliesTo: "cloud",
      amount: 50_000,
      startsOn: "2026-07-01",
      expiresOn: "2027-06-30",
      note: "只能抵扣云服务器和 GPU，不能抵扣模型 API 调用。",
    },
  ],
};

export const EN: SeedAi = {
  settings: { usdRate: null, cnyRate: 0.14, eurRate: null, targetMarginPct: 75 },
  features: [
    {
      name: "Visit note drafting",
      routes: [
        { modelKey: "anthropic/claude-haiku-5-5", sharePct: 85 },
        { modelKey: "anthropic/claude-opus-5-5", sharePct: 15 },
      ],
      inputTokens: 9_000,
      outputTokens: 1_200,
      cachedSharePct: 20,
      batchSharePct: 0,
      requestsPerUserMonth: 400,
      activeUsers: 40,
      // One clinician-month (the subscription's unit) is one active clinician's 400 notes.
      revenueModel: "subscription",
      requestsPerUnit: null,
      usageShape: "lognormal",
      medianRequests: 380,
      p90Ratio: 2,
      p50Requests: null,
      p90Requests: null,
      p99Requests: null,
    },
    {
      name: "Overnight patient summaries",
      routes: [{ modelKey: "openai/gpt-6-luna", sharePct: 100 }],
      inputTokens: 20_000,
      outputTokens: 600,
      cachedSharePct: 0,
      batchSharePct: 100,
      requestsPerUserMonth: 60,
      activeUsers: 40,
      revenueModel: "subscription",
      requestsPerUnit: null,
      usageShape: "manual",
      medianRequests: null,
      p90Ratio: null,
      p50Requests: 55,
      p90Requests: 90,
      p99Requests: 140,
    },
  ],
  selfHost: [
    {
      name: "Open-weights scribe model on 2× L40S",
      gpuType: "NVIDIA L40S",
      gpuCount: 2,
      hourlyPrice: 1.2,
      tokensPerSecond: 900,
      utilisationPct: 40,
      compareModelKey: "anthropic/claude-opus-5-5",
      outputSharePct: 12,
      cachedSharePct: 20,
    },
  ],
  credits: [
    { name: "Cloud start-up credits", provider: "AWS", appliesTo: "cloud", amount: 25_000, startsOn: "2026-10-01", expiresOn: "2027-09-30", note: "Year-one credits; the compute plan prices usage as if paying." },
    { name: "Model API credits", provider: "Model provider", appliesTo: "modelApi", amount: 5_000, startsOn: null, expiresOn: "2027-03-31", note: "" },
  ],
};

const asDate = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

async function seedAiPlanning(db: PrismaClient, projectId: string, seed: SeedAi) {
  const existing = (await db.aiCostSettings.count({ where: { projectId } })) + (await db.aiFeature.count({ where: { projectId } })) + (await db.aiCredit.count({ where: { projectId } }));
  if (existing > 0) return;
  // The demo obeys the same rules as the forms.
  await db.aiCostSettings.create({ data: { projectId, ...settingsFieldsSchema.parse(seed.settings) } });
  for (const feature of seed.features) {
    await db.aiFeature.create({ data: { projectId, ...featureFieldsSchema.parse(feature), ...featureUsageFieldsSchema.parse(feature) } });
  }
  await db.aiSelfHostScenario.createMany({ data: seed.selfHost.map((s) => ({ projectId, ...selfHostFieldsSchema.parse(s) })) });
  await db.aiCredit.createMany({
    data: seed.credits.map((c) => {
      const { startsOn, expiresOn, ...fields } = creditFieldsSchema.parse(c);
      return { projectId, ...fields, startsOn: asDate(startsOn), expiresOn: asDate(expiresOn) };
    }),
  });
}

export const seedAiPlanningSection: SectionSeeder = async (db, demo) => {
  await seedAiPlanning(db, demo.zhProjectId, ZH);
  await seedAiPlanning(db, demo.enProjectId, EN);
};
