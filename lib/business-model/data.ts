import "server-only";
import { db } from "@/lib/db/client";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import { getComputeMonthlyCost } from "@/lib/platform/data";
import { getTeamFacts } from "@/lib/team/data";
import { CANVAS_BLOCKS, DIRECTION_TESTS, REVENUE_MODELS, type BusinessModelFacts, type CanvasBlock, type DirectionTest, type RevenueModelId } from "@/lib/plan/facts";
import { DIRECTION_VERDICTS, INFERENCE_MODES, type BurnPlanFields, type UnitEconomicsFields } from "./schema";
import type { RevenueChoice } from "./model";
import { toFacts, type SectionData } from "./progress";

// Every loader here runs a fixed number of queries, however many notes or models a plan has.

/** Costs this section reads from other sections, so founders never type them twice. */
export type CostSources = {
  /** lib/team: members plus planned hires, 24 months from the current one. */
  team: { monthly: number; byMonth: number[] };
  /** lib/platform: the compute plan's monthly cost. */
  compute: { monthly: number };
};

/** Two reads from other sections' loaders (one round trip each), whatever the plan's size. */
async function loadCostSources(projectId: AuthorizedProjectId): Promise<CostSources> {
  const [team, compute] = await Promise.all([getTeamFacts(projectId), getComputeMonthlyCost(projectId)]);
  return {
    team: { monthly: team.monthlyTeamCost, byMonth: team.monthlyTeamCostByMonth },
    compute: { monthly: compute },
  };
}

const oneOf = <T extends string>(list: readonly T[], value: string | null, fallback: T): T => ((list as readonly string[]).includes(value ?? "") ? (value as T) : fallback);
const isModel = (m: string): m is RevenueModelId => (REVENUE_MODELS as readonly string[]).includes(m);

export type CanvasNoteView = { id: string; block: CanvasBlock; text: string; position: number; sourceCaseId: string | null; version: number };
export type DirectionView = { test: DirectionTest; verdict: (typeof DIRECTION_VERDICTS)[number]; assessment: string; evidence: string; version: number };
export type RevenueChoiceView = RevenueChoice & { version: number };

const choiceSelect = { model: true, rationale: true, price: true, unit: true, monthlyVolume: true, conversionPct: true, churnPct: true, version: true } as const;

function loadChoices(projectId: AuthorizedProjectId): Promise<RevenueChoiceView[]> {
  return db.revenueModelChoice
    .findMany({ where: { projectId }, select: choiceSelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }] })
    .then((rows) => rows.flatMap((r) => (isModel(r.model) ? [{ ...r, model: r.model }] : [])));
}

async function loadEconomics(projectId: AuthorizedProjectId): Promise<(UnitEconomicsFields & { version: number }) | null> {
  const row = await db.unitEconomics.findUnique({ where: { projectId } });
  if (!row) return null;
  return {
    primaryModel: row.primaryModel && isModel(row.primaryModel) ? row.primaryModel : null,
    inferenceMode: oneOf(INFERENCE_MODES, row.inferenceMode, "tokens"),
    tokensPerUnit: row.tokensPerUnit,
    pricePerMillionTokens: row.pricePerMillionTokens,
    gpuHoursPerUnit: row.gpuHoursPerUnit,
    gpuHourRate: row.gpuHourRate,
    hostingPerUnit: row.hostingPerUnit,
    unitsPerCustomer: row.unitsPerCustomer,
    cac: row.cac,
    thirdPartyModelApi: row.thirdPartyModelApi,
    modelProvider: row.modelProvider,
    version: row.version,
  };
}

function loadBurn(projectId: AuthorizedProjectId): Promise<(BurnPlanFields & { version: number }) | null> {
  return db.burnPlan.findUnique({
    where: { projectId },
    select: { cashOnHand: true, otherMonthlyCosts: true, otherCostsNote: true, revenueGrowthPct: true, includeServingCost: true, version: true },
  });
}

function loadDirectionTests(projectId: AuthorizedProjectId): Promise<DirectionView[]> {
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
}

export type BusinessModelSection = {
  notes: CanvasNoteView[];
  directionTests: DirectionView[];
  revenueChoices: RevenueChoiceView[];
  economics: (UnitEconomicsFields & { version: number }) | null;
  burn: (BurnPlanFields & { version: number }) | null;
  costSources: CostSources;
};

/** Everything the business-model page shows. */
export async function getBusinessModelSection(projectId: AuthorizedProjectId): Promise<BusinessModelSection> {
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
  return { notes: canvasNotes, directionTests, revenueChoices, economics, burn, costSources };
}

export function sectionData(section: BusinessModelSection): SectionData {
  const noteCounts: Partial<Record<CanvasBlock, number>> = {};
  for (const n of section.notes) noteCounts[n.block] = (noteCounts[n.block] ?? 0) + 1;
  return {
    noteCounts,
    directionTests: section.directionTests,
    revenueChoices: section.revenueChoices,
    economics: section.economics,
    burn: section.burn,
    teamCostByMonth: section.costSources.team.byMonth,
    computeMonthlyCost: section.costSources.compute.monthly,
  };
}

/** The contract other sections read (lib/plan/facts.ts). */
export async function getBusinessModelFacts(projectId: AuthorizedProjectId): Promise<BusinessModelFacts> {
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
    teamCostByMonth: costSources.team.byMonth,
    computeMonthlyCost: costSources.compute.monthly,
  });
}
