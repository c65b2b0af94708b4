import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import { getComputeMonthlyCost } from "@/lib/platform/data";
import { getAiCostModel } from "@/lib/ai-pricing/data";
import { forecastSourcesOf } from "@/lib/ai-pricing/plan";
import { ROUND_STATUSES } from "@/lib/funding/model";
import { monthOf, parseCostSteps } from "@/lib/team/cost";
import { CANVAS_BLOCKS, DIRECTION_TESTS, REVENUE_MODELS, type BusinessModelFacts, type CanvasBlock, type DirectionTest, type RevenueModelId } from "@/lib/plan/facts";
import { DIRECTION_VERDICTS, INFERENCE_MODES, type BurnPlanFields, type UnitEconomicsFields } from "./schema";
import type { CostSources } from "./evaluate";
import type { RevenueChoice } from "./model";
import { toFacts, type SectionData } from "./progress";

// Every loader here runs a fixed number of queries, however many notes or models a plan has.

/**
 * Costs and funding this section reads from other sections, so founders never type them twice:
 * the team's cost schedule, the compute plan's monthly cost, the funding rounds, and the AI cost
 * plan's routing mixes and credits. A fixed number of queries, whatever the plan's size.
 */
const loadCostSources = cache(async function loadCostSources(projectId: AuthorizedProjectId): Promise<CostSources> {
  const [teamCost, compute, rounds, ai] = await Promise.all([
    db.teamCost.findUnique({ where: { projectId }, select: { memberMonthlyCost: true, hireCostSteps: true } }),
    getComputeMonthlyCost(projectId),
    db.fundingRound.findMany({ where: { projectId }, select: { stage: true, amount: true, targetDate: true, status: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
    getAiCostModel(projectId),
  ]);
  return {
    team: { memberMonthlyCost: teamCost?.memberMonthlyCost ?? 0, hireCostSteps: parseCostSteps(teamCost?.hireCostSteps) },
    computeMonthlyCost: compute,
    rounds: rounds.map((r) => ({ stage: r.stage, amount: r.amount, targetDate: r.targetDate ? r.targetDate.toISOString().slice(0, 10) : null, status: oneOf(ROUND_STATUSES, r.status, "planned") })),
    ...forecastSourcesOf(ai),
  };
});

const oneOf = <T extends string>(list: readonly T[], value: string | null, fallback: T): T => ((list as readonly string[]).includes(value ?? "") ? (value as T) : fallback);
const isModel = (m: string): m is RevenueModelId => (REVENUE_MODELS as readonly string[]).includes(m);

export type CanvasNoteView = { id: string; block: CanvasBlock; text: string; position: number; sourceCaseId: string | null; version: number };
export type DirectionView = { test: DirectionTest; verdict: (typeof DIRECTION_VERDICTS)[number]; assessment: string; evidence: string; version: number };
export type RevenueChoiceView = RevenueChoice & { version: number };

export const choiceSelect = {
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
  version: true,
} as const;

const loadChoices = cache(function loadChoices(projectId: AuthorizedProjectId): Promise<RevenueChoiceView[]> {
  return db.revenueModelChoice
    .findMany({ where: { projectId }, select: choiceSelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }] })
    .then((rows) => rows.flatMap((r) => (isModel(r.model) ? [{ ...r, model: r.model, inferenceMode: oneOf(INFERENCE_MODES, r.inferenceMode, "tokens") }] : [])));
});

const loadEconomics = cache(async function loadEconomics(projectId: AuthorizedProjectId): Promise<(UnitEconomicsFields & { version: number }) | null> {
  const row = await db.unitEconomics.findUnique({ where: { projectId }, select: { primaryModel: true, thirdPartyModelApi: true, modelProvider: true, version: true } });
  if (!row) return null;
  return {
    primaryModel: row.primaryModel && isModel(row.primaryModel) ? row.primaryModel : null,
    thirdPartyModelApi: row.thirdPartyModelApi,
    modelProvider: row.modelProvider,
    version: row.version,
  };
});

const loadBurn = cache(function loadBurn(projectId: AuthorizedProjectId): Promise<(BurnPlanFields & { version: number }) | null> {
  return db.burnPlan.findUnique({
    where: { projectId },
    select: { cashOnHand: true, otherMonthlyCosts: true, otherCostsNote: true, revenueGrowthPct: true, includeServingCost: true, version: true },
  });
});

const loadDirectionTests = cache(function loadDirectionTests(projectId: AuthorizedProjectId): Promise<DirectionView[]> {
  return db.directionAssessment
    .findMany({ where: { projectId }, select: { test: true, verdict: true, assessment: true, evidence: true, version: true } })
    .then((rows) => {
      const byTest = new Map(rows.map((r) => [r.test, r]));
      return DIRECTION_TESTS.map((test) => {
        const row = byTest.get(test);
        return row
          ? { ...row, test, verdict: oneOf(DIRECTION_VERDICTS, row.verdict, "unsure") }
          : { test, verdict: "unsure" as const, assessment: "", evidence: "", version: 0 };
      });
    });
});

export type BusinessModelSection = {
  notes: CanvasNoteView[];
  directionTests: DirectionView[];
  revenueChoices: RevenueChoiceView[];
  economics: (UnitEconomicsFields & { version: number }) | null;
  burn: (BurnPlanFields & { version: number }) | null;
  costSources: CostSources;
  /** Month 1 of the forecast: the server's current month, passed to the browser's live preview. */
  startMonth: string;
};

/** Everything the business-model page shows. */
export const getBusinessModelSection = cache(async function getBusinessModelSection(projectId: AuthorizedProjectId, now: Date = new Date()): Promise<BusinessModelSection> {
  const [notes, directionTests, revenueChoices, economics, burn, costSources] = await Promise.all([
    db.canvasNote.findMany({
      where: { projectId },
      select: { id: true, block: true, text: true, position: true, sourceCaseId: true, version: true },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    }),
    loadDirectionTests(projectId),
    loadChoices(projectId),
    loadEconomics(projectId),
    loadBurn(projectId),
    loadCostSources(projectId),
  ]);
  const canvasNotes = notes.flatMap((n) => ((CANVAS_BLOCKS as readonly string[]).includes(n.block) ? [{ ...n, block: n.block as CanvasBlock }] : []));
  return { notes: canvasNotes, directionTests, revenueChoices, economics, burn, costSources, startMonth: monthOf(now) };
});

export function sectionData(section: BusinessModelSection): SectionData {
  const noteCounts: Partial<Record<CanvasBlock, number>> = {};
  for (const n of section.notes) noteCounts[n.block] = (noteCounts[n.block] ?? 0) + 1;
  return {
    noteCounts,
    directionTests: section.directionTests,
    revenueChoices: section.revenueChoices,
    economics: section.economics,
    burn: section.burn,
    costs: section.costSources,
    startMonth: section.startMonth,
  };
}

/** The contract other sections read (lib/plan/facts.ts). */
export const getBusinessModelFacts = cache(async function getBusinessModelFacts(projectId: AuthorizedProjectId, now: Date = new Date()): Promise<BusinessModelFacts> {
  const [noteGroups, directionTests, revenueChoices, economics, burn, costSources] = await Promise.all([
    db.canvasNote.groupBy({ by: ["block"], where: { projectId }, _count: { _all: true } }),
    loadDirectionTests(projectId),
    loadChoices(projectId),
    loadEconomics(projectId),
    loadBurn(projectId),
    loadCostSources(projectId),
  ]);
  const noteCounts = Object.fromEntries(noteGroups.map((g) => [g.block, g._count._all])) as Partial<Record<CanvasBlock, number>>;
  return toFacts({
    noteCounts,
    directionTests,
    revenueChoices,
    economics,
    burn,
    costs: costSources,
    startMonth: monthOf(now),
  });
});
