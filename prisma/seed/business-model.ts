// Demo business model for both sample plans: the Chinese contract-review copilot (seats for law
// firms plus private deployments) and the English clinical scribe (per-clinician subscription
// plus EHR integration fees). Team and compute costs come from those sections' own demo data.
import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { CanvasBlock, DirectionTest, RevenueModelId } from "../../lib/plan/facts";
import type { ModelEconomicsFields } from "../../lib/business-model/schema";
import type { SectionSeeder } from "./demo";

export type SeedPlan = {
  notes: Record<CanvasBlock, string[]>;
  direction: Record<DirectionTest, { verdict: string; assessment: string; evidence: string }>;
  revenue: ({ model: RevenueModelId; rationale: string; price: number; unit: string; currentVolume: number; monthlyVolume: number; rampMonths: number; conversionPct: number | null; churnPct: number | null } & Omit<
    ModelEconomicsFields,
    "inputTokensPerUnit" | "cachedInputTokensPerUnit" | "outputTokensPerUnit" | "inputPricePerMillion" | "cachedInputPricePerMillion" | "outputPricePerMillion" | "gpuHoursPerUnit" | "gpuHourRate"
  > &
    Partial<ModelEconomicsFields>)[];
  economics: { primaryModel: RevenueModelId; modelProvider: string };
  burn: { cashOnHand: number; otherMonthlyCosts: number; otherCostsNote: string; revenueGrowthPct: number };
};

export const ZH: SeedPlan = {
  notes: {
    customerSegments: ["中型律所（20–200 名律师）的合同审查团队", "企业法务部：制造业和互联网公司，年审合同 2,000 份以上"],
    valuePropositions: ["按条款标出风险并给出修改建议，首轮审查从约 2 小时缩短到 20 分钟", "审查规则按律所或企业自己的模板和红线定制"],
    channels: ["创始人直销：面向律所管理合伙人和法务总监", "与法律 SaaS、OA 厂商集成并联合销售", "律师协会培训和法律科技行业会议"],
    customerRelationships: ["专属客户成功经理，每月一次准确率复盘", "律师在产品内一键反馈误报和漏报"],
    revenueStreams: ["按席位的年费订阅（按月折算）", "大型企业私有化部署的定制开发费"],
    keyResources: ["经授权、已脱敏的合同语料和条款风险标注库", "执业律师参与的标注与评审团队", "国产大模型 API（生成修改建议）与自有微调的条款抽取模型"],
    keyActivities: ["条款抽取与风险标注", "模型微调与每月评测", "客户审查模板接入和部署"],
    keyPartnerships: ["国产大模型厂商（API 和私有化授权）", "两家合作律所提供专家评审", "政法院校法律 NLP 实验室"],
    costStructure: ["人员成本：研发和法律专家", "大模型 API 推理费用（按输入、缓存输入和输出 token 分别计费）", "自有条款抽取模型的常驻 GPU（算力计划）", "获客：每家律所约 3.6 万元", "私有化项目的外包实施成本"],
  },
  direction: {
    marketDemand: {
      verdict: "promising",
      assessment: "中型律所普遍缺少初级律师做首轮审查，法务部合同量逐年上升。",
      evidence: "访谈 18 家律所和 6 个企业法务部，其中 11 家愿意参加付费试点。",
    },
    technicalFeasibility: {
      verdict: "promising",
      assessment: "条款抽取和常见风险识别在试点中可用；长合同和跨条款引用仍需改进。",
      evidence: "在 300 份已标注合同上，高风险条款召回率约 0.86（内部评测集）。",
    },
    competitiveAdvantage: {
      verdict: "unsure",
      assessment: "优势在于执业律师参与制定的审查规则和客户自有模板；通用大模型产品也在进入这一市场。",
      evidence: "",
    },
    profitModel: {
      verdict: "promising",
      assessment: "按席位订阅为主（每家律所平均 8 个席位，约 14.4 万元 / 年），私有化部署收取定制开发费；大模型 API 推理成本约占单席位收入的 1%。",
      evidence: "3 家试点律所已转为付费客户，按 1,500 元 / 席位 / 月共 24 个席位。",
    },
  },
  revenue: [
    {
      model: "subscription",
      rationale: "律师每天都要审合同，使用频率稳定，适合按席位订阅。现有 3 家付费律所共 24 个席位，计划 24 个月内达到 240 个席位（约 30 家律所），之后每月增长 4%。",
      price: 1500,
      unit: "席位·月",
      currentVolume: 24,
      monthlyVolume: 240,
      rampMonths: 24,
      conversionPct: 20,
      churnPct: 2,
      unitsPerCustomer: 8,
      cac: 36000,
      // One seat-month ≈ 60 contracts; per contract 25k input tokens (the contract), 10k cached
      // input (review rules and template), 5k output: 1.5M + 0.6M + 0.3M tokens.
      inferenceMode: "tokens",
      inputTokensPerUnit: 1_500_000,
      cachedInputTokensPerUnit: 600_000,
      outputTokensPerUnit: 300_000,
      inputPricePerMillion: 4,
      cachedInputPricePerMillion: 1,
      outputPricePerMillion: 16,
      hostingPerUnit: 5,
    },
    {
      model: "customDevelopment",
      rationale: "大型企业要求私有化部署和系统对接，按项目收费；预计一年后每季度一个项目。模型跑在客户自己的服务器上，我们只承担外包实施成本。",
      price: 300000,
      unit: "私有化项目",
      currentVolume: 0,
      monthlyVolume: 0.25,
      rampMonths: 12,
      conversionPct: null,
      churnPct: null,
      unitsPerCustomer: 1,
      cac: 20000,
      inferenceMode: "none",
      hostingPerUnit: 40000,
    },
  ],
  economics: { primaryModel: "subscription", modelProvider: "国产大模型 API" },
  burn: { cashOnHand: 2_500_000, otherMonthlyCosts: 60000, otherCostsNote: "办公场地、法律与财务服务、软件订阅、差旅", revenueGrowthPct: 4 },
};

export const EN: SeedPlan = {
  notes: {
    customerSegments: ["Independent outpatient clinics with 5–30 clinicians (primary care, paediatrics)", "Clinic groups standardising documentation across sites"],
    valuePropositions: ["Drafts the visit note from the conversation: clinicians review it in about 2 minutes instead of typing for 10", "Notes follow the clinic's own templates and are ready for the EHR"],
    channels: ["Direct sales to practice managers", "EHR marketplace listings", "Referrals from pilot clinics"],
    customerRelationships: ["Hands-on onboarding for each clinic", "In-app corrections that improve the templates"],
    revenueStreams: ["Per-clinician monthly subscription", "One-off EHR integration fee for clinic groups"],
    keyResources: ["De-identified, consented visit recordings for evaluation", "A physician advisor", "Speech-to-text API and LLM note pipeline"],
    keyActivities: ["Evaluating transcription and note quality", "Building EHR integrations", "Privacy and security reviews"],
    keyPartnerships: ["LLM provider API under a business associate agreement", "EHR vendors", "A university medical informatics lab"],
    costStructure: ["Engineering and clinical salaries", "Speech-to-text and LLM API calls for every visit (about $16 per clinician-month)", "About $4,500 to win a clinic", "Security audits and compliance"],
  },
  direction: {
    marketDemand: {
      verdict: "strong",
      assessment: "Documentation time is the most cited reason for clinician burnout in the clinics we spoke to.",
      evidence: "22 clinician interviews; 4 clinics asked to join the pilot.",
    },
    technicalFeasibility: {
      verdict: "promising",
      assessment: "Drafts are usable for routine visits; multi-speaker visits and accents need work.",
      evidence: "Pilot: clinicians accepted 78 % of drafted notes with minor edits (internal measure, 2 clinics).",
    },
    competitiveAdvantage: {
      verdict: "weak",
      assessment: "Large EHR vendors and funded scribes exist; our edge is fast template customisation for small clinics.",
      evidence: "",
    },
    profitModel: {
      verdict: "promising",
      assessment: "Per-clinician subscription at $149 a month with integration fees for groups; speech-to-text ($12) and the routed model calls (about $3.70) cost about $16 per clinician-month, 11% of the price.",
      evidence: "",
    },
  },
  revenue: [
    {
      model: "subscription",
      rationale: "Clinicians document every visit, every day: steady use suits a monthly seat. Priced at $149, the top of the $100–150 range clinicians named in interviews. Pilots are free today; 300 paying clinicians (about 50 clinics) expected in 18 months.",
      price: 149,
      unit: "clinician-month",
      currentVolume: 0,
      monthlyVolume: 300,
      rampMonths: 18,
      conversionPct: 25,
      churnPct: 2.5,
      unitsPerCustomer: 6,
      cac: 4500,
      // One clinician-month ≈ 300 visits; per visit 6k input tokens (the transcript), 2k cached
      // input (instructions and the clinic's template), 1k output (the note).
      inferenceMode: "tokens",
      inputTokensPerUnit: 1_800_000,
      cachedInputTokensPerUnit: 600_000,
      outputTokensPerUnit: 300_000,
      inputPricePerMillion: 3,
      cachedInputPricePerMillion: 0.3,
      outputPricePerMillion: 15,
      // Speech-to-text API for about 4,500 minutes of audio, plus storage.
      hostingPerUnit: 12,
    },
    {
      model: "serviceFees",
      rationale: "Clinic groups need their EHR connected; charged once per integration, sold to subscribing clinics (no separate acquisition cost).",
      price: 4000,
      unit: "EHR integration",
      currentVolume: 0,
      monthlyVolume: 0.5,
      rampMonths: 6,
      conversionPct: null,
      churnPct: null,
      unitsPerCustomer: 1,
      cac: 0,
      inferenceMode: "none",
      hostingPerUnit: 0,
    },
  ],
  economics: { primaryModel: "subscription", modelProvider: "LLM provider API (with a BAA)" },
  burn: { cashOnHand: 1_200_000, otherMonthlyCosts: 9000, otherCostsNote: "Office, insurance, legal, security audit, software", revenueGrowthPct: 4 },
};

async function seedPlan(db: PrismaClient, projectId: string, plan: SeedPlan) {
  const existing = await db.project.findUniqueOrThrow({
    where: { id: projectId },
    select: { _count: { select: { canvasNotes: true, revenueModelChoices: true, directionAssessments: true } }, unitEconomics: { select: { id: true } }, burnPlan: { select: { id: true } } },
  });
  const counts = existing._count;
  if (counts.canvasNotes + counts.revenueModelChoices + counts.directionAssessments > 0 || existing.unitEconomics || existing.burnPlan) return;

  await db.$transaction(async (tx) => {
    await tx.canvasNote.createMany({
      data: Object.entries(plan.notes).flatMap(([block, texts]) => texts.map((text, position) => ({ projectId, block, text, position }))),
    });
    await tx.directionAssessment.createMany({ data: Object.entries(plan.direction).map(([test, d]) => ({ projectId, test, ...d })) });
    // Created one by one so the order in which they were chosen is kept.
    for (const choice of plan.revenue) await tx.revenueModelChoice.create({ data: { projectId, ...choice } });
    await tx.unitEconomics.create({ data: { projectId, thirdPartyModelApi: true, ...plan.economics } });
    await tx.burnPlan.create({ data: { projectId, includeServingCost: true, ...plan.burn } });
  });
}

export const seedBusinessModelSection: SectionSeeder = async (db, demo) => {
  await seedPlan(db, demo.zhProjectId, ZH);
  await seedPlan(db, demo.enProjectId, EN);
};
