// Demo compliance checklist for both sample plans: the catalogue seeded as a founder would see it,
// triaged for the markets each company serves, plus the founders' own items and IP strategy.
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { CATALOGUE } from "../../lib/compliance/catalogue";
import type { ComplianceMarket, ComplianceStatus, ComplianceTopic } from "../../lib/compliance/model";
import type { ObligationFacts } from "../../lib/compliance/obligations";
import { obligationFields, profileFields } from "../../lib/compliance/schema";
import type { SectionSeeder } from "./demo";

type Triage = { status: ComplianceStatus; owner?: string; notes?: string };
type SeedCompliance = {
  ipStrategy: string;
  /** Catalogue items by key; markets listed in `notServed` are marked not applicable. */
  items: Record<string, Triage>;
  notServed: ComplianceMarket[];
  custom: { market: ComplianceMarket; topic: ComplianceTopic; title: string; status: ComplianceStatus; owner: string; notes: string }[];
};

const ZH: SeedCompliance = {
  ipStrategy:
    "审查引擎和 Word 插件申请软件著作权；各律所的审查规则库和标注口径作为商业秘密管理（访问权限 + 保密协议）。基础模型使用允许商用的开源许可，许可清单由李明哲每季度复核。员工和外包协议约定职务成果归公司所有。",
  items: {
    cnCybersecurityLaw: { status: "inProgress", owner: "李明哲", notes: "准备网络安全等级保护（二级）测评。" },
    cnDataSecurityLaw: { status: "inProgress", owner: "李明哲", notes: "合同数据按客户分类分级，默认不出客户环境（私有化版本）。" },
    cnPersonalInfoSpec: { status: "inProgress", owner: "王雅婷", notes: "以该标准为基准做内部审计清单。" },
    cnAiDevelopmentPlan: { status: "done", owner: "陈思远", notes: "政策规划，不设具体义务；用于申报材料中的政策背景。" },
    cnPipl: { status: "done", owner: "王雅婷", notes: "合同中的个人信息在标注前脱敏；试点协议约定委托处理条款。" },
    cnAlgorithmRecommendation: { status: "notApplicable", owner: "王雅婷", notes: "不向公众推荐内容；如上线面向个人的版本需重新评估。" },
    cnDeepSynthesis: { status: "inProgress", owner: "王雅婷", notes: "生成的修改建议标注为 AI 生成；确认企业内部工具是否适用。" },
    cnGenerativeAi: { status: "inProgress", owner: "王雅婷", notes: "机构版只服务律所和企业法务；面向公众的“个人合同体检”上线前须完成备案，材料正在准备（见 AI 义务日历）。" },
    informedConsent: { status: "done", owner: "王雅婷", notes: "试点协议第 4 条：脱敏后用于改进模型，可随时撤回。" },
    dataGovernance: { status: "inProgress", owner: "李明哲" },
    privacyTechniques: { status: "done", owner: "李明哲", notes: "传输与存储加密；按律所隔离；人名、身份证号等自动脱敏。" },
    securityAudits: { status: "notStarted", owner: "李明哲", notes: "等保测评后每半年一次。" },
    incidentResponse: { status: "inProgress", owner: "李明哲" },
    ipProtection: { status: "inProgress", owner: "陈思远", notes: "软件著作权申请已提交。" },
    legalCounsel: { status: "done", owner: "王雅婷", notes: "王雅婷兼任法律顾问，外部律所复核备案问题。" },
    ethicsTraining: { status: "notStarted", owner: "王雅婷" },
    complianceChecks: { status: "inProgress", owner: "王雅婷", notes: "每季度一次合规自查。" },
  },
  notServed: ["eu", "us"],
  custom: [
    { market: "china", topic: "governance", title: "律师执业规范：AI 审查结果须经执业律师复核后交付客户", status: "done", owner: "王雅婷", notes: "插件中“交付”按钮需律师确认。" },
  ],
};

const EN: SeedCompliance = {
  ipStrategy:
    "Trade secrets for the note templates and evaluation set; copyright in our code; a trademark filing for the product name. Speech and language models are used under licences that allow commercial use, listed and reviewed each quarter by Daniel. Founder and contractor agreements assign IP to the company.",
  items: {
    usCcpa: { status: "inProgress", owner: "Maya Patel", notes: "Check the thresholds; most patient data is covered by HIPAA instead, but marketing data is not." },
    informedConsent: { status: "done", owner: "Dr. Laura Chen", notes: "Patients consent to recording at check-in; clinicians can pause capture." },
    dataGovernance: { status: "inProgress", owner: "Daniel Okafor", notes: "Audio deleted after 30 days; transcripts kept with the note." },
    privacyTechniques: { status: "done", owner: "Daniel Okafor", notes: "Encryption in transit and at rest, per-clinic isolation, de-identification before any training." },
    securityAudits: { status: "notStarted", owner: "Daniel Okafor", notes: "Penetration test planned before launch." },
    incidentResponse: { status: "inProgress", owner: "Maya Patel" },
    ipProtection: { status: "inProgress", owner: "Maya Patel" },
    legalCounsel: { status: "done", owner: "Maya Patel", notes: "Health-care privacy counsel on retainer." },
    ethicsTraining: { status: "notStarted", owner: "Dr. Laura Chen" },
    complianceChecks: { status: "inProgress", owner: "Maya Patel" },
  },
  notServed: ["china", "eu"],
  custom: [
    { market: "us", topic: "dataProtection", title: "HIPAA: business associate agreements and Security Rule safeguards", status: "inProgress", owner: "Maya Patel", notes: "BAA signed with 2 of 5 pilot clinics; risk assessment under way." },
  ],
};

async function seedCompliance(db: PrismaClient, projectId: string, seed: SeedCompliance) {
  const existing = (await db.complianceItem.count({ where: { projectId } })) + (await db.compliancePlan.count({ where: { projectId } }));
  if (existing > 0) return;
  await db.compliancePlan.create({ data: { projectId, ipStrategy: seed.ipStrategy } });
  await db.complianceItem.createMany({
    data: CATALOGUE.map((item) => {
      const triage: Triage = seed.items[item.key] ?? { status: seed.notServed.includes(item.market) ? "notApplicable" : "notStarted" };
      return { projectId, catalogueKey: item.key, market: item.market, topic: item.topic, status: triage.status, owner: triage.owner ?? "", notes: triage.notes ?? "" };
    }),
  });
  for (const item of seed.custom) await db.complianceItem.create({ data: { projectId, ...item } });
}

/**
 * The facts behind each demo plan's AI obligations calendar: 法务智审 runs a public-facing generative
 * service in China in the legal domain; ClinicNote AI serves US clinics and handles PHI.
 */
export const DEMO_COMPLIANCE_PROFILES: { zh: ObligationFacts; en: ObligationFacts } = {
  zh: {
    markets: ["china"],
    domains: ["legal"],
    publicGenerative: "yes",
    publicOpinion: "yes",
    personalInfo: "yes",
    sensitivePersonalInfo: "unsure",
    largeScalePersonalInfo: "no",
    usPhi: "no",
    euGpaiProvider: "no",
    euHighRisk: "no",
    euAnnexIProduct: "no",
  },
  en: {
    markets: ["us"],
    domains: ["healthcare"],
    publicGenerative: "no",
    publicOpinion: "no",
    personalInfo: "yes",
    sensitivePersonalInfo: "yes",
    largeScalePersonalInfo: "no",
    usPhi: "yes",
    euGpaiProvider: "no",
    euHighRisk: "no",
    euAnnexIProduct: "no",
  },
};

type SeedObligation = { status: "open" | "inProgress" | "done" | "notApplicable"; owner: string; dueDate: string | null; evidence: string };

const ZH_OBLIGATIONS: Record<string, SeedObligation> = {
  cnGenAiFiling: { status: "inProgress", owner: "王雅婷", dueDate: "2027-02-28", evidence: "安全评估报告草稿 v2；语料来源与标注规则说明；拦截关键词库。个人版上线前提交属地网信办。" },
  cnGenAiModelDisclosure: { status: "open", owner: "陈思远", dueDate: "2027-02-28", evidence: "产品详情页写明所用底座模型名称和备案号（截图存档）。" },
  cnAlgorithmFiling: { status: "open", owner: "李明哲", dueDate: "2027-03-15", evidence: "算法自评估报告；拟公示内容。上线后十个工作日内在 beian.cac.gov.cn 填报。" },
  cnAiContentLabelling: { status: "done", owner: "李明哲", dueDate: null, evidence: "修改建议显示“AI 生成”；导出的 Word 文件元数据写入隐式标识（样例文件存档）；用户协议第 7 条说明标识方式。" },
  cnPiplImpactAssessment: { status: "inProgress", owner: "王雅婷", dueDate: "2027-01-31", evidence: "个人信息保护影响评估报告（委托模型服务商处理合同文本部分）。" },
  cnPiplComplianceAudit: { status: "open", owner: "王雅婷", dueDate: "2027-06-30", evidence: "" },
};

const EN_OBLIGATIONS: Record<string, SeedObligation> = {
  usHipaaBusinessAssociates: {
    status: "inProgress",
    owner: "Maya Patel",
    dueDate: "2027-01-31",
    evidence: "BAA tracker: signed with 2 of 5 pilot clinics and with the cloud provider; the model API provider's BAA is in review. No PHI goes to a vendor without one.",
  },
  usHipaaRiskAnalysis: { status: "inProgress", owner: "Daniel Okafor", dueDate: "2027-02-15", evidence: "Security risk analysis draft covering audio capture, transcripts and the model API." },
};

async function seedObligations(db: PrismaClient, projectId: string, profile: ObligationFacts, obligations: Record<string, SeedObligation>) {
  const existing = (await db.complianceProfile.count({ where: { projectId } })) + (await db.complianceObligation.count({ where: { projectId } }));
  if (existing > 0) return;
  await db.complianceProfile.create({ data: { projectId, ...profileFields.parse(profile) } });
  await db.complianceObligation.createMany({
    data: Object.entries(obligations).map(([obligationKey, o]) => {
      const { dueDate, ...fields } = obligationFields.parse(o);
      return { projectId, obligationKey, ...fields, dueDate: dueDate ? new Date(`${dueDate}T00:00:00Z`) : null };
    }),
  });
}

export const seedComplianceSection: SectionSeeder = async (db, demo) => {
  await seedCompliance(db, demo.zhProjectId, ZH);
  await seedCompliance(db, demo.enProjectId, EN);
  await seedObligations(db, demo.zhProjectId, DEMO_COMPLIANCE_PROFILES.zh, ZH_OBLIGATIONS);
  await seedObligations(db, demo.enProjectId, DEMO_COMPLIANCE_PROFILES.en, EN_OBLIGATIONS);
};
