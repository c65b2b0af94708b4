// Demo funding section for both sample plans: the need and its timing, the rounds, the channels
// considered and a use-of-funds table that adds up to the ask. Amounts are the demo founders' own
// figures in each project's currency (法务智审 in CNY, ClinicNote AI in USD).
import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { ChannelKind } from "../../lib/funding/model";
import { fundingPlanFields, roundFields, useFields, type RoundInput } from "../../lib/funding/schema";
import { addMonths, monthOf, type Month } from "../../lib/team/cost";
import type { SectionSeeder } from "./demo";

/** The 15th of the month `inMonths` from `month`: a round's target date. */
export const roundDate = (month: Month, inMonths: number) => `${addMonths(month, inMonths)}-15`;

export type SeedFunding = {
  plan: Parameters<typeof fundingPlanFields.parse>[0];
  /** Target dates are months from the day the demo is loaded, so the demo never goes stale. */
  rounds: (Omit<RoundInput, "targetDate"> & { inMonths: number })[];
  channels: { kind: ChannelKind; note: string }[];
  uses: Parameters<typeof useFields.parse>[0][];
};

export const ZH: SeedFunding = {
  plan: {
    needAmount: 8_000_000,
    needTiming: "约 4 个月内到账（种子轮的目标日期），在现金用完之前",
    // Figures from the monthly forecast of this demo plan (pinned in lib/forecast/model.test.ts).
    rationale: "按月度预测：团队从 4 人扩到 10 人后，月净消耗在第 8 个月达到峰值约 29 万元，前 24 个月累计净消耗约 449 万元；不融资时现金在第 10 个月用完。800 万元（种子轮 750 万元 + 扶持资金 50 万元）覆盖这段消耗，并为回款或转化慢于预期留出缓冲（悲观情景下计入融资后现金同样够用 36 个月），预计第 27 个月起单月盈亏平衡。金额按人员、算力和标注预算逐项估算（见资金用途）。",
    structure: "以股权为主：种子轮 750 万元，出让约 15%；另申请 50 万元科技型中小企业扶持资金作为补充。不用银行贷款支撑研发——收入尚不稳定，按期还款压力太大。",
    budgetPlan: "按季度预算，分为人员、算力、数据标注、合规与市场五项；陈思远负责总预算，李明哲负责算力和数据标注两项。",
    costMonitoring: "每月 5 日核对上月云服务账单和人员支出，超出预算 10% 的项目在周会上说明原因；推理算力按客户拆分，发现单客户毛利为负立即调整。",
  },
  rounds: [
    { stage: "angel", amount: 6_000_000, instrument: "equity", inMonths: -14, status: "closed", notes: "两位律所合伙人和一位法律科技创业者，出让 12%。" },
    { stage: "seed", amount: 7_500_000, instrument: "equity", inMonths: 4, status: "inProgress", notes: "已与两家关注企业服务的早期基金进入尽调。" },
    { stage: "other", amount: 500_000, instrument: "grant", inMonths: 7, status: "planned", notes: "科技型中小企业扶持资金，需先完成科技型中小企业评价入库。" },
  ],
  channels: [
    { kind: "angel", note: "天使轮已完成；天使投资人同时是试点客户的引荐人。" },
    { kind: "vc", note: "种子轮主渠道；优先选择投过企业服务和法律科技的基金。" },
    { kind: "government", note: "申请科技型中小企业扶持资金和本地创新创业基金；注意申报窗口和到账周期，预测中按目标日期（第 7 个月）到账计入；若延后，请修改目标日期。" },
  ],
  uses: [
    { category: "hiring", amount: 4_000_000, note: "种子轮后新增算法工程师、前端工程师和客户成功经理（见团队招聘计划）" },
    { category: "compute", amount: 1_800_000, note: "微调与推理算力，含私有化部署测试环境" },
    { category: "data", amount: 800_000, note: "合同标注（执业律师按条计费）" },
    { category: "compliance", amount: 400_000, note: "算法备案准备、等保测评、外部律师意见" },
    { category: "marketing", amount: 600_000, note: "律协活动、行业会议和试点案例" },
    { category: "reserve", amount: 400_000, note: "备用金，应对融资或回款延迟" },
  ],
};

export const EN: SeedFunding = {
  plan: {
    needAmount: 3_000_000,
    needTiming: "In about 9 months (the seed's target date), well before the cash runs out",
    // Figures from the monthly forecast of this demo plan (pinned in lib/forecast/model.test.ts).
    rationale: "From the monthly forecast: net burn peaks at about $76k a month (month 13, once the team is eight) and the first 24 months burn about $1.5M in total; without the round, cash runs out in month 19. The $2.7M seed plus the $300k grant cover that and keep a buffer of more than $2M for a slower ramp (cash also lasts the 36 months in the downside scenario) and for the Series A process: 300 paying clinicians in 18 months, then 4% growth a month. Sized line by line (see use of funds).",
    structure: "$2.7M equity for the seed round (about 15–18% dilution) and a $300k non-dilutive research grant applied for in parallel. No bank debt before revenue is recurring.",
    budgetPlan: "Quarterly budget in five lines: people, compute, data and annotation, compliance and security, go-to-market. Maya owns the total; Daniel owns compute and data.",
    costMonitoring: "Cloud and transcription bills reviewed on the 1st of each month against the budget; cost per documented visit tracked weekly and alerted above $0.60.",
  },
  rounds: [
    { stage: "preSeed", amount: 1_500_000, instrument: "equity", inMonths: -7, status: "closed", notes: "A pre-seed fund and two angels (a former clinic-chain COO and a health-tech founder) on SAFEs." },
    { stage: "seed", amount: 2_700_000, instrument: "equity", inMonths: 9, status: "planned", notes: "Start outreach once 3 pilots convert to paid." },
    { stage: "other", amount: 300_000, instrument: "grant", inMonths: 10, status: "planned", notes: "Small-business innovation research grant application; timing uncertain." },
  ],
  channels: [
    { kind: "angel", note: "Pre-seed done; angels help with clinic introductions." },
    { kind: "vc", note: "Seed lead from a health-tech or vertical-SaaS fund." },
    { kind: "government", note: "Research grant for the clinical-accuracy evaluation work; long review cycle." },
  ],
  uses: [
    { category: "hiring", amount: 1_600_000, note: "Account executive and QA engineer after the round (see the hiring plan), and the team's salaries until revenue covers them" },
    { category: "compute", amount: 450_000, note: "Transcription and note-generation inference, fine-tuning runs" },
    { category: "compliance", amount: 250_000, note: "HIPAA security risk assessment, penetration test, legal review" },
    { category: "data", amount: 200_000, note: "Consented, de-identified visit recordings and clinician annotation" },
    { category: "marketing", amount: 300_000, note: "Practice-manager conferences and referral programme" },
    { category: "reserve", amount: 200_000, note: "Buffer for slower pilot conversion" },
  ],
};

async function seedFunding(db: PrismaClient, projectId: string, funding: SeedFunding) {
  const existing = (await db.fundingPlan.count({ where: { projectId } })) + (await db.fundingRound.count({ where: { projectId } })) + (await db.fundsUse.count({ where: { projectId } }));
  if (existing > 0) return;
  // The demo obeys the same rules as the forms.
  await db.fundingPlan.create({ data: { projectId, ...fundingPlanFields.parse(funding.plan) } });
  const thisMonth = monthOf(new Date());
  for (const { inMonths, ...round } of funding.rounds) {
    const r = roundFields.parse({ ...round, targetDate: roundDate(thisMonth, inMonths) });
    await db.fundingRound.create({ data: { projectId, ...r, targetDate: r.targetDate ? new Date(`${r.targetDate}T00:00:00Z`) : null } });
  }
  await db.fundingChannel.createMany({ data: funding.channels.map((c) => ({ projectId, kind: c.kind, note: c.note })) });
  for (const use of funding.uses) await db.fundsUse.create({ data: { projectId, ...useFields.parse(use) } });
}

export const seedFundingSection: SectionSeeder = async (db, demo) => {
  await seedFunding(db, demo.zhProjectId, ZH);
  await seedFunding(db, demo.enProjectId, EN);
};
