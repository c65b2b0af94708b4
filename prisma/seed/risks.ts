// Demo risk registers: the Chinese contract-review copilot (法务智审) and the English clinical scribe
// (ClinicNote AI). Review dates are relative to the day the seed runs, so the demo always shows a
// mix of upcoming and overdue reviews. Owners are the team section's members, matched by role.
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { addMonths, isoDateOf, riskScore } from "../../lib/risks/model";
import type { SectionSeeder } from "./demo";

type SeedRisk = {
  title: string;
  description: string;
  category: string;
  likelihood: number;
  impact: number;
  response: "avoid" | "transfer" | "mitigate" | "accept";
  mitigation: string;
  contingency: string;
  /** The first member holding one of these roles owns the risk. */
  ownerRoles: string[];
  status?: "open" | "monitoring" | "closed";
  /** Months from today; negative = overdue. */
  reviewInMonths: number | null;
  reviewedMonthsAgo?: number;
  templateId?: string;
};

const ZH: SeedRisk[] = [
  {
    title: "非标准条款识别漏报，律师不再信任结果",
    description: "模型对非标准、跨行业的合同条款会漏报风险，偶尔编造不存在的法条引用。律师一旦发现一次明显错误，就可能整体弃用。",
    category: "modelQuality", likelihood: 3, impact: 5, response: "mitigate",
    mitigation: "建立 2,000 份已标注合同的评测集，每次换模型或改提示词前回归测试；法条引用必须来自检索到的原文；高风险条款默认要求律师复核。",
    contingency: "对低置信度条款只做标注、不给修改建议，并在界面上明确提示需人工审查。",
    ownerRoles: ["deepLearningEngineer"], status: "open", reviewInMonths: 1, reviewedMonthsAgo: 0, templateId: "modelUnderperforms",
  },
  {
    title: "客户合同中的商业秘密和个人信息泄露",
    description: "律所和企业法务上传的合同含有商业秘密和个人信息，一次泄露就会失去客户并引发法律责任。",
    category: "dataPrivacy", likelihood: 2, impact: 5, response: "mitigate",
    mitigation: "传输和存储全程加密，按客户隔离数据；未经书面授权不用于训练；提供私有化部署选项；每季度做一次安全审计。",
    contingency: "启动应急响应预案：隔离受影响系统，按《个人信息保护法》要求通知客户和监管部门。",
    ownerRoles: ["complianceOwner"], status: "monitoring", reviewInMonths: -1, reviewedMonthsAgo: 2, templateId: "sensitiveDataExposure",
  },
  {
    title: "依赖单一大模型 API 的价格和可用性",
    description: "目前审查流程调用一家国内大模型厂商的 API。涨价、限流或接口变更都会直接压缩毛利、影响交付。",
    category: "providerDependency", likelihood: 3, impact: 4, response: "mitigate",
    mitigation: "在模型调用处保留抽象层；每月用第二家厂商和一个开源模型跑同一评测集；与厂商谈年度价格。",
    contingency: "切换到第二家厂商；大客户可改用私有化部署的开源模型。",
    ownerRoles: ["deepLearningEngineer"], status: "open", reviewInMonths: 1, templateId: "modelProviderDependence",
  },
  {
    title: "生成式 AI 备案及“提供法律意见”的监管边界",
    description: "面向公众的生成式 AI 服务需要按规定备案；若产品被认为在提供法律意见，可能触及律师执业相关规定。（需律师复核）",
    category: "regulation", likelihood: 3, impact: 4, response: "avoid",
    mitigation: "产品定位为律师的辅助工具，不直接面向公众出具法律意见；用户协议和界面明确提示；由合规负责人跟踪备案要求。",
    contingency: "如监管口径收紧，暂停面向企业法务的自助版本，只保留律所版本。",
    ownerRoles: ["complianceOwner"], status: "open", reviewInMonths: 2, templateId: "regulatoryChange",
  },
  {
    title: "律所采纳慢、付费意愿低",
    description: "律师习惯在 Word 里批注，不愿切换工具；合伙人对按席位付费持观望态度。",
    category: "marketAcceptance", likelihood: 4, impact: 3, response: "mitigate",
    mitigation: "做 Word 插件，嵌入现有工作流；先与 3 家律所免费试点，按节省的审查时间定价。",
    contingency: "转向企业法务部门，以采购合同审查为切入点。",
    ownerRoles: ["productManager"], status: "open", reviewInMonths: 3,
  },
  {
    title: "办公软件大厂内置合同审查功能",
    description: "办公套件和法律数据库厂商可能推出捆绑的合同审查功能，价格更低。",
    category: "competition", likelihood: 3, impact: 4, response: "mitigate",
    mitigation: "深耕采购、劳动、数据合规三类合同，积累条款库和审查规则；与律所共建行业模板。",
    contingency: "与大厂合作，作为其生态中的专业插件。",
    ownerRoles: ["productManager"], status: "open", reviewInMonths: 3, templateId: "bigTechEntry",
  },
  {
    title: "李明哲一人承担算法、数据和部署",
    description: "CTO 同时负责模型、数据和部署，一旦离开或生病，迭代会停滞。",
    category: "keyPerson", likelihood: 3, impact: 5, response: "mitigate",
    mitigation: "部署和训练流程写成文档；招聘一名机器学习工程师分担部署；创始人股权四年兑现。",
    contingency: "启用文档化的运维手册，临时外包部署工作。",
    ownerRoles: ["productManager"], status: "open", reviewInMonths: 1, templateId: "keyPersonDependence",
  },
  {
    title: "A 轮前资金链断裂",
    description: "按当前消耗，现金可支撑约 14 个月；若 A 轮延后，可能在关键客户签约前用完。",
    category: "cashFlow", likelihood: 2, impact: 5, response: "mitigate",
    mitigation: "每月更新财务计划；提前 6 个月启动 A 轮；申请地方科技型中小企业扶持资金。",
    contingency: "削减非核心支出，用定制化审查项目回笼现金。",
    ownerRoles: ["productManager"], status: "open", reviewInMonths: 2,
  },
  {
    title: "早期标注数据质量不一致",
    description: "第一批合同由实习生标注，标准不统一，影响评测结果。",
    category: "dataQuality", likelihood: 1, impact: 3, response: "mitigate",
    mitigation: "已由执业律师制定标注规范并重新标注。",
    contingency: "无。",
    ownerRoles: ["domainExpert"], status: "closed", reviewInMonths: null, reviewedMonthsAgo: 1,
  },
];

const EN: SeedRisk[] = [
  {
    title: "Drafted notes contain made-up findings or wrong doses",
    description: "The note generator sometimes adds findings that were never said or mishears a medication dose. One harmful error would end trust with a clinic.",
    category: "modelQuality", likelihood: 3, impact: 5, response: "mitigate",
    mitigation: "Clinicians sign every note; low-confidence passages are highlighted; an evaluation set of 500 de-identified encounters is rerun before each model change.",
    contingency: "Turn off auto-drafting for the affected specialty and fall back to transcript-only mode.",
    ownerRoles: ["deepLearningEngineer"], status: "open", reviewInMonths: 1, reviewedMonthsAgo: 0, templateId: "modelUnderperforms",
  },
  {
    title: "Patient health information is exposed",
    description: "Audio and notes contain protected health information. A breach means regulatory penalties and losing every pilot clinic.",
    category: "dataPrivacy", likelihood: 2, impact: 5, response: "mitigate",
    mitigation: "Business associate agreements with every vendor; encryption in transit and at rest; audio deleted after 30 days; yearly penetration test.",
    contingency: "Incident-response plan: contain, notify affected patients and authorities within the legal deadlines.",
    ownerRoles: ["productManager"], status: "monitoring", reviewInMonths: -1, reviewedMonthsAgo: 2, templateId: "sensitiveDataExposure",
  },
  {
    title: "Only a few speech and model vendors sign healthcare agreements",
    description: "Transcription and note drafting run on third-party APIs; few vendors accept healthcare data terms, so price rises or policy changes leave little choice.",
    category: "providerDependency", likelihood: 4, impact: 4, response: "mitigate",
    mitigation: "Keep a provider abstraction; qualify a second vendor for each step; evaluate a self-hosted open speech model.",
    contingency: "Switch to the second vendor and tell pilot clinics about any quality change.",
    ownerRoles: ["deepLearningEngineer"], status: "open", reviewInMonths: 1, templateId: "modelProviderDependence",
  },
  {
    title: "EHR integration takes longer than clinics will wait",
    description: "Clinics want notes inside their electronic health record; vendor integration programmes can take months.",
    category: "operations", likelihood: 4, impact: 3, response: "accept",
    mitigation: "Ship copy-paste and PDF export first; start the integration application for the two most common EHRs now.",
    contingency: "Offer a browser extension that fills the note field directly.",
    ownerRoles: ["backendEngineer"], status: "open", reviewInMonths: 3,
  },
  {
    title: "Recording consent and clinical-software rules differ by state",
    description: "Some US states require every party's consent to record; if the product drifts into diagnosis suggestions it may fall under medical-device rules. (Needs legal review.)",
    category: "regulation", likelihood: 3, impact: 4, response: "avoid",
    mitigation: "Consent prompt at the start of each visit; keep the product to documentation, not diagnosis; get a healthcare lawyer's opinion before launch.",
    contingency: "Disable recording in states where consent cannot be shown.",
    ownerRoles: ["productManager"], status: "open", reviewInMonths: 2, templateId: "regulatoryChange",
  },
  {
    title: "EHR vendors bundle their own ambient scribe",
    description: "Large EHR and speech companies are building similar features and can bundle them into contracts clinics already have.",
    category: "competition", likelihood: 4, impact: 4, response: "mitigate",
    mitigation: "Focus on small independent outpatient clinics the large vendors serve badly; specialty templates; fast onboarding.",
    contingency: "Partner with a mid-size EHR as its scribe module.",
    ownerRoles: ["productManager"], status: "open", reviewInMonths: 2, templateId: "bigTechEntry",
  },
  {
    title: "Inference cost per visit exceeds what clinics pay",
    description: "Transcription plus note drafting per 15-minute visit may cost more than the per-visit price at the planned subscription.",
    category: "computeCost", likelihood: 3, impact: 3, response: "mitigate",
    mitigation: "Measure cost per visit weekly; use a smaller model for summarising; cache specialty templates.",
    contingency: "Add a visit cap per plan and price extra visits.",
    ownerRoles: ["deepLearningEngineer"], status: "open", reviewInMonths: 3, templateId: "computeCostGrowth",
  },
  {
    title: "Cash runs out before the pilots convert",
    description: "Seed money covers about nine months; clinic buying cycles are slow.",
    category: "cashFlow", likelihood: 3, impact: 5, response: "mitigate",
    mitigation: "Start raising six months before cash runs out; apply for a small-business innovation grant; convert pilots to paid at day 60.",
    contingency: "Cut contractor spend and bridge with founder and angel notes.",
    ownerRoles: ["productManager"], status: "open", reviewInMonths: 1,
  },
];

type Member = { id: string; roles: string[] };

function ownerFor(members: Member[], roles: string[]): string | null {
  return members.find((m) => m.roles.some((r) => roles.includes(r)))?.id ?? members[0]?.id ?? null;
}

async function seedProject(db: PrismaClient, projectId: string, risks: SeedRisk[], now: Date) {
  if ((await db.risk.count({ where: { projectId } })) > 0) return;
  const members = await db.teamMember.findMany({ where: { projectId }, select: { id: true, roles: true }, orderBy: { createdAt: "asc" } });
  const today = isoDateOf(now);
  await db.risk.createMany({
    data: risks.map((r) => ({
      projectId,
      title: r.title,
      description: r.description,
      category: r.category,
      likelihood: r.likelihood,
      impact: r.impact,
      score: riskScore(r.likelihood, r.impact),
      response: r.response,
      mitigation: r.mitigation,
      contingency: r.contingency,
      ownerMemberId: ownerFor(members, r.ownerRoles),
      status: r.status ?? "open",
      nextReview: r.reviewInMonths === null ? null : new Date(`${addMonths(today, r.reviewInMonths)}T00:00:00.000Z`),
      lastReviewed: r.reviewedMonthsAgo === undefined ? null : new Date(`${addMonths(today, -r.reviewedMonthsAgo)}T09:00:00.000Z`),
      templateId: r.templateId ?? null,
    })),
  });
}

export const seedRisksSection: SectionSeeder = async (db, demo) => {
  const now = new Date();
  await seedProject(db, demo.zhProjectId, ZH, now);
  await seedProject(db, demo.enProjectId, EN, now);
};
