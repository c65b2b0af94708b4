// Demo platform section for both sample plans: data sources with their rights, a compute plan
// whose monthly cost feeds the business model's burn, the tooling checklist and partners.
// Hourly rates are the demo founders' own inputs (Launchpad ships no default prices).
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { computeLineFieldsSchema, dataSourceFieldsSchema, partnerFieldsSchema, toolingItemFieldsSchema } from "../../lib/platform/schema";
import type { ToolingItemId } from "../../lib/platform/model";
import type { SectionSeeder } from "./demo";

export type SeedPlatform = {
  dataSources: Parameters<typeof dataSourceFieldsSchema.parse>[0][];
  computeLines: Parameters<typeof computeLineFieldsSchema.parse>[0][];
  tooling: Partial<Record<ToolingItemId, { status: "open" | "planned" | "inPlace" | "notNeeded"; tool: string }>>;
  partners: Parameters<typeof partnerFieldsSchema.parse>[0][];
};

export const ZH: SeedPlatform = {
  dataSources: [
    {
      name: "试点律所的脱敏合同",
      origin: "customer",
      rights: "documented",
      rightsNotes: "试点协议第 4 条允许在脱敏后用于改进模型；客户可随时要求删除。",
      quality: "high",
      qualityNotes: "约 3200 份，覆盖采购、销售、租赁、劳动合同；律师已逐条标注风险。",
      sensitivity: "personal",
    },
    {
      name: "公开裁判文书",
      origin: "public",
      rights: "inProgress",
      rightsNotes: "正在请律师核实官方平台的使用条款是否允许用于商业模型训练；核实前仅用于内部评测。",
      quality: "medium",
      qualityNotes: "数量大，但格式不统一，需清洗；当事人信息已由平台部分隐去。",
      sensitivity: "personal",
    },
    {
      name: "自建条款标注集",
      origin: "own",
      rights: "documented",
      rightsNotes: "由团队和签约标注律师完成，劳务合同约定成果归公司所有。",
      quality: "high",
      qualityNotes: "1.2 万条条款，双人标注，一致性抽检 92%。",
      sensitivity: "internal",
    },
    {
      name: "合成合同样本",
      origin: "synthetic",
      rights: "documented",
      rightsNotes: "由我们用开源模型按模板生成，模型许可证允许商用。",
      quality: "medium",
      qualityNotes: "用于补充少见条款类型，不单独用于评测。",
      sensitivity: "public",
    },
  ],
  computeLines: [
    { name: "条款审查模型微调", purpose: "fineTuning", provider: "阿里云", accelerator: "NVIDIA A100", quantity: 8, hoursPerMonth: 100, hourlyRate: 35 },
    // Only the self-hosted clause-extraction model runs here; the generation calls go to the model
    // API and are priced per token in the business model, so nothing is counted twice.
    { name: "自有条款抽取模型常驻推理（大模型 API 调用按 token 另计）", purpose: "inference", provider: "阿里云", accelerator: "NVIDIA A10", quantity: 2, hoursPerMonth: 720, hourlyRate: 12 },
    { name: "开发与实验", purpose: "development", provider: "自有工作站", accelerator: "NVIDIA RTX 4090", quantity: 1, hoursPerMonth: 200, hourlyRate: 3 },
  ],
  tooling: {
    framework: { status: "inPlace", tool: "PyTorch + Hugging Face Transformers" },
    versionControl: { status: "inPlace", tool: "GitLab" },
    codeReview: { status: "inPlace", tool: "合并请求至少一人评审" },
    ciCd: { status: "planned", tool: "GitLab CI" },
    environments: { status: "inPlace", tool: "开发 / 测试 / 生产三套环境" },
    containers: { status: "inPlace", tool: "Docker + 阿里云 ACK" },
    experimentTracking: { status: "planned", tool: "MLflow" },
    dataVersioning: { status: "planned", tool: "DVC" },
    testing: { status: "planned", tool: "条款级评测集 + 回归测试" },
    deployment: { status: "inPlace", tool: "Helm 部署脚本" },
    monitoring: { status: "planned", tool: "Prometheus + 审查准确率看板" },
    logging: { status: "inPlace", tool: "阿里云日志服务 SLS" },
    storageBackup: { status: "inPlace", tool: "OSS 加密存储，每日备份" },
    modelOptimisation: { status: "planned", tool: "INT8 量化" },
    taskTracking: { status: "inPlace", tool: "Jira" },
  },
  partners: [
    { name: "某政法大学法律人工智能实验室", kind: "university", status: "talking", contribution: "联合课题和实习生输送；我们提供脱敏评测集和工程支持。" },
    { name: "阿里云创业扶持计划", kind: "cloudPlatform", status: "agreed", contribution: "第一年算力抵扣券；我们承诺在其平台部署。额度到期后的成本已计入算力计划。" },
    { name: "三家试点律所", kind: "industry", status: "active", contribution: "提供脱敏合同和审查反馈；我们免费提供一年使用权。" },
    { name: "中文法律开源模型社区", kind: "openSource", status: "idea", contribution: "计划回馈通用条款评测集，提升团队在开发者中的知名度。" },
  ],
};

export const EN: SeedPlatform = {
  dataSources: [
    {
      name: "Pilot clinic visit recordings",
      origin: "customer",
      rights: "inProgress",
      rightsNotes: "Business associate agreement signed with clinic 1; patient consent form under review by counsel. No recordings are used for training until both are in place.",
      quality: "unknown",
      qualityNotes: "Expected ~400 visits in the first 3 months; audio quality varies by room.",
      sensitivity: "sensitivePersonal",
    },
    {
      name: "Public de-identified clinical notes",
      origin: "public",
      rights: "inProgress",
      rightsNotes: "Credentialed-access licence: checking whether commercial model training is permitted before any use.",
      quality: "medium",
      qualityNotes: "Hospital notes, not primary care; useful for evaluation of structure only.",
      sensitivity: "sensitivePersonal",
    },
    {
      name: "Synthetic doctor–patient dialogues",
      origin: "synthetic",
      rights: "documented",
      rightsNotes: "Written by our clinical advisor and generated with a model whose licence allows commercial use.",
      quality: "medium",
      qualityNotes: "600 dialogues across 40 common visit types; reviewed by a physician.",
      sensitivity: "internal",
    },
  ],
  computeLines: [
    // Serving is not here: transcription and note drafting are API calls priced per clinician-month in
    // the business model (tokens and speech-to-text minutes). Counting GPUs for them too was double.
    { name: "Transcription and note-quality evaluation runs", purpose: "development", provider: "AWS", accelerator: "NVIDIA A10G", quantity: 1, hoursPerMonth: 120, hourlyRate: 1.2 },
    { name: "Note-model fine-tuning", purpose: "fineTuning", provider: "Google Cloud", accelerator: "NVIDIA A100", quantity: 4, hoursPerMonth: 60, hourlyRate: 3.7 },
    { name: "Experiments", purpose: "development", provider: "Google Colab", accelerator: "NVIDIA T4", quantity: 1, hoursPerMonth: 100, hourlyRate: 0.5 },
  ],
  tooling: {
    framework: { status: "inPlace", tool: "PyTorch + Hugging Face Transformers" },
    versionControl: { status: "inPlace", tool: "GitHub" },
    codeReview: { status: "inPlace", tool: "Pull requests, one reviewer" },
    ciCd: { status: "inPlace", tool: "GitHub Actions" },
    environments: { status: "planned", tool: "Separate HIPAA-eligible production account" },
    containers: { status: "inPlace", tool: "Docker on AWS ECS" },
    experimentTracking: { status: "planned", tool: "Weights & Biases" },
    dataVersioning: { status: "open", tool: "" },
    testing: { status: "planned", tool: "Note-quality rubric scored by clinicians + regression set" },
    deployment: { status: "planned", tool: "" },
    monitoring: { status: "open", tool: "" },
    logging: { status: "planned", tool: "CloudWatch, no PHI in logs" },
    storageBackup: { status: "inPlace", tool: "S3 with KMS encryption, 30-day audio retention" },
    modelOptimisation: { status: "open", tool: "" },
    taskTracking: { status: "inPlace", tool: "Linear" },
  },
  partners: [
    { name: "State university family-medicine department", kind: "university", status: "talking", contribution: "Clinical evaluation study and residents as early users; we offer free access and co-authorship." },
    { name: "Cloud start-up credits programme", kind: "cloudPlatform", status: "agreed", contribution: "Credits for year one; the compute plan prices usage as if paying, for when credits end." },
    { name: "Two pilot clinics", kind: "industry", status: "active", contribution: "Recordings (with consent) and weekly feedback; 12 months free." },
    { name: "EHR vendor app marketplace", kind: "industry", status: "idea", contribution: "Distribution to small practices; requires a certified integration." },
  ],
};

async function seedPlatform(db: PrismaClient, projectId: string, platform: SeedPlatform) {
  const existing =
    (await db.platformDataSource.count({ where: { projectId } })) + (await db.platformComputeLine.count({ where: { projectId } })) + (await db.platformPartner.count({ where: { projectId } }));
  if (existing > 0) return;
  // The demo obeys the same rules as the forms (limits, enums, hours ≤ 744…).
  await db.platformDataSource.createMany({ data: platform.dataSources.map((s) => ({ projectId, ...dataSourceFieldsSchema.parse(s) })) });
  await db.platformComputeLine.createMany({ data: platform.computeLines.map((l) => ({ projectId, ...computeLineFieldsSchema.parse(l) })) });
  await db.platformToolingItem.createMany({
    data: Object.entries(platform.tooling).map(([itemId, item]) => ({ projectId, itemId, ...toolingItemFieldsSchema.parse(item) })),
    skipDuplicates: true,
  });
  await db.platformPartner.createMany({ data: platform.partners.map((p) => ({ projectId, ...partnerFieldsSchema.parse(p) })) });
}

export const seedPlatformSection: SectionSeeder = async (db, demo) => {
  await seedPlatform(db, demo.zhProjectId, ZH);
  await seedPlatform(db, demo.enProjectId, EN);
};
