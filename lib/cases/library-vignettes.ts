// Sector vignettes from documents 003 §6 and 001 §6: application patterns, not companies. No
// results are claimed because the sources give none.
import type { LibraryCardInput } from "./library-types";

const ILLUSTRATIVE = {
  en: "An illustrative application pattern: the sources name no company and give no results.",
  zh: "这是一个示意性的应用模式：原始文档没有提到具体公司，也没有给出结果。",
};

export const VIGNETTE_CASES: LibraryCardInput[] = [
  {
    id: "vignette-finance",
    kind: "sectorVignette",
    title: { en: "Finance: credit scoring and fraud detection", zh: "金融：信用评分与欺诈检测" },
    context: {
      en: "Banks and lenders score loan applicants to reduce non-performing loans, and monitor transactions to catch fraud in real time.",
      zh: "银行和放贷机构对贷款申请人进行信用评分以降低不良贷款率，并实时监控交易以发现欺诈。",
    },
    approach: {
      en: "Models trained on historical applications, repayments and transactions; the score feeds a human or rule-based decision.",
      zh: "用历史申请、还款和交易数据训练模型；评分结果交给人工或规则做最终决策。",
    },
    businessModel: {
      en: "For a startup: custom development or licences for banks, or a usage-priced scoring API.",
      zh: "对创业公司而言：为银行定制开发或授权，或提供按调用量计费的评分 API。",
    },
    whatHappened: ILLUSTRATIVE,
    risks: [
      { en: "Unfair or discriminatory lending decisions learned from biased data", zh: "模型从有偏数据中学到不公平或歧视性的放贷决策", category: "ethics" },
      { en: "Regulators and rejected applicants demanding explanations", zh: "监管机构和被拒申请人要求解释", category: "explainability" },
      { en: "Strict protection rules for financial and personal data", zh: "金融和个人数据受到严格保护", category: "dataPrivacy" },
      { en: "Long bank procurement and security reviews", zh: "银行采购和安全审查周期长", category: "marketAcceptance" },
    ],
    lessons: [
      { en: "Build explainability and bias testing into the product; banks will ask for both.", zh: "把可解释性和偏差测试做进产品里；银行一定会要求。" },
      { en: "Plan for private or on-premise deployment: financial data often cannot leave the client.", zh: "规划私有化或本地部署：金融数据往往不能离开客户环境。" },
    ],
    corrections: [],
    tags: {
      sectors: ["finance"],
      aiPatterns: ["predictionScoring"],
      revenueModels: ["customDevelopment", "productLicence", "usageApi"],
      stages: ["MVP", "REVENUE"],
      outcome: "unknown",
      failureCauses: [],
    },
    sources: ["003", "001", "004"],
    sourceQuality: "illustrativePattern",
  },
  {
    id: "vignette-healthcare",
    kind: "sectorVignette",
    title: { en: "Healthcare: imaging-assisted diagnosis and early screening", zh: "医疗：影像辅助诊断与早期筛查" },
    context: {
      en: "Models analyse X-ray, CT and MRI images, medical records and genetic data to support diagnosis (for example early lung-cancer screening) and to help drug discovery.",
      zh: "模型分析 X 光、CT、MRI 影像以及病历和基因数据，辅助诊断（例如肺癌早期筛查），并助力药物研发。",
    },
    approach: {
      en: "Convolutional networks, a technique dating back to LeNet in the late 1980s and 1990s, and newer architectures trained on labelled medical images; the output supports the clinician rather than replacing them.",
      zh: "使用卷积神经网络（可追溯到 20 世纪 80 年代末至 90 年代的 LeNet）及更新的架构，在标注好的医学影像上训练；输出用于辅助而非取代医生。",
    },
    businessModel: {
      en: "Licences or subscriptions for hospitals, per-study fees, or partnerships with imaging-device makers.",
      zh: "向医院收取授权费或订阅费、按检查次数收费，或与影像设备厂商合作。",
    },
    whatHappened: ILLUSTRATIVE,
    risks: [
      { en: "Approval as a medical device before clinical use", zh: "临床使用前需要取得医疗器械审批", category: "regulation" },
      { en: "Patient consent and de-identification of medical data", zh: "患者知情同意和医疗数据去标识化", category: "dataPrivacy" },
      { en: "Errors harming patients, and who is liable", zh: "错误可能伤害患者，以及责任归属", category: "ethics" },
      { en: "Models that do not generalise across hospitals and scanners", zh: "模型在不同医院和设备之间泛化能力不足", category: "modelQuality" },
    ],
    lessons: [
      { en: "Validate on data from several hospitals before claiming any accuracy.", zh: "在宣称任何准确率之前，先用多家医院的数据验证。" },
      { en: "Put the approval path (time and cost) into the plan and the budget.", zh: "把审批路径（时间和成本）写进计划和预算。" },
      { en: "Design for clinician oversight: the doctor confirms, the model assists.", zh: "为医生把关而设计：医生确认，模型辅助。" },
    ],
    corrections: [],
    tags: {
      sectors: ["healthcare"],
      aiPatterns: ["computerVision", "predictionScoring"],
      revenueModels: ["productLicence", "subscription"],
      stages: ["PROTOTYPE", "MVP"],
      outcome: "unknown",
      failureCauses: [],
    },
    sources: ["003", "001"],
    sourceQuality: "illustrativePattern",
  },
  {
    id: "vignette-ecommerce",
    kind: "sectorVignette",
    title: { en: "E-commerce and retail: recommendations and demand forecasting", zh: "电商与零售：个性化推荐与需求预测" },
    context: {
      en: "Platforms recommend products from purchase and browsing history to raise satisfaction and conversion; retailers forecast demand to manage inventory and personalise marketing.",
      zh: "电商平台根据购买和浏览历史推荐商品，以提高满意度和转化率；零售商预测需求以优化库存并开展个性化营销。",
    },
    approach: {
      en: "Recommendation and forecasting models on behaviour and sales data, judged by conversion, sales and stock levels.",
      zh: "基于行为和销售数据的推荐与预测模型，以转化率、销售额和库存水平来衡量。",
    },
    businessModel: {
      en: "Used inside the retailer's own business, or sold to merchants as a subscription or usage-priced service.",
      zh: "在零售商自身业务中使用，或以订阅、按用量计费的方式卖给商家。",
    },
    whatHappened: ILLUSTRATIVE,
    risks: [
      { en: "Behaviour data collected without consent", zh: "未经同意收集行为数据", category: "dataPrivacy" },
      { en: "Rules on algorithmic recommendation requiring transparency and an opt-out", zh: "算法推荐相关规定要求透明并提供关闭选项", category: "regulation" },
      { en: "Large platforms giving their merchants the same tools for free", zh: "大平台把同样的工具免费提供给自己的商家", category: "competition" },
    ],
    lessons: [
      { en: "Prove the uplift with an A/B test, then price on the value you proved.", zh: "用 A/B 测试证明提升效果，再按已证明的价值定价。" },
      { en: "Small merchants have little data: plan for the cold start.", zh: "小商家的数据很少：要为冷启动做好准备。" },
    ],
    corrections: [],
    tags: {
      sectors: ["ecommerce", "marketing"],
      aiPatterns: ["recommendation", "predictionScoring"],
      revenueModels: ["subscription", "usageApi"],
      stages: ["MVP", "REVENUE"],
      outcome: "unknown",
      failureCauses: [],
    },
    sources: ["003", "001"],
    sourceQuality: "illustrativePattern",
  },
  {
    id: "vignette-customer-service",
    kind: "sectorVignette",
    title: { en: "Customer service: round-the-clock intelligent support", zh: "客户服务：全天候智能客服" },
    context: {
      en: "Companies use conversational models to answer common questions around the clock and hand harder cases to people.",
      zh: "企业用对话模型全天候回答常见问题，把复杂问题转给人工处理。",
    },
    approach: {
      en: "A language model grounded in the company's own knowledge base, with escalation to human agents.",
      zh: "以企业自己的知识库为依据的语言模型，并可转接人工客服。",
    },
    businessModel: {
      en: "A subscription per seat or per conversation volume, or a usage-priced API.",
      zh: "按坐席或会话量订阅收费，或按调用量计费的 API。",
    },
    whatHappened: ILLUSTRATIVE,
    risks: [
      { en: "Confidently wrong answers given to customers", zh: "向客户给出看似可信却错误的回答", category: "modelQuality" },
      { en: "Customers' personal data in conversations", zh: "对话中包含客户的个人信息", category: "dataPrivacy" },
      { en: "Frustrated customers when there is no way to reach a person", zh: "无法转人工时客户的不满", category: "marketAcceptance" },
      { en: "Dependence on a third-party model API", zh: "依赖第三方模型 API", category: "providerDependency" },
    ],
    lessons: [
      { en: "Ground answers in the client's own documents and show where each answer comes from.", zh: "以客户自己的文档为依据回答，并标明每个回答的出处。" },
      { en: "Always offer a path to a person.", zh: "始终提供转人工的途径。" },
      { en: "Measure resolution rate and satisfaction, not just message volume.", zh: "衡量问题解决率和满意度，而不只是消息数量。" },
    ],
    corrections: [],
    tags: {
      sectors: ["customerService", "ecommerce"],
      aiPatterns: ["conversationalQa", "appOnPretrained"],
      revenueModels: ["subscription", "usageApi"],
      stages: ["PROTOTYPE", "MVP", "REVENUE"],
      outcome: "unknown",
      failureCauses: [],
    },
    sources: ["001", "002"],
    sourceQuality: "illustrativePattern",
  },
  {
    id: "vignette-education",
    kind: "sectorVignette",
    title: { en: "Education: personalised tutoring and content generation", zh: "教育：个性化辅导与内容生成" },
    context: {
      en: "Models analyse learners' behaviour and results to give personalised advice, and generate course content.",
      zh: "模型分析学习者的学习行为和成绩，给出个性化建议，并生成课程内容。",
    },
    approach: {
      en: "Adaptive practice and feedback; text-generation models draft lessons and exercises that teachers review.",
      zh: "自适应练习与反馈；由文本生成模型起草课程和练习，再由教师审核。",
    },
    businessModel: {
      en: "Subscriptions for learners or schools, or licences for institutions.",
      zh: "面向学习者或学校的订阅，或面向机构的授权。",
    },
    whatHappened: ILLUSTRATIVE,
    risks: [
      { en: "Minors' data and the stricter rules protecting it", zh: "未成年人数据及其更严格的保护规定", category: "dataPrivacy" },
      { en: "Generated teaching content containing errors", zh: "生成的教学内容存在错误", category: "modelQuality" },
      { en: "Slow school procurement and budget cycles", zh: "学校采购和预算周期缓慢", category: "marketAcceptance" },
    ],
    lessons: [
      { en: "Keep a teacher in the loop for generated content.", zh: "生成的内容要有教师把关。" },
      { en: "Treat learners' data, especially minors', as sensitive from the start.", zh: "从一开始就把学习者（尤其是未成年人）的数据当作敏感数据。" },
    ],
    corrections: [],
    tags: {
      sectors: ["education"],
      aiPatterns: ["contentGeneration", "conversationalQa"],
      revenueModels: ["subscription", "productLicence"],
      stages: ["PROTOTYPE", "MVP"],
      outcome: "unknown",
      failureCauses: [],
    },
    sources: ["001", "004"],
    sourceQuality: "illustrativePattern",
  },
];
