// Plans for tests and the benchmark (pure): one with every collection filled, and large synthetic
// registers. Written as import input and parsed, so they are exactly what an import would accept.
import { planDocumentSchema, PLAN_DOCUMENT_VERSION, PLAN_FORMAT, type PlanDocument, type PlanDocumentInput } from "./schema";

export function fullPlanInput(): PlanDocumentInput {
  return {
    format: PLAN_FORMAT,
    version: PLAN_DOCUMENT_VERSION,
    project: { name: "ClinicNote AI", oneLiner: "An ambient scribe for outpatient clinics.", sector: "Healthcare", stage: "PROTOTYPE", currency: "USD", timeZone: "America/New_York" },
    team: {
      plan: { scenario: "Outpatient clinics, 20–50 doctors.", rolesNow: ["deepLearningEngineer", "productManager"], rolesLater: ["complianceOwner"] },
      members: [
        { key: "member-1", name: "Mei Chen", title: "CEO", commitment: "FULL_TIME", roles: ["productManager"], skills: { product: 3, domain: 2 }, equityPct: 45, monthlyCost: 8000 },
        { key: "member-2", name: "Tom Berg", title: "CTO", commitment: "FULL_TIME", roles: ["deepLearningEngineer"], skills: { mlEngineering: 3 }, equityPct: 40, monthlyCost: 9000 },
      ],
      hires: [{ roleId: "complianceOwner", title: "Privacy lead", priority: "HIGH", targetMonth: "2027-03", monthlyBudget: 7000, channel: "referrals", status: "PLANNED", notes: "" }],
      strategy: { recruitmentStandards: "Shipped ML in production.", backupPlan: "Pair on every model change." },
    },
    businessModel: {
      canvas: [
        { key: "note-1", block: "customerSegments", text: "Outpatient clinics", sourceCase: null },
        { key: "note-2", block: "valuePropositions", text: "Two hours of notes saved a day", sourceCase: { own: "case-1" } },
      ],
      directionTests: [{ test: "marketDemand", verdict: "promising", assessment: "12 clinics interviewed", evidence: "Interview notes" }],
      revenueModels: [
        {
          model: "subscription",
          rationale: "Per doctor seat",
          price: 199,
          unit: "doctor / month",
          currentVolume: 4,
          monthlyVolume: 40,
          rampMonths: 12,
          conversionPct: 20,
          churnPct: 3,
          unitsPerCustomer: 1,
          cac: 600,
          inferenceMode: "tokens",
          inputTokensPerUnit: 1_500_000,
          cachedInputTokensPerUnit: 300_000,
          outputTokensPerUnit: 200_000,
          inputPricePerMillion: 3,
          cachedInputPricePerMillion: 0.3,
          outputPricePerMillion: 12,
          gpuHoursPerUnit: null,
          gpuHourRate: null,
          hostingPerUnit: 2,
        },
      ],
      unitEconomics: { primaryModel: "subscription", thirdPartyModelApi: true, modelProvider: "A hosted model API" },
      burn: { cashOnHand: 400_000, otherMonthlyCosts: 3000, otherCostsNote: "Office", revenueGrowthPct: 8, includeServingCost: true },
    },
    risks: {
      items: [
        {
          key: "risk-1",
          title: "Transcription errors reach the chart",
          description: "",
          category: "modelQuality",
          likelihood: 3,
          impact: 5,
          response: "mitigate",
          mitigation: "Doctor signs off every note",
          contingency: "",
          owner: "member-2",
          status: "open",
          nextReview: "2027-01-15",
          lastReviewed: "2026-11-01T08:00:00.000Z",
          templateId: "modelUnderperforms",
          sourceCase: null,
        },
        { key: "risk-2", title: "Model API price rises", category: "providerDependency", likelihood: 2, impact: 3, response: "transfer", status: "monitoring", sourceCase: { own: "case-1" } },
      ],
      dismissedSuggestions: ["keyPerson"],
    },
    cases: {
      own: [{ key: "case-1", kind: "competitor", title: "Big scribe vendor", outcome: "unknown", sourceQuality: "teamUnverified", sectors: ["healthcare"] }],
      appliedLessons: [{ case: { own: "case-1" }, target: "risk", targetKey: "risk-2", text: "Model API price rises" }],
    },
    market: {
      research: { objective: "Size the outpatient market", dataCollection: "", analysis: "", findings: "" },
      size: { tamValue: 5_000_000_000, tamSource: "Industry report", samValue: 800_000_000, samSource: "Own estimate", somValue: null, somSource: "", annualPricePerCustomer: 12_000, basis: "" },
      segments: [{ name: "Private clinics", domain: "healthcare", needs: "Less typing" }],
      competitors: [{ name: "ScribeCo", offering: "Ambient notes", strengths: "", weaknesses: "", differentiation: "Chinese and English" }],
      trends: [{ trendKey: "multimodal", title: "Multimodal models", impact: "opportunity", note: "" }],
    },
    platform: {
      dataSources: [{ name: "Consented recordings", origin: "customer", rights: "inProgress", rightsNotes: "", quality: "medium", qualityNotes: "", sensitivity: "sensitivePersonal" }],
      computeLines: [{ name: "Inference", purpose: "inference", provider: "Cloud", accelerator: "NVIDIA L40S", quantity: 2, hoursPerMonth: 720, hourlyRate: 1.2 }],
      tooling: [{ itemId: "versionControl", status: "inPlace", tool: "Git" }],
      partners: [{ name: "City hospital", kind: "industry", status: "talking", contribution: "Pilot site" }],
      aiSettings: { usdRate: null, cnyRate: 0.14, eurRate: null, targetMarginPct: 75 },
      aiPrices: [
        {
          modelKey: "anthropic/claude-haiku-5-5",
          provider: "",
          model: "",
          currency: "USD",
          inputPerM: 0.09,
          cachedInputPerM: 0.009,
          outputPerM: 0.45,
          batchDiscountPct: 50,
          asOf: "2026-11-20",
          sourceUrl: "https://example.test/negotiated-rate",
          note: "Negotiated rate",
        },
        { modelKey: "custom-1a2b3c4d", provider: "Ourselves", model: "Scribe fine-tune", currency: "USD", inputPerM: 0.05, cachedInputPerM: null, outputPerM: 0.2, batchDiscountPct: null, asOf: null, sourceUrl: "", note: "" },
      ],
      aiFeatures: [
        {
          name: "Visit note drafting",
          routes: [
            { modelKey: "anthropic/claude-haiku-5-5", sharePct: 85 },
            { modelKey: "custom-1a2b3c4d", sharePct: 15 },
          ],
          inputTokens: 9_000,
          outputTokens: 1_200,
          cachedSharePct: 20,
          batchSharePct: 0,
          requestsPerUserMonth: 400,
          activeUsers: 40,
          usageShape: "lognormal",
          medianRequests: 380,
          p90Ratio: 2,
          p50Requests: null,
          p90Requests: null,
          p99Requests: null,
          revenueModel: "subscription",
          requestsPerUnit: null,
        },
      ],
      aiSelfHost: [
        { name: "Scribe model on 2× L40S", gpuType: "NVIDIA L40S", gpuCount: 2, hourlyPrice: 1.2, tokensPerSecond: 900, utilisationPct: 40, compareModelKey: "anthropic/claude-haiku-5-5", outputSharePct: 12, cachedSharePct: 20 },
      ],
      aiCredits: [{ name: "Cloud credits", provider: "AWS", appliesTo: "cloud", amount: 25_000, startsOn: "2026-10-01", expiresOn: "2027-09-30", note: "" }],
    },
    funding: {
      plan: { needAmount: 1_500_000, needTiming: "Q2 2027", rationale: "18 months of runway", structure: "", budgetPlan: "", costMonitoring: "" },
      rounds: [{ stage: "seed", amount: 1_500_000, instrument: "equity", targetDate: "2027-06-30", status: "planned", notes: "" }],
      channels: [{ kind: "angel", note: "Doctors who invest" }],
      uses: [{ category: "hiring", amount: 900_000, note: "" }],
    },
    milestones: {
      plan: { goals: "Pilot in three clinics", taskBreakdown: "", timetable: "", resources: "", trackingTool: "Linear", feedbackLoop: "" },
      milestones: [
        { key: "milestone-1", title: "Pilot starts", owner: "Mei", startDate: "2027-01-01", dueDate: "2027-02-01", status: "planned", notes: "", dependsOn: [] },
        { key: "milestone-2", title: "Pilot review", owner: "Tom", startDate: null, dueDate: "2027-04-01", status: "planned", notes: "", dependsOn: ["milestone-1"] },
      ],
      checks: ["repository", "hardware"],
    },
    compliance: {
      plan: { ipStrategy: "Keep prompts and evaluation sets as trade secrets." },
      items: [
        { catalogueKey: "usCcpa", market: "us", topic: "dataProtection", title: "", status: "inProgress", owner: "Mei", notes: "" },
        { catalogueKey: null, market: "general", topic: "other", title: "Clinic data-processing agreement", status: "notStarted", owner: "", notes: "" },
      ],
      profile: {
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
      obligations: [{ obligationKey: "usHipaaBusinessAssociates", status: "inProgress", owner: "Mei", dueDate: "2027-01-31", evidence: "BAA tracker" }],
    },
  };
}

export function fullPlan(): PlanDocument {
  return planDocumentSchema.parse(fullPlanInput());
}

/** A plan with `count` risks (owners among two members), for the diff benchmark and its tests. */
export function planWithRisks(count: number, edit: (i: number) => Partial<PlanDocument["risks"]["items"][number]> = () => ({})): PlanDocument {
  const base = fullPlan();
  const items = Array.from({ length: count }, (_, i) => ({
    ...base.risks.items[0],
    key: `risk-${i + 1}`,
    title: `Risk number ${i + 1}: ${["compute", "data", "talent", "market"][i % 4]} exposure`,
    likelihood: (i % 5) + 1,
    impact: ((i * 3) % 5) + 1,
    owner: i % 2 ? "member-1" : "member-2",
    sourceCase: null,
    ...edit(i),
  }));
  return { ...base, risks: { ...base.risks, items }, cases: { ...base.cases, appliedLessons: [] } };
}
