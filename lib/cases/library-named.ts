// Named companies from documents 000 §7 and 004 appendix 3. Only publicly known facts, generalised;
// the documents' wrong figures are corrected, never repeated.
import type { LibraryCardInput } from "./library-types";

export const NAMED_CASES: LibraryCardInput[] = [
  {
    id: "openai-gpt",
    kind: "namedCompany",
    title: { en: "OpenAI GPT series", zh: "OpenAI 的 GPT 系列" },
    context: {
      en: "A research company that built successive generative language models (GPT-1, GPT-2, GPT-3 and later). GPT-3 was released in 2020 with 175 billion parameters, one of the largest language models of its time.",
      zh: "一家研究型公司，连续推出多代生成式语言模型（GPT-1、GPT-2、GPT-3 及后续版本）。GPT-3 于 2020 年发布，参数量为 1750 亿，是当时最大的语言模型之一。",
    },
    approach: {
      en: "Heavy, sustained investment in research talent and compute; training on very large text corpora; turning the model into general capabilities (text generation, translation, code generation) that others build products on.",
      zh: "长期大量投入研究人才和算力；用超大规模文本语料训练；把模型变成通用能力（文本生成、翻译、代码生成），供其他人在其上构建产品。",
    },
    businessModel: {
      en: "Paid API access billed by usage, later joined by subscriptions to the ChatGPT product and enterprise agreements. The model weights of GPT-3 were never released.",
      zh: "按用量计费的付费 API，后来又增加了 ChatGPT 产品的订阅和企业协议。GPT-3 的模型权重从未公开。",
    },
    whatHappened: {
      en: "The GPT models became widely used through the API and, from late 2022, through ChatGPT. The source documents give no revenue, cost or user figures, and none are added here.",
      zh: "GPT 模型通过 API、以及自 2022 年底起通过 ChatGPT 得到广泛使用。原始文档没有给出收入、成本或用户数据，本卡片也不补充。",
    },
    risks: [
      { en: "Very high compute and data cost long before any revenue", zh: "在产生收入之前就需要极高的算力和数据成本", category: "computeCost" },
      { en: "Inference cost per request eating the margin of a usage-priced API", zh: "按用量定价的 API 中，单次推理成本吞掉毛利", category: "computeCost" },
      { en: "Misuse, safety and regulatory scrutiny growing with reach", zh: "影响力越大，滥用、安全和监管审查的压力越大", category: "regulation" },
    ],
    lessons: [
      {
        en: "For a foundation-model company, sustained R&D investment is the moat and needs funding to match; most startups should build on such models rather than compete with them.",
        zh: "对基础模型公司而言，持续的研发投入就是护城河，也需要与之匹配的资金；多数创业公司应在这类模型之上构建，而不是与之正面竞争。",
      },
      {
        en: "A general capability becomes a business once it is packaged for developers: a clear API, usage-based pricing and good documentation.",
        zh: "通用能力要成为生意，需要面向开发者包装好：清晰的 API、按用量定价和完善的文档。",
      },
      { en: "Stay user-oriented: release early, watch how people use the product, iterate.", zh: "坚持用户导向：尽早发布，观察用户如何使用产品，持续迭代。" },
    ],
    corrections: [
      {
        en: "One source document gives GPT-3 a wrong release year and a parameter count about ten times too large, and contradicts itself later. Known: GPT-3 was released in 2020 with 175 billion parameters.",
        zh: "一份原始文档把 GPT-3 的发布年份写错了，参数量也夸大了约十倍，且后文自相矛盾。已知事实：GPT-3 于 2020 年发布，参数量为 1750 亿。",
      },
      {
        en: "The source calls OpenAI's business model \"open cooperation\". That is not a revenue model: OpenAI earns through a paid API and subscriptions, and the GPT-3 weights are closed.",
        zh: "原文把 OpenAI 的商业模式称为“开放合作模式”。这不是一种盈利模式：OpenAI 通过付费 API 和订阅获得收入，GPT-3 的权重并未开放。",
      },
    ],
    tags: {
      sectors: ["crossIndustry"],
      aiPatterns: ["foundationModel", "conversationalQa", "contentGeneration"],
      revenueModels: ["usageApi", "subscription"],
      stages: ["IDEA", "SCALE"],
      outcome: "success",
      failureCauses: [],
    },
    sources: ["000", "004"],
    sourceQuality: "namedCompanyGeneralised",
  },
  {
    id: "baidu-paddlepaddle",
    kind: "namedCompany",
    title: { en: "Baidu PaddlePaddle (飞桨) open platform", zh: "百度飞桨 AI 开放平台" },
    context: {
      en: "Baidu's open-source deep-learning framework and development platform, with model libraries, training and deployment tools, and Baidu AI Cloud services around it.",
      zh: "百度的开源深度学习框架与开发平台，配套模型库、训练与部署工具，以及围绕它的百度智能云服务。",
    },
    approach: {
      en: "Give developers a full stack (framework, pretrained models, tools, learning material) to lower the barrier to building AI; grow a developer community; work with industry partners to take it into production in sectors such as finance, healthcare and manufacturing.",
      zh: "为开发者提供全栈支持（框架、预训练模型、工具、学习资料），降低 AI 开发门槛；培育开发者社区；与行业伙伴合作，在金融、医疗、制造等行业落地。",
    },
    businessModel: {
      en: "The framework itself is free and open source. The ecosystem it builds feeds paid cloud compute, model APIs and enterprise services. The source gives no revenue figures.",
      zh: "框架本身免费开源。它培育的生态带动付费的云算力、模型 API 和企业服务。原文没有给出收入数据。",
    },
    whatHappened: {
      en: "PaddlePaddle became one of the main deep-learning frameworks used in China, with an active developer community. The source gives no user or revenue numbers, and none are added here.",
      zh: "飞桨成为国内主要的深度学习框架之一，拥有活跃的开发者社区。原文没有给出用户数或收入数据，本卡片也不补充。",
    },
    risks: [
      { en: "Open source gives the core away: revenue depends on converting users into paying cloud or enterprise customers", zh: "开源把核心能力免费送出：收入取决于能否把用户转化为付费的云或企业客户", category: "strategy" },
      { en: "Competing with global frameworks for developers' attention", zh: "与国际主流框架争夺开发者", category: "competition" },
      { en: "A platform strategy needs long, expensive ecosystem investment", zh: "平台战略需要长期、昂贵的生态投入", category: "costControl" },
    ],
    lessons: [
      { en: "Lowering the barrier (tools, documentation, examples) can itself be what wins users.", zh: "降低门槛（工具、文档、示例）本身就可能是赢得用户的关键。" },
      {
        en: "A startup rarely has a big company's accumulated technology; ride such platforms (pretrained models, credits, tooling) instead of building one.",
        zh: "创业公司很少拥有大公司那样的技术积累；应借助这类平台（预训练模型、算力额度、工具），而不是自己再造一个。",
      },
      { en: "Partner with industry leaders to get from demo to production.", zh: "与行业龙头合作，完成从演示到生产落地的跨越。" },
    ],
    corrections: [],
    tags: {
      sectors: ["crossIndustry", "finance", "healthcare", "manufacturing"],
      aiPatterns: ["developerPlatform"],
      revenueModels: ["usageApi", "serviceFees"],
      stages: ["SCALE"],
      outcome: "success",
      failureCauses: [],
    },
    sources: ["000", "004"],
    sourceQuality: "namedCompanyGeneralised",
  },
  {
    id: "zhipu-chatglm",
    kind: "namedCompany",
    title: { en: "Zhipu AI ChatGLM", zh: "智谱 AI 的 ChatGLM" },
    context: {
      en: "Zhipu AI (智谱), a Chinese company that grew out of Tsinghua University research, builds the GLM family of language models; ChatGLM is its conversational model.",
      zh: "智谱 AI 是一家源自清华大学科研团队的中国公司，研发 GLM 系列语言模型；ChatGLM 是其对话模型。",
    },
    approach: {
      en: "Track the research frontier and iterate quickly; publish open-weight models (such as ChatGLM-6B) to build a developer base; offer larger models through a hosted service and to enterprises.",
      zh: "紧跟研究前沿、快速迭代；发布开放权重模型（如 ChatGLM-6B）积累开发者；通过托管服务和面向企业的方式提供更大的模型。",
    },
    businessModel: {
      en: "A paid model API plus customised or privately deployed solutions for enterprises (the source stresses \"customised solutions\"). No prices or revenue are given.",
      zh: "付费模型 API，加上面向企业的定制化或私有化部署方案（原文强调“定制化的解决方案”）。没有给出价格或收入。",
    },
    whatHappened: {
      en: "ChatGLM-6B, released with open weights in 2023, was widely used by developers. The source says ChatGLM \"performed well in many dialogue scenarios\" but gives no figures.",
      zh: "2023 年以开放权重发布的 ChatGLM-6B 被开发者广泛使用。原文称 ChatGLM“在多个对话场景中表现出色”，但没有给出任何数据。",
    },
    risks: [
      { en: "Per-client customisation that is hard to scale and ties up engineers", zh: "逐个客户定制，难以规模化且占用工程师", category: "operations" },
      { en: "Competing with much larger platforms on model quality and price", zh: "在模型质量和价格上与体量大得多的平台竞争", category: "competition" },
      { en: "Regulatory requirements for public generative-AI services", zh: "面向公众的生成式 AI 服务须满足的监管要求", category: "regulation" },
    ],
    lessons: [
      { en: "Keep tracking the frontier and iterate fast.", zh: "持续跟踪技术前沿，快速迭代。" },
      { en: "Open-weight releases can build reach cheaply; pair them with a paid offering.", zh: "开放权重发布能以较低成本扩大影响力；要配合付费产品。" },
      { en: "Customised solutions bring early revenue and learning; plan from the start how to turn them into a product.", zh: "定制化方案能带来早期收入和客户洞察；从一开始就规划如何将其产品化。" },
    ],
    corrections: [
      {
        en: "One source document describes ChatGLM at a scale far beyond anything published for it. Known: the openly released ChatGLM models are small — ChatGLM-6B (2023) has about 6 billion parameters and its successor GLM-4-9B (2024) about 9 billion; the GLM-130B research model has about 130 billion. In 2025 Zhipu released GLM-4.5 with open weights: a mixture-of-experts model of about 355 billion parameters in total, about 32 billion active per token. None comes near the scale the source claims.",
        zh: "一份原始文档对 ChatGLM 规模的描述远超其任何已公开的模型。已知事实：公开发布的 ChatGLM 模型规模较小——ChatGLM-6B（2023）约 60 亿参数，后续的 GLM-4-9B（2024）约 90 亿参数；GLM-130B 研究模型约 1300 亿参数。2025 年智谱以开放权重发布 GLM-4.5：混合专家模型，总参数约 3550 亿，每个 token 激活约 320 亿。都远未达到原文所称的规模。",
      },
    ],
    tags: {
      sectors: ["crossIndustry"],
      aiPatterns: ["foundationModel", "conversationalQa"],
      revenueModels: ["usageApi", "customDevelopment", "productLicence"],
      stages: ["MVP", "REVENUE", "SCALE"],
      outcome: "success",
      failureCauses: [],
    },
    sources: ["000"],
    sourceQuality: "namedCompanyGeneralised",
  },
  {
    id: "google-automl",
    kind: "namedCompany",
    title: { en: "Google AutoML (listed only)", zh: "Google AutoML（仅列出）" },
    context: {
      en: "Automated machine learning from Google's research teams, offered as a cloud service that builds models from a customer's own data with little ML expertise. The source only names it in a list.",
      zh: "谷歌研究团队推出的自动化机器学习，以云服务形式提供，让缺乏机器学习经验的客户也能用自己的数据构建模型。原文只在列表中提到它。",
    },
    approach: {
      en: "Automate model search and training so that customers bring data and a goal, and get a deployable model.",
      zh: "把模型搜索和训练自动化：客户提供数据和目标，得到可部署的模型。",
    },
    businessModel: {
      en: "Pay-as-you-go cloud pricing for training and prediction, as part of a larger cloud platform (today Google Cloud's Vertex AI).",
      zh: "作为大型云平台的一部分（如今属于 Google Cloud 的 Vertex AI），按训练和预测用量付费。",
    },
    whatHappened: {
      en: "Not described in the source. No outcome is claimed here.",
      zh: "原文没有描述。本卡片不作结果判断。",
    },
    risks: [
      { en: "Big cloud platforms bundling the same capability your product sells", zh: "大型云平台把你的产品功能打包进自己的服务", category: "competition" },
      { en: "Customers' data quality limiting what automation can achieve", zh: "客户数据质量限制了自动化的效果", category: "dataQuality" },
    ],
    lessons: [
      {
        en: "If your product automates something a cloud platform can add as a feature, differentiate on a domain, a workflow or data they do not have.",
        zh: "如果你的产品把云平台也能顺手提供的功能自动化了，就要靠特定领域、工作流程或对方没有的数据来形成差异。",
      },
    ],
    corrections: [],
    tags: {
      sectors: ["crossIndustry"],
      aiPatterns: ["developerPlatform"],
      revenueModels: ["usageApi"],
      stages: ["IDEA"],
      outcome: "unknown",
      failureCauses: [],
    },
    sources: ["004"],
    sourceQuality: "listedOnly",
  },
];
