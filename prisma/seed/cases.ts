// Demo own cases for both sample plans: a competitor category, an analogue and a post-mortem of the
// team's own pilot. Categories rather than named companies, so the demo makes no claim about anyone.
import type { SectionSeeder } from "./demo";

type DemoCase = {
  kind: "competitor" | "analogue" | "postMortem";
  title: string;
  context: string;
  approach: string;
  businessModel: string;
  whatHappened: string;
  risks: string;
  lessons: string;
  sectors: string[];
  aiPatterns: string[];
  revenueModels: string[];
  stages: string[];
  outcome: "success" | "failure" | "unknown";
  failureCauses: string[];
  riskCategories: string[];
  source: string;
  sourceQuality: "teamVerified" | "teamFirsthand" | "teamUnverified";
};

const ZH: DemoCase[] = [
  {
    kind: "competitor",
    title: "通用大模型对话助手（竞品类别）",
    context: "不少律师已经直接用通用对话助手粘贴合同、询问风险条款，成本低、上手快。",
    approach: "通用模型 + 聊天界面，没有合同类型模板，也不引用具体法条。",
    businessModel: "面向个人的月度订阅，企业版按席位收费。",
    whatHappened: "访谈的 12 位律师中有 7 位偶尔使用，但都表示不敢直接把结果交给客户。",
    risks: "客户合同上传到第三方模型，存在保密风险\n回答不引用法条，律师需要逐条核对",
    lessons: "我们的差异化要落在“有依据”：每条风险提示都附上条款原文和法条出处\n支持私有化部署，回应律所的保密要求",
    sectors: ["legal"],
    aiPatterns: ["conversationalQa", "appOnPretrained"],
    revenueModels: ["subscription"],
    stages: ["MVP", "REVENUE"],
    outcome: "unknown",
    failureCauses: [],
    riskCategories: ["competition", "dataPrivacy"],
    source: "2026 年 9–10 月对 12 位律师和法务的访谈记录",
    sourceQuality: "teamFirsthand",
  },
  {
    kind: "analogue",
    title: "律所知识库检索系统（类比案例）",
    context: "很多律所采购过内部知识库和范本检索系统，用于复用过往合同和意见书。",
    approach: "按项目部署，与律所文档管理系统集成，按年收取授权费和维护费。",
    businessModel: "年度授权 + 实施服务费。",
    whatHappened: "采购决策通常由管理合伙人和 IT 共同做出，周期 3–6 个月。",
    risks: "销售周期长，现金回款慢\n每家律所都要定制集成，交付压力大",
    lessons: "第一批客户选择已有文档管理系统的中型律所，降低集成成本\n定价里把实施服务单独列出",
    sectors: ["legal"],
    aiPatterns: ["appOnPretrained"],
    revenueModels: ["productLicence", "serviceFees"],
    stages: ["REVENUE"],
    outcome: "success",
    failureCauses: [],
    riskCategories: ["cashFlow", "operations"],
    source: "两家律所 IT 负责人的介绍，未经书面核实",
    sourceQuality: "teamUnverified",
  },
  {
    kind: "postMortem",
    title: "首个律所试点未续约复盘",
    context: "2026 年夏季在一家 30 人律所做了 6 周免费试点。",
    approach: "只覆盖采购合同一种类型，律师在网页上传合同后查看风险清单。",
    businessModel: "试点免费，计划转为按席位订阅。",
    whatHappened: "试点结束后律所没有续约：律师反馈风险清单太长、误报多，而且需要离开 Word 去网页操作。",
    risks: "误报过多导致律师不信任结果\n工作流割裂，使用频率低",
    lessons: "先把误报率降下来，再扩展合同类型\n优先做 Word 插件，留在律师原有的工作流里",
    sectors: ["legal"],
    aiPatterns: ["appOnPretrained"],
    revenueModels: ["subscription"],
    stages: ["MVP"],
    outcome: "failure",
    failureCauses: ["productExperience"],
    riskCategories: ["modelQuality", "marketAcceptance"],
    source: "团队自己的试点记录和结项访谈",
    sourceQuality: "teamFirsthand",
  },
];

const EN: DemoCase[] = [
  {
    kind: "competitor",
    title: "Dictation software (competitor category)",
    context: "Most clinics we visited already use speech-to-text dictation for notes.",
    approach: "Doctors dictate after the visit; the software transcribes, and the doctor edits the text into the record.",
    businessModel: "Per-clinician monthly licence.",
    whatHappened: "Widely installed, but doctors still spend time after each visit writing structured notes.",
    risks: "Clinics see us as one more dictation tool\nSwitching cost from software they already pay for",
    lessons: "Position on the structured note, not the transcript\nOffer a side-by-side trial against their current dictation",
    sectors: ["healthcare"],
    aiPatterns: ["appOnPretrained"],
    revenueModels: ["subscription"],
    stages: ["REVENUE", "SCALE"],
    outcome: "success",
    failureCauses: [],
    riskCategories: ["competition", "marketAcceptance"],
    source: "Visits to 6 outpatient clinics, September 2026",
    sourceQuality: "teamFirsthand",
  },
  {
    kind: "analogue",
    title: "Imaging triage tools (regulatory analogue)",
    context: "Image-analysis products in radiology went through medical-device review before clinical use.",
    approach: "Narrow intended use, clinical validation on several sites, clinician stays in the loop.",
    businessModel: "Licences to hospitals and partnerships with device makers.",
    whatHappened: "Approval paths took many months; the products that got through kept a narrow, well-documented intended use.",
    risks: "Our note drafting could be classed as a medical device if it suggests diagnoses\nValidation across clinics takes longer than planned",
    lessons: "Keep the intended use to documentation, with the clinician signing every note\nGet a regulatory opinion before adding any diagnostic suggestion",
    sectors: ["healthcare"],
    aiPatterns: ["computerVision", "predictionScoring"],
    revenueModels: ["productLicence"],
    stages: ["PROTOTYPE", "MVP"],
    outcome: "unknown",
    failureCauses: [],
    riskCategories: ["regulation"],
    source: "Public regulator guidance and talks with a regulatory consultant",
    sourceQuality: "teamVerified",
  },
  {
    kind: "postMortem",
    title: "Stalled pilot at a two-doctor practice",
    context: "A four-week pilot in a small family practice in early 2026.",
    approach: "Laptop microphone in the consulting room, notes drafted in a web app, copied into the record by hand.",
    businessModel: "Free pilot.",
    whatHappened: "Usage dropped after week two: audio quality was poor in a noisy room and copying notes across took as long as writing them.",
    risks: "Poor audio in real rooms\nNo integration with the clinic's record system",
    lessons: "Test with the clinic's real room and hardware before the pilot\nIntegrate with at least one record system before the next pilot",
    sectors: ["healthcare"],
    aiPatterns: ["appOnPretrained"],
    revenueModels: [],
    stages: ["PROTOTYPE"],
    outcome: "failure",
    failureCauses: ["productExperience"],
    riskCategories: ["modelQuality", "marketAcceptance"],
    source: "Our pilot notes and the exit interview",
    sourceQuality: "teamFirsthand",
  },
];

export const seedCasesSection: SectionSeeder = async (db, demo) => {
  for (const [projectId, cases] of [
    [demo.zhProjectId, ZH],
    [demo.enProjectId, EN],
  ] as const) {
    if ((await db.ownCase.count({ where: { projectId } })) > 0) continue;
    await db.ownCase.createMany({ data: cases.map((c) => ({ projectId, ...c })) });
  }
};
