// Demo project plan and milestones for both sample plans. Milestone dates are placed relative to
// the day the demo is loaded, so the example always shows work done, work under way and one
// milestone that has slipped (highlighted as overdue).
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { isoDateIn } from "../../lib/time/zone";
import { addDays, type MilestoneStatus, type QualityCheck } from "../../lib/milestones/model";
import { planFields } from "../../lib/milestones/schema";
import { DEMO, type SectionSeeder } from "./demo";

type SeedMilestone = { title: string; owner: string; start: number; due: number; status: MilestoneStatus; notes: string };
type SeedExecution = { plan: Parameters<typeof planFields.parse>[0]; milestones: SeedMilestone[]; checks: QualityCheck[] };

// Offsets in days from today; each milestone depends on the one before it (doc 002's chain).
const ZH: SeedExecution = {
  plan: {
    goals: "12 个月内：3 家试点律所转为付费客户；合同初审时间平均缩短 50%；漏标高风险条款的比例低于人工初审。",
    taskBreakdown: "条款抽取与风险标注模型；本所审查规则配置；Word 插件；私有化部署包；试点客户培训与反馈收集。",
    timetable: "第 1–2 季度：需求、设计、核心模型；第 3 季度：开发完成并在试点所内测；第 4 季度：测试、上线与付费转化。",
    resources: "CTO 李明哲负责模型与架构，赵一帆负责插件和后端，王雅婷（兼职律师）负责标注口径与验收；算力按月预算 3 万元；标注预算见融资部分。",
    trackingTool: "飞书项目看板；每日站会、每周复盘、每月与试点客户评审",
    feedbackLoop: "试点律所每周提交误报/漏报样本（插件内一键反馈）；每两周由王雅婷确认需求并排期；每月发布一次，跟踪漏标率、审查用时和周活跃律师数。",
  },
  milestones: [
    { title: "项目启动", owner: "陈思远", start: -200, due: -193, status: "done", notes: "确定试点律所名单和成功标准。" },
    { title: "需求分析完成", owner: "王雅婷", start: -192, due: -165, status: "done", notes: "访谈 24 位律师与法务，整理 18 类高频风险条款。" },
    { title: "设计完成", owner: "李明哲", start: -164, due: -130, status: "done", notes: "确定检索增强 + 规则校验的架构。" },
    { title: "开发完成", owner: "赵一帆", start: -129, due: -6, status: "inProgress", notes: "私有化部署包比计划晚，等待客户机房环境。" },
    { title: "测试完成", owner: "李明哲", start: -5, due: 30, status: "planned", notes: "用 300 份律师标注合同做回归测试。" },
    { title: "上线与维护", owner: "陈思远", start: 31, due: 60, status: "planned", notes: "试点转付费；建立月度发布节奏。" },
  ],
  checks: ["hardware", "devEnvironment", "testEnvironment", "repository", "versionControl", "codeReview", "ciCd", "functionalTests", "regressionTests", "packaging", "monitoringTools", "logAnalysis"],
};

const EN: SeedExecution = {
  plan: {
    goals: "In 12 months: 5 pilot clinics live, 60 paying clinicians, notes accepted with light edits in 80% of visits, under 2 minutes of editing per note.",
    taskBreakdown: "Audio capture app; transcription pipeline; note-generation model with specialty templates; EHR copy-paste and one EHR integration; clinician review screen; HIPAA safeguards.",
    timetable: "Q1: requirements and design with 3 clinicians; Q2–Q3: build and internal testing on mock visits; Q4: pilot launch and conversion.",
    resources: "Daniel (ML and back end), a contract full-stack engineer, Dr. Laura Chen for clinical review (4 h/week); compute budget $6k a month; annotation budget in the funding plan.",
    trackingTool: "Linear; weekly planning, fortnightly demo to the clinical advisor",
    feedbackLoop: "Clinicians rate every note (thumbs up/down + reason) in the review screen; weekly triage turns the top issues into tickets; release every two weeks; watch edit time per note, acceptance rate and weekly active clinicians.",
  },
  milestones: [
    { title: "Project kickoff", owner: "Maya Patel", start: -150, due: -144, status: "done", notes: "Pilot criteria agreed with two clinics." },
    { title: "Requirements analysis done", owner: "Dr. Laura Chen", start: -143, due: -115, status: "done", notes: "Shadowed 20 visits; note templates for family medicine." },
    { title: "Design done", owner: "Daniel Okafor", start: -114, due: -80, status: "done", notes: "Streaming transcription + structured note generation." },
    { title: "Development done", owner: "Daniel Okafor", start: -79, due: -3, status: "blocked", notes: "Waiting on the EHR vendor's sandbox access." },
    { title: "Testing done", owner: "Dr. Laura Chen", start: -2, due: 40, status: "planned", notes: "Accuracy review of 200 mock and consented visits." },
    { title: "Launch and maintenance", owner: "Maya Patel", start: 41, due: 75, status: "planned", notes: "Pilot go-live and fortnightly releases." },
  ],
  checks: ["hardware", "operatingSystem", "devEnvironment", "repository", "versionControl", "codeReview", "ciCd", "functionalTests", "securityTests", "monitoringTools"],
};

async function seedExecution(db: PrismaClient, projectId: string, execution: SeedExecution, today: string) {
  const existing = (await db.projectPlan.count({ where: { projectId } })) + (await db.milestone.count({ where: { projectId } }));
  if (existing > 0) return;
  await db.projectPlan.create({ data: { projectId, ...planFields.parse(execution.plan) } });
  let previous: string | null = null;
  for (const m of execution.milestones) {
    const date = (offset: number) => new Date(`${addDays(today, offset)}T00:00:00Z`);
    const created: { id: string } = await db.milestone.create({
      data: { projectId, title: m.title, owner: m.owner, startDate: date(m.start), dueDate: date(m.due), status: m.status, notes: m.notes },
      select: { id: true },
    });
    if (previous) await db.milestoneDependency.create({ data: { projectId, milestoneId: created.id, dependsOnId: previous } });
    previous = created.id;
  }
  await db.executionCheck.createMany({ data: execution.checks.map((checkId) => ({ projectId, checkId })), skipDuplicates: true });
}

export const seedMilestonesSection: SectionSeeder = async (db, demo) => {
  // Dates are laid out around each plan's own today.
  const now = new Date();
  await seedExecution(db, demo.zhProjectId, ZH, isoDateIn(now, DEMO.projects.zh.timeZone));
  await seedExecution(db, demo.enProjectId, EN, isoDateIn(now, DEMO.projects.en.timeZone));
};
