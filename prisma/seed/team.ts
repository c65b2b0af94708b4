// Demo team section for both sample plans: a Chinese legal-tech team at MVP and an English
// clinical-scribe team at prototype stage, each with gaps, a hiring plan and a written strategy.
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { addMonths, costSchedule, monthOf } from "../../lib/team/cost";
import type { SectionSeeder } from "./demo";

type Skills = Partial<Record<"mlResearch" | "mlEngineering" | "dataEngineering" | "softwareEngineering" | "product" | "domain" | "goToMarket" | "operations" | "legalCompliance" | "finance", number>>;
type SeedMember = { name: string; title: string; commitment: "FULL_TIME" | "PART_TIME" | "ADVISOR"; roles: string[]; skills: Skills; equityPct: number; monthlyCost: number };
type SeedHire = { roleId: string; title: string; priority: "HIGH" | "MEDIUM" | "LOW"; inMonths: number; monthlyBudget: number; channel: string; status: "PLANNED" | "INTERVIEWING" | "OFFER"; notes: string };
export type SeedTeam = { scenario: string; rolesNow: string[]; rolesLater: string[]; members: SeedMember[]; hires: SeedHire[]; strategy: Record<string, string> };

export const ZH: SeedTeam = {
  scenario: "面向律所和企业法务部门的合同审查助手：上传合同后按条款标出风险、对照客户自己的审查规则给出修改建议。首批客户是中型律所和制造业企业的法务部。",
  rolesNow: ["deepLearningEngineer", "dataScientist", "mlopsEngineer", "backendEngineer", "frontendEngineer", "productManager", "domainExpert", "complianceOwner"],
  rolesLater: ["testEngineer", "marketingSales", "projectManager", "opsEngineer"],
  members: [
    { name: "陈思远", title: "联合创始人 / CEO", commitment: "FULL_TIME", roles: ["productManager", "marketingSales"], skills: { product: 3, goToMarket: 2, domain: 1, operations: 2, finance: 2, softwareEngineering: 1 }, equityPct: 40, monthlyCost: 35000 },
    { name: "李明哲", title: "联合创始人 / CTO", commitment: "FULL_TIME", roles: ["deepLearningEngineer", "dataScientist", "mlopsEngineer"], skills: { mlResearch: 2, mlEngineering: 3, dataEngineering: 2, softwareEngineering: 3, domain: 1 }, equityPct: 35, monthlyCost: 45000 },
    { name: "王雅婷", title: "法律顾问（执业律师）", commitment: "PART_TIME", roles: ["domainExpert", "complianceOwner"], skills: { domain: 3, legalCompliance: 3, product: 1 }, equityPct: 3, monthlyCost: 12000 },
    { name: "赵一帆", title: "全栈工程师", commitment: "FULL_TIME", roles: ["backendEngineer", "frontendEngineer"], skills: { softwareEngineering: 3, mlEngineering: 1, dataEngineering: 1 }, equityPct: 2, monthlyCost: 30000 },
  ],
  hires: [
    { roleId: "dataScientist", title: "NLP 数据科学家（合同语料）", priority: "HIGH", inMonths: 1, monthlyBudget: 38000, channel: "universities", status: "INTERVIEWING", notes: "与政法院校的法律 NLP 实验室合作，先以联合课题引入实习生。" },
    { roleId: "testEngineer", title: "模型评测与测试工程师", priority: "MEDIUM", inMonths: 3, monthlyBudget: 25000, channel: "techCommunities", status: "PLANNED", notes: "负责条款级评测集和回归测试。" },
    { roleId: "marketingSales", title: "法律行业销售负责人", priority: "MEDIUM", inMonths: 6, monthlyBudget: 30000, channel: "referrals", status: "PLANNED", notes: "底薪加提成，优先有律所客户资源的人选。" },
    { roleId: "deepLearningEngineer", title: "算法工程师（长合同与跨条款引用）", priority: "MEDIUM", inMonths: 5, monthlyBudget: 40000, channel: "techCommunities", status: "PLANNED", notes: "种子轮到账后招聘。" },
    { roleId: "frontendEngineer", title: "前端工程师（审查工作台）", priority: "LOW", inMonths: 5, monthlyBudget: 28000, channel: "jobSites", status: "PLANNED", notes: "种子轮到账后招聘。" },
    { roleId: "marketingSales", title: "客户成功经理", priority: "LOW", inMonths: 7, monthlyBudget: 22000, channel: "referrals", status: "PLANNED", notes: "负责新律所上线和每月准确率复盘。" },
  ],
  strategy: {
    recruitmentStandards: "工程岗必须有模型上线经验，能讲清楚效果与成本的取舍；法律相关岗位需有三年以上合同审查实务。",
    recruitmentChannels: "政法院校与研究机构合作、开源 NLP 社区、法律科技行业会议、内部推荐。",
    interviewProcess: "简历筛选 → 技术 / 业务笔试（真实合同样例）→ 两轮面试（含一位创始人）→ 背景调查，两周内给出结论。",
    trainingPlan: "每位新人配导师；每季度一次外部培训预算；每月一次律师给工程师讲合同实务。",
    knowledgeSharing: "每周五技术分享会；审查规则和标注规范统一放在内部知识库。",
    salaryLevel: "现金薪酬对标市场中位数的 80%–90%，以股权补足。",
    equityPool: "预留 10% 期权池，四年归属、一年悬崖期，由董事会批准授予。",
    bonus: "按季度目标发放绩效奖金，与客户续约率和模型准确率挂钩。",
    careerPath: "技术负责人与项目经理两条通道，每半年一次晋升评审。",
    workingMethod: "两周一个迭代的 Scrum；统一使用 Python + TypeScript 技术栈。",
    meetingCadence: "每日 15 分钟站会、周会、月度复盘和客户反馈会。",
    tools: "飞书（沟通与文档）、Jira（任务）、GitLab（代码与 CI）。",
    responsibilities: "CEO 负责产品与销售，CTO 负责模型与工程，法律顾问负责审查规则与合规，写入岗位说明书。",
    backupPlan: "CTO 一人掌握模型流水线：所有训练与部署流程文档化，NLP 数据科学家到岗后交叉备份；核心成员股权分期归属以降低流失风险。",
  },
};

export const EN: SeedTeam = {
  scenario: "Outpatient clinicians lose hours a day to documentation. ClinicNote listens to the visit (with patient consent) and drafts a structured note the clinician reviews and signs in their EHR. First customers: independent primary-care clinics.",
  rolesNow: ["deepLearningEngineer", "dataScientist", "backendEngineer", "productManager", "domainExpert", "complianceOwner"],
  rolesLater: ["mlopsEngineer", "frontendEngineer", "testEngineer", "marketingSales"],
  members: [
    { name: "Maya Patel", title: "CEO & co-founder", commitment: "FULL_TIME", roles: ["productManager", "marketingSales"], skills: { product: 3, goToMarket: 2, domain: 2, operations: 2, finance: 1 }, equityPct: 45, monthlyCost: 12000 },
    { name: "Daniel Okafor", title: "CTO & co-founder", commitment: "FULL_TIME", roles: ["deepLearningEngineer", "dataScientist", "backendEngineer"], skills: { mlResearch: 2, mlEngineering: 3, dataEngineering: 2, softwareEngineering: 3, domain: 1 }, equityPct: 45, monthlyCost: 12000 },
    { name: "Dr. Laura Chen", title: "Clinical advisor (family physician)", commitment: "ADVISOR", roles: ["domainExpert"], skills: { domain: 3, product: 1 }, equityPct: 1, monthlyCost: 1500 },
  ],
  hires: [
    { roleId: "complianceOwner", title: "Privacy & HIPAA lead (fractional)", priority: "HIGH", inMonths: 0, monthlyBudget: 6000, channel: "referrals", status: "PLANNED", notes: "Needed before the first pilot handles real patient audio." },
    { roleId: "mlopsEngineer", title: "ML engineer, speech pipeline", priority: "HIGH", inMonths: 2, monthlyBudget: 14000, channel: "techCommunities", status: "INTERVIEWING", notes: "Owns transcription latency, monitoring and inference cost." },
    { roleId: "frontendEngineer", title: "Front-end engineer (EHR integrations)", priority: "MEDIUM", inMonths: 4, monthlyBudget: 11000, channel: "jobSites", status: "PLANNED", notes: "" },
    { roleId: "marketingSales", title: "Clinic account executive", priority: "MEDIUM", inMonths: 10, monthlyBudget: 10000, channel: "referrals", status: "PLANNED", notes: "Hired once the seed round closes; owns practice-manager outreach." },
    { roleId: "testEngineer", title: "QA and clinical-safety test engineer", priority: "MEDIUM", inMonths: 12, monthlyBudget: 11000, channel: "jobSites", status: "PLANNED", notes: "After the seed: regression tests of note quality on every model change." },
  ],
  strategy: {
    recruitmentStandards: "Engineers have shipped an ML feature to real users and can explain its failure modes; clinical hires have practised in primary care.",
    recruitmentChannels: "Speech and NLP communities, a university hospital's informatics group, health-tech meetups, referrals.",
    interviewProcess: "Intro call → take-home on a de-identified transcript → pairing session with Daniel → founder chat → references. Decision within ten days.",
    trainingPlan: "Every engineer shadows a clinic for a day in their first month; a yearly conference or course budget per person.",
    knowledgeSharing: "Fortnightly demo and tech talk; decisions and clinical guidelines live in the team wiki.",
    salaryLevel: "Cash at about 80% of market for seed-stage startups, balanced by meaningful equity.",
    equityPool: "12% option pool, four-year vesting with a one-year cliff; grants approved by the board.",
    bonus: "No cash bonus until revenue; a small team bonus at each signed pilot.",
    careerPath: "Individual-contributor and lead tracks; a written levelling guide reviewed twice a year.",
    workingMethod: "Kanban with weekly priorities; one stack (Python services, TypeScript front end).",
    meetingCadence: "Daily stand-up, weekly planning, monthly review with the clinical advisor.",
    tools: "Slack, Linear, GitHub, Google Workspace.",
    responsibilities: "Maya: product, customers, fundraising. Daniel: models, data, engineering. Laura: clinical accuracy review. Written in our roles doc.",
    backupPlan: "Daniel alone holds three core roles: the training and deployment runbooks are written down, and the ML engineer hire is the planned backup. Founder shares vest over four years.",
  },
};

async function seedTeam(db: PrismaClient, projectId: string, team: SeedTeam) {
  const existing = await db.teamPlan.count({ where: { projectId } }) + (await db.teamMember.count({ where: { projectId } }));
  if (existing > 0) return;
  const thisMonth = monthOf(new Date());
  const hires = team.hires.map(({ inMonths, ...hire }) => ({ ...hire, projectId, targetMonth: addMonths(thisMonth, inMonths) }));
  const schedule = costSchedule(team.members, hires);
  await db.$transaction([
    db.teamPlan.create({ data: { projectId, scenario: team.scenario, rolesNow: team.rolesNow, rolesLater: team.rolesLater } }),
    db.teamMember.createMany({ data: team.members.map((m, i) => ({ ...m, projectId, createdAt: new Date(Date.now() + i) })) }),
    db.teamHire.createMany({ data: hires.map((h, i) => ({ ...h, createdAt: new Date(Date.now() + i) })) }),
    db.teamStrategy.create({ data: { projectId, ...team.strategy } }),
    db.teamCost.create({ data: { projectId, memberMonthlyCost: schedule.memberMonthlyCost, hireCostSteps: schedule.hireCostSteps } }),
  ]);
}

export const seedTeamSection: SectionSeeder = async (db, demo) => {
  await seedTeam(db, demo.zhProjectId, ZH);
  await seedTeam(db, demo.enProjectId, EN);
};
