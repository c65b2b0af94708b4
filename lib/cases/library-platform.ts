// The three platform-leverage cases of document 004 §3.1. The source gives steps but no results;
// the Q&A case is corrected where the source describes something that was not possible.
import type { LibraryCardInput } from "./library-types";

export const PLATFORM_CASES: LibraryCardInput[] = [
  {
    id: "platform-qa",
    kind: "platformCase",
    title: { en: "Intelligent Q&A platform on a large model", zh: "基于大模型的智能问答平台" },
    context: {
      en: "A startup builds a service that answers users' questions automatically, leaning on a platform for question-and-answer datasets, cloud GPUs and development tools.",
      zh: "一家初创公司开发自动回答用户问题的服务，依托平台提供的问答数据集、云端 GPU 和开发工具。",
    },
    approach: {
      en: "Collect and clean Q&A data, adapt the model to the domain, evaluate and tune, then serve answers through an API. In practice this means calling a hosted model's API, or fine-tuning an open-weight model, and adding the startup's own domain knowledge through retrieval.",
      zh: "收集并清洗问答数据，让模型适应业务领域，评估和调优，再通过 API 提供问答服务。实际做法是调用托管大模型的 API，或微调开放权重模型，并通过检索接入自己的领域知识。",
    },
    businessModel: {
      en: "Not stated in the source. Typical options are usage-based API fees or a subscription to the Q&A service.",
      zh: "原文没有说明。常见做法是按用量收取 API 费用，或按订阅收费。",
    },
    whatHappened: {
      en: "The source gives no results: no answer quality, users or revenue.",
      zh: "原文没有给出任何结果：没有回答质量、用户数或收入。",
    },
    risks: [
      { en: "Dependence on one model provider's API, prices and terms", zh: "依赖单一模型提供方的 API、价格和条款", category: "providerDependency" },
      { en: "Wrong or invented answers hurting users' trust", zh: "错误或编造的回答损害用户信任", category: "modelQuality" },
      { en: "Users' personal or confidential data sent to a third-party model", zh: "用户的个人或机密信息被发送给第三方模型", category: "dataPrivacy" },
      { en: "Inference cost per question growing faster than revenue", zh: "每次问答的推理成本增长快于收入", category: "computeCost" },
    ],
    lessons: [
      {
        en: "Decide early whether you call a hosted model or run an open-weight one: it sets your cost, your control and your data-protection position.",
        zh: "尽早决定是调用托管模型还是自行运行开放权重模型：这决定了你的成本、可控性和数据保护方式。",
      },
      { en: "Your advantage is domain data, evaluation and workflow, not the base model everyone can rent.", zh: "你的优势在于领域数据、评估体系和业务流程，而不是人人都能租用的基础模型。" },
      { en: "Measure answer quality on your own test questions before launch, and keep measuring.", zh: "上线前用自己的测试问题衡量回答质量，并持续衡量。" },
    ],
    corrections: [
      {
        en: "GPT-3's weights were never released, so no startup could train or host GPT-3 itself; access was only through OpenAI's paid API. Plan on calling a hosted API or fine-tuning an open-weight model.",
        zh: "GPT-3 的权重从未公开，任何创业公司都无法自行训练或部署 GPT-3，只能通过 OpenAI 的付费 API 使用。请按调用托管 API 或微调开放权重模型来规划。",
      },
    ],
    tags: {
      sectors: ["customerService", "crossIndustry"],
      aiPatterns: ["appOnPretrained", "conversationalQa"],
      revenueModels: ["usageApi", "subscription"],
      stages: ["IDEA", "PROTOTYPE", "MVP"],
      outcome: "unknown",
      failureCauses: [],
    },
    sources: ["004"],
    sourceQuality: "illustrativePattern",
  },
  {
    id: "platform-recommendation",
    kind: "platformCase",
    title: { en: "E-commerce recommendation system on platform data", zh: "电商智能推荐系统" },
    context: {
      en: "An e-commerce company builds personalised product recommendations from user-behaviour data (browsing, clicks, purchases), trained on cloud GPUs.",
      zh: "一家电商公司利用用户行为数据（浏览、点击、购买）构建个性化商品推荐，在云端 GPU 上训练。",
    },
    approach: {
      en: "Collect and clean behaviour data, build features (user profiles, item features), train models (collaborative filtering, content-based, deep learning), deploy behind an API with real-time updates, then evaluate and tune.",
      zh: "收集并清洗行为数据，构建特征（用户画像、商品特征），训练模型（协同过滤、基于内容、深度学习），通过 API 部署并实时更新，然后评估和调优。",
    },
    businessModel: {
      en: "Not stated. A recommender usually pays off inside the seller's own business (conversion, order value), or is sold to merchants as a subscription or usage-priced service.",
      zh: "原文没有说明。推荐系统通常在商家自身业务中体现价值（转化率、客单价），或以订阅、按用量计费的方式卖给商家。",
    },
    whatHappened: {
      en: "The source claims better user experience and conversion but gives no number, and names its evaluation tool only as \"Metrics\".",
      zh: "原文声称提升了用户体验和转化率，但没有给出任何数字，评估工具也只写作“Metrics”。",
    },
    risks: [
      { en: "Behaviour data used without a clear legal basis or consent", zh: "在没有明确法律依据或用户同意的情况下使用行为数据", category: "dataPrivacy" },
      { en: "Cold start: new users and new products have no history", zh: "冷启动：新用户和新商品没有历史数据", category: "modelQuality" },
      { en: "Rules on algorithmic recommendation requiring transparency and an opt-out", zh: "算法推荐相关规定要求透明并提供关闭选项", category: "regulation" },
      { en: "Offline metrics improving while real conversion does not", zh: "离线指标提升，但真实转化率没有提升", category: "modelQuality" },
    ],
    lessons: [
      { en: "Define the business metric (conversion, order value, retention) and the A/B test before building.", zh: "动手之前先定义业务指标（转化率、客单价、留存）和 A/B 测试方案。" },
      { en: "Put consent and data rights in place before collecting behaviour data.", zh: "在收集行为数据之前，先落实用户同意和数据权利。" },
      { en: "Start with simple baselines (popular items, collaborative filtering) and prove you beat them.", zh: "先用简单基线（热门商品、协同过滤），再证明你的模型更好。" },
    ],
    corrections: [],
    tags: {
      sectors: ["ecommerce", "marketing"],
      aiPatterns: ["recommendation"],
      revenueModels: ["subscription", "usageApi"],
      stages: ["PROTOTYPE", "MVP", "REVENUE"],
      outcome: "unknown",
      failureCauses: [],
    },
    sources: ["004"],
    sourceQuality: "illustrativePattern",
  },
  {
    id: "platform-vision",
    kind: "platformCase",
    title: { en: "Computer-vision image recognition on a cloud platform", zh: "基于云平台的计算机视觉图像识别" },
    context: {
      en: "A technology company builds an image-recognition system (the source names classification, object detection and face recognition) with platform image datasets, cloud GPUs and a deep-learning framework.",
      zh: "一家科技公司利用平台的图像数据集、云端 GPU 和深度学习框架开发图像识别系统（原文提到图像分类、物体检测和人脸识别）。",
    },
    approach: {
      en: "Collect and clean images, train, monitor training and tune, then serve recognition through an API.",
      zh: "收集并清洗图像，训练模型，监控训练过程并调优，然后通过 API 提供识别服务。",
    },
    businessModel: {
      en: "Not stated. Typical options are per-image API pricing, licences for on-premise deployment, or custom projects.",
      zh: "原文没有说明。常见做法是按图片调用量计费、本地部署授权或定制项目。",
    },
    whatHappened: {
      en: "The source gives no results.",
      zh: "原文没有给出任何结果。",
    },
    risks: [
      { en: "Public datasets not matching customers' real images (lighting, devices, domain)", zh: "公开数据集与客户的真实图像不匹配（光照、设备、场景）", category: "dataQuality" },
      { en: "Face recognition and other biometric data being tightly regulated", zh: "人脸识别等生物特征数据受到严格监管", category: "regulation" },
      { en: "Accuracy promised in sales that does not hold on customers' data", zh: "销售时承诺的准确率在客户数据上达不到", category: "modelQuality" },
      { en: "Labelling cost higher than planned", zh: "数据标注成本高于预期", category: "costControl" },
    ],
    lessons: [
      { en: "Build a test set from real customer conditions before promising any accuracy.", zh: "在承诺任何准确率之前，先用真实客户场景的数据建立测试集。" },
      { en: "Check the licences of public datasets and pretrained models before commercial use.", zh: "商用之前核查公开数据集和预训练模型的许可。" },
      { en: "Treat face and other biometric recognition as a regulated use that needs explicit consent.", zh: "把人脸等生物特征识别视为受监管、需要明确同意的用途。" },
    ],
    corrections: [
      {
        en: "A tutorial in another source document reports an accuracy for a small convolutional network on a CIFAR-10-style task that such models do not normally reach (roughly 70–80% is typical), with a setup that does not match its code. Do not set expectations from figures like that; measure on your own data.",
        zh: "另一份原始文档的教程给出了一个小型卷积网络在 CIFAR-10 类任务上的准确率，这类模型通常达不到该水平（一般约 70%–80%），而且其实验设置与代码不符。不要用这类数字设定预期，请在自己的数据上测量。",
      },
    ],
    tags: {
      sectors: ["crossIndustry", "manufacturing"],
      aiPatterns: ["computerVision"],
      revenueModels: ["usageApi", "productLicence", "customDevelopment"],
      stages: ["PROTOTYPE", "MVP"],
      outcome: "unknown",
      failureCauses: [],
    },
    sources: ["004", "003"],
    sourceQuality: "illustrativePattern",
  },
];
