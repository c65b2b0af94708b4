// The anonymous success and failure stories of document 002 §5 and appendix B. None can be verified;
// the cards keep the lessons and say plainly what is missing or inconsistent.
import type { LibraryCardInput } from "./library-types";

const NO_MODEL = { en: "Not stated in the source.", zh: "原文没有说明。" };

export const ANONYMOUS_CASES: LibraryCardInput[] = [
  {
    id: "anon-robo-advisor-expansion",
    kind: "anonymousCase",
    title: { en: "Robo-advisor that expanded into healthcare and driving (anonymous)", zh: "从智能投顾扩张到医疗和自动驾驶的公司（匿名）" },
    context: {
      en: "An unnamed company is said to have started with robo-advisory services in fintech and later applied large models to healthcare and autonomous driving.",
      zh: "一家未具名的公司据称从金融科技领域的智能投顾起步，后来把大模型应用到智能医疗和自动驾驶。",
    },
    approach: {
      en: "According to the source: large pretrained language models with self-supervised and transfer learning, sold as customised solutions to financial institutions, hospitals and car makers.",
      zh: "据原文：采用大规模预训练语言模型，结合自监督学习和迁移学习，向金融机构、医疗机构和汽车制造商提供定制化解决方案。",
    },
    businessModel: {
      en: "Described as \"SaaS + subscription\", yet also as customised solutions per client. These are different models with different economics (recurring product revenue versus project revenue), and the source does not say which one actually paid.",
      zh: "原文称其为“SaaS+订阅”，同时又说是为每个客户提供定制化方案。两者是经济特征不同的模式（持续的产品收入与项目收入），原文没有说明究竟是哪一种带来了收入。",
    },
    whatHappened: {
      en: "The source claims a stock-market listing and a fast-rising market value. No name, date or figure allows this to be checked, so treat it as unverified.",
      zh: "原文称公司上市后市值迅速攀升。没有任何名称、日期或数据可以核实，应视为未经证实。",
    },
    risks: [
      { en: "Expanding into several unrelated, heavily regulated sectors at once", zh: "同时扩张到多个互不相关、监管严格的行业", category: "strategy" },
      { en: "Mixing a subscription product with bespoke projects, blurring margins", zh: "订阅产品与定制项目混在一起，毛利难以看清", category: "costControl" },
      { en: "Separate sector regulation in every new market", zh: "每进入一个新市场都要面对不同的行业监管", category: "regulation" },
    ],
    lessons: [
      {
        en: "Name your revenue model precisely: subscription and custom development need different teams, pricing and sales.",
        zh: "准确说明你的盈利模式：订阅和定制开发需要不同的团队、定价和销售方式。",
      },
      { en: "Expand into a new sector only once the first one works; each regulated sector is almost a new company.", zh: "只有第一个行业跑通之后再扩张；每个受监管的行业几乎都相当于重新创业。" },
    ],
    corrections: [
      {
        en: "The source's timeline puts this company's early years before the pretrained models it is said to have used existed: GPT and BERT were only published in 2018. The story cannot be right as written, so no founding year is given here.",
        zh: "原文的时间线把这家公司的早期经营放在它据称使用的预训练模型问世之前：GPT 和 BERT 直到 2018 年才发布。按原文写法不可能成立，因此这里不写成立年份。",
      },
    ],
    tags: {
      sectors: ["finance", "healthcare", "autonomousDriving"],
      aiPatterns: ["appOnPretrained", "predictionScoring"],
      revenueModels: ["subscription", "customDevelopment"],
      stages: ["REVENUE", "SCALE"],
      outcome: "success",
      failureCauses: [],
    },
    sources: ["002"],
    sourceQuality: "anonymousUnverified",
  },
  {
    id: "anon-healthcare-platform",
    kind: "anonymousCase",
    title: { en: "Diagnosis and drug-discovery platform (anonymous)", zh: "智能诊断与药物研发平台（匿名）" },
    context: {
      en: "An unnamed company applied large models to healthcare: a diagnosis-support system and a drug-discovery platform.",
      zh: "一家未具名的公司把大模型应用于智能医疗：开发了智能诊断系统和药物研发平台。",
    },
    approach: { en: "Large-scale analysis of medical data with deep learning.", zh: "用深度学习对大规模医疗数据进行分析。" },
    businessModel: NO_MODEL,
    whatHappened: {
      en: "The source claims \"breakthrough results\" and better medical efficiency without any figure, study or name. Treat it as unverified.",
      zh: "原文称取得了“突破性成果”并提高了医疗效率，但没有任何数据、研究或名称。应视为未经证实。",
    },
    risks: [
      { en: "Clinical validation and medical-device approval taking years", zh: "临床验证和医疗器械审批需要数年", category: "regulation" },
      { en: "Access to patient data: consent, de-identification, hospital agreements", zh: "获取患者数据：知情同意、去标识化、医院合作协议", category: "dataPrivacy" },
      { en: "Long hospital sales cycles", zh: "医院采购周期很长", category: "marketAcceptance" },
    ],
    lessons: [
      { en: "In healthcare, plan clinical validation and regulatory approval from day one, and budget the time.", zh: "在医疗领域，从第一天起就规划临床验证和监管审批，并为此预留时间。" },
      { en: "Secure lawful data access (consent, de-identification, hospital partnerships) before building models.", zh: "在构建模型之前，先确保合法获取数据（知情同意、去标识化、医院合作）。" },
      { en: "A claimed \"breakthrough\" needs peer-reviewed or regulator-reviewed evidence before it goes in a pitch.", zh: "所谓“突破”在写进融资材料之前，需要经过同行评审或监管审查的证据。" },
    ],
    corrections: [],
    tags: {
      sectors: ["healthcare"],
      aiPatterns: ["predictionScoring", "computerVision"],
      revenueModels: [],
      stages: ["PROTOTYPE", "MVP"],
      outcome: "success",
      failureCauses: [],
    },
    sources: ["002"],
    sourceQuality: "anonymousUnverified",
  },
  {
    id: "anon-funding-mix",
    kind: "anonymousCase",
    title: { en: "Funding path: angel, venture capital, several rounds (anonymous)", zh: "融资历程：天使投资、风险投资、多轮融资（匿名）" },
    context: {
      en: "An unnamed large-model startup is said to have raised angel and then venture-capital money over several rounds.",
      zh: "一家未具名的大模型创业公司据称先后获得天使投资和风险投资，完成了多轮融资。",
    },
    approach: {
      en: "A diversified funding mix of equity, debt and government subsidies, meant to keep cash flow stable.",
      zh: "采用股权融资、债务融资和政府补贴相结合的多元化融资策略，以保持资金链稳定。",
    },
    businessModel: NO_MODEL,
    whatHappened: {
      en: "The source says the money supported fast growth. No amounts, dates or investors are given.",
      zh: "原文称这些资金支持了公司的快速发展。没有给出金额、日期或投资方。",
    },
    risks: [
      { en: "Debt repayments and interest weighing on a company with uneven revenue", zh: "收入不稳定时，债务本息带来压力", category: "cashFlow" },
      { en: "Founders' stake diluted across many rounds", zh: "多轮融资后创始人股权被大幅稀释", category: "cashFlow" },
      { en: "Subsidies that come with conditions and reporting duties", zh: "政府补贴附带条件和报告义务", category: "regulation" },
    ],
    lessons: [
      { en: "Match the type of money to the stage: equity for uncertain early work, debt only against predictable revenue.", zh: "资金类型要与阶段匹配：早期不确定性高时用股权融资，只有收入可预测时才考虑债务。" },
      { en: "Government support funds for tech SMEs can extend runway; read the conditions first.", zh: "面向科技型中小企业的政府扶持资金可以延长现金跑道；先读清条件。" },
      { en: "Plan each round against milestones, and keep investor relations warm between rounds.", zh: "每一轮融资都对应明确的里程碑，轮与轮之间也要维护好投资人关系。" },
    ],
    corrections: [],
    tags: {
      sectors: ["crossIndustry"],
      aiPatterns: [],
      revenueModels: [],
      stages: ["IDEA", "PROTOTYPE", "MVP", "REVENUE"],
      outcome: "success",
      failureCauses: [],
    },
    sources: ["002"],
    sourceQuality: "anonymousUnverified",
  },
  {
    id: "anon-b2b-robo-advisor",
    kind: "anonymousCase",
    title: { en: "B2B robo-advisor for financial institutions (anonymous, appendix variant)", zh: "面向金融机构的 B2B 智能投顾（匿名，附录版本）" },
    context: {
      en: "The appendix version of the first success story: an unnamed company selling robo-advisory capabilities to financial institutions.",
      zh: "第一个成功案例在附录中的版本：一家未具名的公司向金融机构提供智能投顾能力。",
    },
    approach: {
      en: "Customised AI solutions that help institutions make investment decisions more efficiently.",
      zh: "提供定制化 AI 解决方案，帮助金融机构提高投资效率。",
    },
    businessModel: {
      en: "B2B custom development for financial institutions.",
      zh: "面向金融机构的 B2B 定制开发。",
    },
    whatHappened: {
      en: "The source says it quickly won market share and became an \"industry leader\". No name or figure lets this be checked.",
      zh: "原文称其迅速获得市场份额，成为“行业领军企业”。没有任何名称或数据可以核实。",
    },
    risks: [
      { en: "Financial regulation of investment advice and suitability", zh: "金融监管对投资建议和适当性的要求", category: "regulation" },
      { en: "Long enterprise sales cycles and procurement reviews", zh: "企业销售周期长，采购审查严格", category: "marketAcceptance" },
      { en: "Clients and regulators demanding explainable decisions", zh: "客户和监管要求决策可解释", category: "explainability" },
      { en: "Revenue concentrated on a few large clients", zh: "收入集中在少数大客户", category: "cashFlow" },
    ],
    lessons: [
      { en: "Selling to financial institutions means passing their compliance, security and explainability reviews; build for them from the start.", zh: "向金融机构销售意味着要通过合规、安全和可解释性审查；从一开始就按这些要求来构建。" },
      { en: "Custom projects are fine early on; productise the part that repeats across clients.", zh: "早期做定制项目没有问题；要把在不同客户间重复的部分产品化。" },
    ],
    corrections: [
      {
        en: "The same document tells this story twice with different business models (subscription in the main text, B2B custom solutions here). It is more likely a template than one real company.",
        zh: "同一份文档把这个故事讲了两遍，商业模式却不同（正文是订阅，附录是 B2B 定制方案）。它更可能是一个模板，而不是某一家真实的公司。",
      },
    ],
    tags: {
      sectors: ["finance"],
      aiPatterns: ["predictionScoring", "appOnPretrained"],
      revenueModels: ["customDevelopment"],
      stages: ["MVP", "REVENUE"],
      outcome: "success",
      failureCauses: [],
    },
    sources: ["002"],
    sourceQuality: "anonymousUnverified",
  },
  {
    id: "anon-failure-positioning",
    kind: "anonymousCase",
    title: { en: "Wrong positioning, poor product, cash ran out (anonymous)", zh: "市场定位不准、产品体验差、资金链断裂（匿名）" },
    context: { en: "An unnamed large-model startup that failed.", zh: "一家失败的未具名大模型创业公司。" },
    approach: {
      en: "The source says it developed and marketed its product without in-depth research or planning.",
      zh: "原文称该公司在产品开发和市场推广中缺乏深入的调研和规划。",
    },
    businessModel: NO_MODEL,
    whatHappened: {
      en: "The product did not fit market needs, the user experience was poor, cash flow broke and the company failed. No name or dates are given.",
      zh: "产品不符合市场需求，用户体验不佳，资金链断裂，公司最终失败。原文没有给出名称或时间。",
    },
    risks: [
      { en: "Building before validating demand", zh: "在验证需求之前就开始开发", category: "marketAcceptance" },
      { en: "Poor user experience driving users away", zh: "用户体验差导致用户流失", category: "marketAcceptance" },
      { en: "Running out of cash before product–market fit", zh: "在找到产品市场契合之前耗尽现金", category: "cashFlow" },
    ],
    lessons: [
      { en: "Research the market and talk to users before building; write down what would prove demand.", zh: "开发之前先做市场调研、和用户交流；写下什么能证明需求存在。" },
      { en: "Treat user experience as part of the product, not as polish for later.", zh: "把用户体验当作产品的一部分，而不是以后再打磨的细节。" },
      { en: "Track runway every month, and raise money or cut costs while there is still time.", zh: "每月跟踪现金跑道，在还来得及的时候融资或削减成本。" },
    ],
    corrections: [],
    tags: {
      sectors: ["crossIndustry"],
      aiPatterns: [],
      revenueModels: [],
      stages: ["IDEA", "PROTOTYPE", "MVP"],
      outcome: "failure",
      failureCauses: ["marketPositioning", "productExperience", "cashFlow"],
    },
    sources: ["002"],
    sourceQuality: "anonymousUnverified",
  },
  {
    id: "anon-failure-autonomous-driving",
    kind: "anonymousCase",
    title: { en: "Autonomous-driving venture beaten by difficulty and competition (anonymous)", zh: "自动驾驶创业：败于技术难度和市场竞争（匿名）" },
    context: { en: "An unnamed company tried to apply large models to autonomous driving.", zh: "一家未具名的公司尝试把大模型应用于自动驾驶。" },
    approach: {
      en: "It entered a technically hard, capital-intensive market with strong competitors.",
      zh: "进入了一个技术难度高、资本密集、竞争者强大的市场。",
    },
    businessModel: NO_MODEL,
    whatHappened: {
      en: "It failed. The source blames technical difficulty and fierce competition, and a lack of foresight in technology choice and market entry: it did not change direction in time.",
      zh: "公司最终失败。原文归因于技术难度大、市场竞争激烈，以及在技术选择和市场进入策略上缺乏前瞻性，未能及时调整方向。",
    },
    risks: [
      { en: "Technology that cannot reach the required safety level within the runway", zh: "在现金跑道内技术无法达到所需的安全水平", category: "technicalMaturity" },
      { en: "Much better-funded competitors", zh: "资金远比你雄厚的竞争对手", category: "competition" },
      { en: "Safety regulation and liability for accidents", zh: "安全监管和事故责任", category: "regulation" },
    ],
    lessons: [
      { en: "Before entering, test whether your technology can reach the bar within your funding.", zh: "进入之前，先检验你的技术能否在现有资金内达到门槛。" },
      { en: "Set explicit pivot triggers (dates, metrics) and act on them.", zh: "设定明确的转型触发条件（日期、指标），并按此行动。" },
      { en: "In capital-intensive markets, look for a narrower niche you can win.", zh: "在资本密集的市场里，寻找一个你能赢下的细分领域。" },
    ],
    corrections: [],
    tags: {
      sectors: ["autonomousDriving"],
      aiPatterns: ["autonomousSystems", "computerVision"],
      revenueModels: [],
      stages: ["IDEA", "PROTOTYPE"],
      outcome: "failure",
      failureCauses: ["technicalDifficulty", "competition", "lateToPivot"],
    },
    sources: ["002"],
    sourceQuality: "anonymousUnverified",
  },
  {
    id: "anon-failure-herd-expansion",
    kind: "anonymousCase",
    title: { en: "Herd-following and blind expansion (anonymous, generic)", zh: "盲目跟风与盲目扩张（匿名，泛化）" },
    context: {
      en: "The source's third failure is generic: no company, market or events are described, only the lesson.",
      zh: "原文的第三个失败案例是泛化的：没有描述公司、市场或经过，只有启示。",
    },
    approach: {
      en: "Implied by the lesson: following what is fashionable and expanding without focus.",
      zh: "从启示推断：追逐热点、缺乏重点地扩张。",
    },
    businessModel: NO_MODEL,
    whatHappened: { en: "Not described in the source.", zh: "原文没有描述。" },
    risks: [
      { en: "Chasing a crowded trend without differentiation", zh: "追逐拥挤的热点却没有差异化", category: "strategy" },
      { en: "Growing headcount and markets ahead of revenue", zh: "团队和市场扩张快于收入增长", category: "costControl" },
    ],
    lessons: [
      { en: "Put market research, product innovation and team building ahead of expansion.", zh: "把市场调研、产品创新和团队建设放在扩张之前。" },
      { en: "Do not copy what is fashionable or grow faster than your product and team can carry.", zh: "不要盲目跟风，也不要扩张得比产品和团队所能承受的更快。" },
    ],
    corrections: [],
    tags: {
      sectors: ["crossIndustry"],
      aiPatterns: [],
      revenueModels: [],
      stages: ["MVP", "REVENUE", "SCALE"],
      outcome: "failure",
      failureCauses: ["herdFollowing"],
    },
    sources: ["002"],
    sourceQuality: "anonymousUnverified",
  },
];
