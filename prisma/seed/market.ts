// Demo market section for both sample plans. Market sizes are the founders' own bottom-up
// estimates and say so: the demo never presents an unsourced figure as a fact.
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { sizeFieldsSchema } from "../../lib/market/schema";
import type { ApplicationDomain, TrendKey } from "../../lib/market/model";
import type { SectionSeeder } from "./demo";

type SeedMarket = {
  research: { objective: string; dataCollection: string; analysis: string; findings: string };
  segments: { name: string; domain: ApplicationDomain; needs: string }[];
  competitors: { name: string; offering: string; strengths: string; weaknesses: string; differentiation: string }[];
  size: { tamValue: number; tamSource: string; samValue: number; samSource: string; somValue: number; somSource: string; annualPricePerCustomer: number; basis: string };
  trends: { trendKey: TrendKey | null; title: string; impact: "opportunity" | "threat" | "watch"; note: string }[];
};

export const ZH: SeedMarket = {
  research: {
    objective: "弄清中型律所和制造业企业法务部：合同审查花多少时间、现在用什么工具、谁决定采购、愿意为每份合同或每个席位付多少钱。",
    dataCollection: "访谈 24 人（14 位律所合伙人与律师、10 位企业法务）；向 3 个律师协会群发放问卷，回收 186 份；查阅律所年报和行业会议资料；收集律师在社交媒体上对 AI 审查工具的评价。",
    analysis: "按“痛点—现有做法—付费意愿”给访谈编码；按律所规模和企业行业对问卷分组比较；把试用中的 120 份合同审查结果与律师人工结论逐条对比。",
    findings: "中型所的非诉律师每周约有三分之一时间在做合同初审，最在意条款遗漏和本所审查口径的一致性；企业法务更看重与内部审批流程的衔接。按席位年费比按合同计费更容易通过采购。仍属假设：客户是否接受云端部署（部分律所要求私有化）。建议先做中型律所，私有化版本放到下一阶段验证。",
  },
  segments: [
    { name: "中型律所（20–200 名律师）的非诉团队", domain: "other", needs: "合伙人决策、按席位付费；痛点是初审耗时、年轻律师审查口径不一；现在用 Word 模板库加人工复核。" },
    { name: "制造业企业法务部（3–15 人）", domain: "other", needs: "法务负责人提出、采购部门审批；采购和销售合同量大、条款重复；希望与 OA 审批流程打通。" },
  ],
  competitors: [
    {
      name: "通用大模型聊天助手",
      offering: "把合同粘贴进对话框，让模型给出风险提示。",
      strengths: "几乎免费、上手快、能力提升快。",
      weaknesses: "不了解本所审查口径；结果不稳定、难以留痕；上传客户合同有保密顾虑。",
      differentiation: "按客户自己的审查规则逐条比对，结果可追溯、可复核，支持私有化部署。",
    },
    {
      name: "传统合同管理系统（CLM）厂商",
      offering: "合同起草、审批、归档和履约管理的一体化平台。",
      strengths: "已进入大型企业采购清单，流程功能完整。",
      weaknesses: "智能审查能力弱；实施周期长、价格高，中型律所用不起。",
      differentiation: "专注审查这一环，一周内上线，可作为插件接入客户已有的 CLM 或 OA。",
    },
    {
      name: "人工审查 + 模板库（现状）",
      offering: "律师按本所模板和清单逐条审查。",
      strengths: "客户信任、质量可控、无需新采购。",
      weaknesses: "耗时，质量依赖个人经验，新人培养慢。",
      differentiation: "把资深律师的审查清单变成可执行规则，初审时间减半，律师只做复核。",
    },
  ],
  size: {
    tamValue: 4_500_000_000,
    tamSource: "自估（待核实）：约 4 万家律所 + 约 5 万个企业法务部 × 年均 5 万元合同审查工具支出；律所数量以司法部年度统计为准。",
    samValue: 612_000_000,
    samSource: "自估：约 3000 家中型律所 × 14.4 万元/年（8 个席位 × 1,500 元 × 12 个月）+ 约 2000 个制造业企业法务部 × 9 万元/年（5 个席位）。单价与商业模式中的订阅价格一致。",
    somValue: 6_480_000,
    somSource: "自估：3 年内约 45 家中型律所 × 14.4 万元/年，与月度预测第 36 个月约 370 个席位一致（两名销售的产能）。",
    annualPricePerCustomer: 144_000,
    basis: "自下而上：客户数 × 年费。客户数来自公开统计和访谈推算，年费来自 24 次访谈中的付费意愿。未引用参考文章中的市场规模数字（它们没有来源）。",
  },
  trends: [
    { trendKey: "efficiency", title: "更便宜、更高效的模型", impact: "opportunity", note: "过去一年我们使用的开源模型推理成本明显下降（以自己的账单为准）。如果持续，可以按席位定价而不必按合同计费。" },
    { trendKey: "bigTechVsNiche", title: "巨头与垂直创业公司并存", impact: "threat", note: "大厂办公套件可能内置合同审查。应对：深耕本所口径与私有化部署，这是通用产品难以覆盖的。" },
    { trendKey: null, title: "裁判文书公开范围的变化", impact: "watch", note: "公开文书数量影响我们构建判例依据的数据来源，需每季度关注官方平台的变化。" },
  ],
};

export const EN: SeedMarket = {
  research: {
    objective: "Learn how much time independent primary-care clinicians spend on notes, what they use today, who decides on new tools, and what they would pay per clinician per month.",
    dataCollection: "18 interviews (12 clinicians, 4 practice managers, 2 medical assistants); a 9-question survey shared in two physician communities (73 answers); time-and-motion notes from 2 half-day clinic visits; public reviews of existing dictation tools.",
    analysis: "Coded interviews by pain, workaround and buying process; compared survey answers by practice size; measured note time per visit from the clinic observations.",
    findings: "Clinicians report 1–2 hours of after-hours charting a day; practice managers decide, owners sign. Price tolerance clustered around $100–150 per clinician per month (we price at $149). Still an assumption: whether patients in small practices consent readily to recording. Recommendation: start with 5–20 clinician practices already using a cloud EHR.",
  },
  segments: [
    { name: "Independent primary-care practices (5–20 clinicians) on a cloud EHR", domain: "healthcare", needs: "Practice manager evaluates, owner signs. Pain: after-hours charting and burnout. Today: typing, templates, some human scribes." },
    { name: "Urgent-care clinics", domain: "healthcare", needs: "High visit volume, short visits; need fast turnaround and simple templates. Second segment after primary care." },
  ],
  competitors: [
    {
      name: "Large ambient-scribe vendors",
      offering: "Ambient documentation sold to health systems, integrated with major EHRs.",
      strengths: "Brand, deep EHR integrations, enterprise sales teams.",
      weaknesses: "Priced and sold for large systems; long procurement; little attention to small practices.",
      differentiation: "Self-serve onboarding in a day, monthly per-clinician pricing, templates for primary care.",
    },
    {
      name: "Dictation software",
      offering: "Speech recognition that types what the clinician says.",
      strengths: "Familiar, accurate transcription, widely installed.",
      weaknesses: "Clinician still structures the note; no ambient capture of the conversation.",
      differentiation: "Drafts the structured note (history, assessment, plan) from the conversation itself.",
    },
    {
      name: "Human scribes (in-person or remote)",
      offering: "A person documents the visit for the clinician.",
      strengths: "Trusted quality, handles nuance.",
      weaknesses: "Costly, hard to staff, turnover.",
      differentiation: "A fraction of the cost, available for every visit, with the clinician reviewing and signing.",
    },
  ],
  size: {
    tamValue: 357_600_000,
    tamSource: "Own estimate, to verify: ~200,000 US primary-care clinicians × $1,788 a year ($149 a month, our list price). Clinician count to be checked against AAFP/AMA workforce data.",
    samValue: 71_520_000,
    samSource: "Own estimate: ~40,000 clinicians in independent practices on cloud EHRs × $1,788 a year ($149 a month, the top of the $100–150 range from interviews).",
    somValue: 1_072_800,
    somSource: "Own estimate: about 600 paying clinicians within 3 years × $1,788, as in the monthly forecast (300 in 18 months, then 4% a month), from pilot conversion and one founder-led sales motion.",
    annualPricePerCustomer: 1_788,
    basis: "Bottom-up: clinicians × yearly price. Prices from 18 interviews; counts to be verified. No figures are taken from the source articles (they give none with a source).",
  },
  trends: [
    { trendKey: "multimodal", title: "Multimodal models", impact: "opportunity", note: "Speech and text in one model could cut our pipeline from two models to one. Evidence so far: our own tests on 30 recorded mock visits." },
    { trendKey: "privacyPreserving", title: "Federated learning and privacy techniques", impact: "watch", note: "Clinics ask whether audio leaves their network. Watch on-device transcription; no customer has required it yet." },
    { trendKey: null, title: "EHR vendors bundling ambient scribes", impact: "threat", note: "If the practice's EHR ships its own scribe, our price must beat “free with the EHR”. Track announcements from the top 5 cloud EHRs quarterly." },
  ],
};

async function seedMarket(db: PrismaClient, projectId: string, market: SeedMarket) {
  const existing = (await db.marketResearch.count({ where: { projectId } })) + (await db.marketCompetitor.count({ where: { projectId } })) + (await db.marketSegment.count({ where: { projectId } }));
  if (existing > 0) return;
  // The demo obeys the same rules as the form: every figure sourced, SOM ≤ SAM ≤ TAM.
  const size = sizeFieldsSchema.parse(market.size);
  await db.marketResearch.create({ data: { projectId, ...market.research } });
  await db.marketSize.create({ data: { projectId, ...size } });
  await db.marketSegment.createMany({ data: market.segments.map((s) => ({ projectId, ...s })) });
  await db.marketCompetitor.createMany({ data: market.competitors.map((c) => ({ projectId, ...c })) });
  await db.marketTrend.createMany({ data: market.trends.map((t) => ({ projectId, ...t })) });
}

export const seedMarketSection: SectionSeeder = async (db, demo) => {
  await seedMarket(db, demo.zhProjectId, ZH);
  await seedMarket(db, demo.enProjectId, EN);
};
