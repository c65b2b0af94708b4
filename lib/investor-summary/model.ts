// The investor summary: what an investor sees through a share link and in the PDF. Plain data
// (ids, numbers, the founders' own text) so a frozen copy renders in any language later.
import type { CanvasBlock, RunwayFact } from "@/lib/plan/facts";
import { storedSummarySchema } from "./schema";

/** 2: runway from the monthly forecast, with and without the planned raise (1 had cash ÷ burn). */
export const SUMMARY_VERSION = 2;

/**
 * A runway as the summary shows it. Summaries frozen before version 2 keep the figure they were
 * frozen with ("legacy"), labelled as the older estimate: a frozen summary is never recomputed.
 */
export type SummaryRunway = RunwayFact | { state: "legacy"; months: number | null; profitable: boolean };

export type SummaryRisk = { title: string; category: string; likelihood: number; impact: number; score: number; band: "low" | "medium" | "high"; mitigation: string; contingency: string; status: string };

export type InvestorSummary = {
  version: typeof SUMMARY_VERSION;
  generatedAt: string;
  project: { name: string; oneLiner: string; sector: string; stage: string; currency: string };
  team: {
    members: { name: string; title: string; commitment: string; roles: string[] }[];
    neededRoles: { role: string; status: "covered" | "partial" | "missing" }[];
    openRoles: { role: string; priority: string; targetMonth: string | null }[];
  } | null;
  businessModel: {
    canvas: Partial<Record<CanvasBlock, string[]>>;
    revenueModels: string[];
    grossMarginPct: number | null;
    ltvToCac: number | null;
    paybackMonths: number | null;
    monthlyRevenue: number | null;
    monthlyCosts: number | null;
    cashOnHand: number | null;
    runway: SummaryRunway;
    /** null in summaries frozen before the forecast existed. */
    runwayWithRaise: SummaryRunway | null;
  } | null;
  risks: SummaryRisk[];
  readiness: { total: number; band: string; sections: { id: string; score: number; max: number }[] } | null;
  funding: {
    needAmount: number | null;
    timing: string;
    rounds: { stage: string; amount: number | null; instrument: string; targetDate: string | null; status: string }[];
    useOfFunds: { category: string; amount: number }[];
  } | null;
  milestones: { title: string; due: string | null; status: string; overdue: boolean }[];
};

/**
 * A stored (frozen) summary of any known version as the current shape, or null when it is not a
 * summary this code understands (validated with zod; never cast). Never recomputes a number.
 */
export function readSummary(stored: unknown): InvestorSummary | null {
  const parsed = storedSummarySchema.safeParse(stored);
  if (!parsed.success) return null;
  const summary = parsed.data;
  if (summary.version === SUMMARY_VERSION) return summary;
  const bm = summary.businessModel;
  if (!bm) return { ...summary, version: SUMMARY_VERSION, businessModel: null };
  const { runwayMonths, profitable, ...rest } = bm;
  return { ...summary, version: SUMMARY_VERSION, businessModel: { ...rest, runway: { state: "legacy", months: runwayMonths, profitable }, runwayWithRaise: null } };
}

const BAND_ORDER = { high: 0, medium: 1, low: 2 } as const;

/** The risks an investor should see first: open ones, high band first, then by score; at most `limit`. */
export function topRisks(risks: SummaryRisk[], limit = 8): SummaryRisk[] {
  return risks
    .filter((r) => r.status !== "closed")
    .sort((a, b) => BAND_ORDER[a.band] - BAND_ORDER[b.band] || b.score - a.score || a.title.localeCompare(b.title))
    .slice(0, limit);
}

/** The headline figures an investor reads first, the same on the page and in the PDF. */
export function summaryGlance(summary: InvestorSummary): { memberCount: number; memberNames: string[]; riskTitles: string[] } {
  const members = summary.team?.members ?? [];
  return {
    memberCount: members.length,
    memberNames: members.slice(0, 4).map((m) => m.name),
    riskTitles: topRisks(summary.risks, 3).map((r) => r.title),
  };
}

/** Next milestones: not done, soonest due first (undated last), at most `limit`. */
export function nextMilestones<M extends { due: string | null; status: string; title: string }>(milestones: M[], limit = 6): M[] {
  return milestones
    .filter((m) => m.status !== "done")
    .sort((a, b) => (a.due ?? "9999").localeCompare(b.due ?? "9999") || a.title.localeCompare(b.title))
    .slice(0, limit);
}
