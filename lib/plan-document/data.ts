import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import { assemblePlanDocument } from "./assemble";
import { planDocumentSchema, type PlanDocument } from "./schema";

// What a plan document is read from: the project's details and every section's rows, in ONE
// Prisma query (a fixed number of SQL statements, however many rows there are). No member emails,
// user ids, share links, comments, activity, presence or computed readiness snapshots.
const byCreation = [{ createdAt: "asc" }, { id: "asc" }] as const;

const strategy = {
  recruitmentStandards: true,
  recruitmentChannels: true,
  interviewProcess: true,
  trainingPlan: true,
  knowledgeSharing: true,
  salaryLevel: true,
  equityPool: true,
  bonus: true,
  careerPath: true,
  workingMethod: true,
  meetingCadence: true,
  tools: true,
  responsibilities: true,
  backupPlan: true,
} as const;

export const planRowsSelect = {
  name: true,
  oneLiner: true,
  sector: true,
  stage: true,
  currency: true,
  timeZone: true,
  // team
  teamPlan: { select: { scenario: true, rolesNow: true, rolesLater: true } },
  teamMembers: { select: { id: true, name: true, title: true, commitment: true, roles: true, skills: true, equityPct: true, monthlyCost: true }, orderBy: [...byCreation] },
  teamHires: {
    select: { roleId: true, title: true, priority: true, targetMonth: true, monthlyBudget: true, channel: true, status: true, notes: true },
    orderBy: [...byCreation],
  },
  teamStrategy: { select: strategy },
  // business model
  canvasNotes: { select: { id: true, block: true, text: true, sourceCaseId: true }, orderBy: [{ position: "asc" }, ...byCreation] },
  directionAssessments: { select: { test: true, verdict: true, assessment: true, evidence: true } },
  revenueModelChoices: {
    select: {
      model: true,
      rationale: true,
      price: true,
      unit: true,
      currentVolume: true,
      monthlyVolume: true,
      rampMonths: true,
      conversionPct: true,
      churnPct: true,
      unitsPerCustomer: true,
      cac: true,
      inferenceMode: true,
      inputTokensPerUnit: true,
      cachedInputTokensPerUnit: true,
      outputTokensPerUnit: true,
      inputPricePerMillion: true,
      cachedInputPricePerMillion: true,
      outputPricePerMillion: true,
      gpuHoursPerUnit: true,
      gpuHourRate: true,
      hostingPerUnit: true,
    },
    orderBy: [...byCreation],
  },
  unitEconomics: { select: { primaryModel: true, thirdPartyModelApi: true, modelProvider: true } },
  burnPlan: { select: { cashOnHand: true, otherMonthlyCosts: true, otherCostsNote: true, revenueGrowthPct: true, includeServingCost: true } },
  // risks
  risks: {
    select: {
      id: true,
      title: true,
      description: true,
      category: true,
      likelihood: true,
      impact: true,
      response: true,
      mitigation: true,
      contingency: true,
      ownerMemberId: true,
      status: true,
      nextReview: true,
      lastReviewed: true,
      templateId: true,
      sourceCaseId: true,
    },
    orderBy: [...byCreation],
  },
  riskSuggestionDismissals: { select: { suggestionId: true } },
  // cases
  ownCases: {
    select: {
      id: true,
      kind: true,
      title: true,
      context: true,
      approach: true,
      businessModel: true,
      whatHappened: true,
      risks: true,
      lessons: true,
      sectors: true,
      aiPatterns: true,
      revenueModels: true,
      stages: true,
      outcome: true,
      failureCauses: true,
      riskCategories: true,
      source: true,
      sourceQuality: true,
    },
    orderBy: [...byCreation],
  },
  caseAppliedLessons: { select: { caseId: true, target: true, targetId: true, text: true }, orderBy: [...byCreation] },
  // market
  marketResearch: { select: { objective: true, dataCollection: true, analysis: true, findings: true } },
  marketSize: { select: { tamValue: true, tamSource: true, samValue: true, samSource: true, somValue: true, somSource: true, basis: true } },
  marketSegments: { select: { name: true, domain: true, needs: true }, orderBy: [...byCreation] },
  marketCompetitors: { select: { name: true, offering: true, strengths: true, weaknesses: true, differentiation: true }, orderBy: [...byCreation] },
  marketTrends: { select: { trendKey: true, title: true, impact: true, note: true }, orderBy: [...byCreation] },
  // platform
  platformDataSources: {
    select: { name: true, origin: true, rights: true, rightsNotes: true, quality: true, qualityNotes: true, sensitivity: true },
    orderBy: [...byCreation],
  },
  platformComputeLines: {
    select: { name: true, purpose: true, provider: true, accelerator: true, quantity: true, hoursPerMonth: true, hourlyRate: true },
    orderBy: [...byCreation],
  },
  platformToolingItems: { select: { itemId: true, status: true, tool: true } },
  platformPartners: { select: { name: true, kind: true, status: true, contribution: true }, orderBy: [...byCreation] },
  aiCostSettings: { select: { usdRate: true, cnyRate: true, eurRate: true, targetMarginPct: true } },
  aiPriceEntries: {
    select: { modelKey: true, provider: true, model: true, currency: true, inputPerM: true, cachedInputPerM: true, outputPerM: true, batchDiscountPct: true, asOf: true, sourceUrl: true, note: true },
    orderBy: [...byCreation],
  },
  aiFeatures: {
    select: {
      name: true,
      routes: true,
      inputTokens: true,
      outputTokens: true,
      cachedSharePct: true,
      batchSharePct: true,
      requestsPerUserMonth: true,
      activeUsers: true,
      usageShape: true,
      medianRequests: true,
      p90Ratio: true,
      p50Requests: true,
      p90Requests: true,
      p99Requests: true,
      revenueModel: true,
      requestsPerUnit: true,
    },
    orderBy: [...byCreation],
  },
  aiSelfHostScenarios: {
    select: { name: true, gpuType: true, gpuCount: true, hourlyPrice: true, tokensPerSecond: true, utilisationPct: true, compareModelKey: true, outputSharePct: true, cachedSharePct: true },
    orderBy: [...byCreation],
  },
  aiCredits: { select: { name: true, provider: true, appliesTo: true, amount: true, startsOn: true, expiresOn: true, note: true }, orderBy: [...byCreation] },
  // funding
  fundingPlan: { select: { needAmount: true, needTiming: true, rationale: true, structure: true, budgetPlan: true, costMonitoring: true } },
  fundingRounds: { select: { stage: true, amount: true, instrument: true, targetDate: true, status: true, notes: true }, orderBy: [...byCreation] },
  fundingChannels: { select: { kind: true, note: true } },
  fundsUses: { select: { category: true, amount: true, note: true }, orderBy: [...byCreation] },
  // milestones
  projectPlan: { select: { goals: true, taskBreakdown: true, timetable: true, resources: true, trackingTool: true, feedbackLoop: true } },
  milestones: {
    select: { id: true, title: true, owner: true, startDate: true, dueDate: true, status: true, notes: true, dependsOn: { select: { dependsOnId: true } } },
    orderBy: [...byCreation],
  },
  executionChecks: { select: { checkId: true, state: true } },
  // compliance
  compliancePlan: { select: { ipStrategy: true } },
  complianceItems: { select: { catalogueKey: true, market: true, topic: true, title: true, status: true, owner: true, notes: true }, orderBy: [...byCreation] },
  complianceProfile: {
    select: {
      markets: true,
      domains: true,
      publicGenerative: true,
      publicOpinion: true,
      personalInfo: true,
      sensitivePersonalInfo: true,
      largeScalePersonalInfo: true,
      usPhi: true,
      euGpaiProvider: true,
      euHighRisk: true,
      euAnnexIProduct: true,
    },
  },
  complianceObligations: { select: { obligationKey: true, status: true, owner: true, dueDate: true, evidence: true } },
} as const satisfies Prisma.ProjectSelect;

export type PlanRows = Prisma.ProjectGetPayload<{ select: typeof planRowsSelect }>;

/** The app's client or an open transaction's (a restore reads the plan it is about to replace). */
export type DbClient = typeof db | Prisma.TransactionClient;

/**
 * The whole plan as a document, in one Prisma query (a fixed number of statements). The result is
 * passed through the import schema, so what is exported is exactly what an import accepts.
 */
export async function readPlanDocument(projectId: AuthorizedProjectId, client: DbClient = db): Promise<PlanDocument> {
  const rows = await client.project.findUniqueOrThrow({ where: { id: projectId }, select: planRowsSelect });
  return canonicalDocument(assemblePlanDocument(rows));
}

/**
 * Rows written before a section tightened its rules may not pass today's schema; the plan is still
 * exported and snapshotted as stored (an import of it will then say which field to fix).
 */
function canonicalDocument(raw: ReturnType<typeof assemblePlanDocument>): PlanDocument {
  const parsed = planDocumentSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  console.warn("[plan-document] stored plan does not pass the document schema", parsed.error.issues.slice(0, 5));
  return raw as unknown as PlanDocument;
}
