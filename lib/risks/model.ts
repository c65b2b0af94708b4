// The risk register's pure logic: categories, scoring and bands, review dates, the heat map, the
// five-step process and the rules that suggest risks from the rest of the plan. No I/O; "today" is
// always passed in as an ISO date (yyyy-mm-dd), so nothing here depends on the machine's time zone.
//
// The 1–5 scales, the score bands and the review cadence are Launchpad's own convention (the source
// documents describe a likelihood × severity matrix but give no numbers); the UI says so.
import type { PlanFacts, RiskFacts } from "@/lib/plan/facts";
import { RISK_TEMPLATES, type RiskTemplateId } from "./library";

export const RISK_CATEGORIES = [
  "technicalMaturity",
  "security",
  "modelQuality",
  "explainability",
  "computeCost",
  "providerDependency",
  "competition",
  "demandShift",
  "marketAcceptance",
  "dataPrivacy",
  "dataQuality",
  "talentLoss",
  "keyPerson",
  "cashFlow",
  "operations",
  "costControl",
  "regulation",
  "ethics",
  "strategy",
] as const;
export type RiskCategory = (typeof RISK_CATEGORIES)[number];

/** The families a complete register covers (readiness criterion G1 names the first six). */
export const RISK_GROUPS = ["technical", "market", "data", "resource", "operational", "compliance", "strategic"] as const;
export type RiskGroup = (typeof RISK_GROUPS)[number];
export const REQUIRED_GROUPS: readonly RiskGroup[] = ["technical", "market", "data", "resource", "operational", "compliance"];

export const CATEGORY_GROUP: Record<RiskCategory, RiskGroup> = {
  technicalMaturity: "technical",
  security: "technical",
  modelQuality: "technical",
  explainability: "technical",
  computeCost: "technical",
  providerDependency: "technical",
  competition: "market",
  demandShift: "market",
  marketAcceptance: "market",
  dataPrivacy: "data",
  dataQuality: "data",
  talentLoss: "resource",
  keyPerson: "resource",
  cashFlow: "resource",
  operations: "operational",
  costControl: "operational",
  regulation: "compliance",
  ethics: "compliance",
  strategy: "strategic",
};

export const RISK_RESPONSES = ["avoid", "transfer", "mitigate", "accept"] as const;
export type RiskResponse = (typeof RISK_RESPONSES)[number];

export const RISK_STATUSES = ["open", "monitoring", "closed"] as const;
export type RiskStatus = (typeof RISK_STATUSES)[number];

export const SCALE = [1, 2, 3, 4, 5] as const;
export const SCALE_MIN = 1;
export const SCALE_MAX = 5;

export const RISK_BANDS = ["low", "medium", "high"] as const;
export type RiskBand = (typeof RISK_BANDS)[number];

/** Score ranges per band (inclusive). Launchpad's convention: 1–7 low, 8–14 medium, 15–25 high. */
export const BAND_RANGES: Record<RiskBand, { min: number; max: number }> = {
  low: { min: 1, max: 7 },
  medium: { min: 8, max: 14 },
  high: { min: 15, max: 25 },
};

function onScale(value: number): number {
  if (!Number.isFinite(value)) return SCALE_MIN;
  return Math.min(SCALE_MAX, Math.max(SCALE_MIN, Math.round(value)));
}

/** Score = likelihood × impact, each clamped to the 1–5 scale (so the result is always 1–25). */
export function riskScore(likelihood: number, impact: number): number {
  return onScale(likelihood) * onScale(impact);
}

export function bandOf(score: number): RiskBand {
  if (score >= BAND_RANGES.high.min) return "high";
  if (score >= BAND_RANGES.medium.min) return "medium";
  return "low";
}

export function riskBand(likelihood: number, impact: number): RiskBand {
  return bandOf(riskScore(likelihood, impact));
}

// ---- Review cadence ------------------------------------------------------------------------

/** Months until the next review after a review, by band. High risks monthly (Launchpad's convention). */
export const REVIEW_INTERVAL_MONTHS: Record<RiskBand, number> = { high: 1, medium: 3, low: 6 };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** The calendar date of an instant in UTC, as yyyy-mm-dd. */
export function isoDateOf(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/** Adds calendar months; a day that does not exist in the target month becomes its last day (Jan 31 + 1 → Feb 28/29). */
export function addMonths(isoDate: string, months: number): string {
  const m = ISO_DATE.exec(isoDate);
  if (!m) throw new Error(`Not an ISO date: ${isoDate}`);
  const year = Number(m[1]);
  const monthIndex = Number(m[2]) - 1 + months;
  const day = Number(m[3]);
  const lastDay = new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
  return isoDateOf(new Date(Date.UTC(year, monthIndex, Math.min(day, lastDay))));
}

export function nextReviewAfter(reviewedOn: string, band: RiskBand): string {
  return addMonths(reviewedOn, REVIEW_INTERVAL_MONTHS[band]);
}

/** A review is overdue when its date has passed and the risk is not closed. */
export function isReviewOverdue(nextReview: string | null, status: RiskStatus, today: string): boolean {
  return status !== "closed" && nextReview !== null && nextReview < today;
}

// ---- Heat map ------------------------------------------------------------------------------

export type HeatCell = { likelihood: number; impact: number; count: number };

/** counts[impact - 1][likelihood - 1]; rows outside the scale are ignored. */
export function heatMapCounts(cells: HeatCell[]): number[][] {
  const grid = SCALE.map(() => SCALE.map(() => 0));
  for (const { likelihood, impact, count } of cells) {
    if (SCALE.includes(likelihood as 1) && SCALE.includes(impact as 1) && Number.isFinite(count)) grid[impact - 1][likelihood - 1] += count;
  }
  return grid;
}

// ---- The five-step process -----------------------------------------------------------------

export const PROCESS_STEPS = ["identify", "assess", "respond", "monitor", "adjust"] as const;
export type ProcessStep = (typeof PROCESS_STEPS)[number];

/** What the register knows beyond the shared RiskFacts: reviews stamped so far. */
export type RegisterFacts = RiskFacts;

export function groupsCovered(categories: readonly string[]): RiskGroup[] {
  const covered = new Set(categories.filter((c): c is RiskCategory => c in CATEGORY_GROUP).map((c) => CATEGORY_GROUP[c]));
  return RISK_GROUPS.filter((g) => covered.has(g));
}

/** Each step is complete when the register shows that work was done (see the guidance per step). */
export function processCompletion(facts: RegisterFacts): Record<ProcessStep, boolean> {
  const covered = groupsCovered(facts.categoriesCovered);
  return {
    identify: REQUIRED_GROUPS.every((g) => covered.includes(g)),
    assess: facts.total > 0 && facts.rated === facts.total,
    respond: facts.total > 0 && facts.highWithResponseAndContingency === facts.highOpen,
    monitor: facts.open > 0 && facts.withReviewDate === facts.open && facts.overdueReviews === 0,
    adjust: facts.reviewed > 0,
  };
}

// ---- Suggestions from the plan -------------------------------------------------------------

export type RiskSuggestion = {
  /** Stable: a dismissal is stored under this id. */
  id: string;
  category: RiskCategory;
  /** messages risks.suggestions.reasons.<reasonKey>, with `values` interpolated. */
  reasonKey: string;
  values: Record<string, string | number>;
  template: RiskTemplateId;
};

type Facts = Partial<PlanFacts>;
type Rule = { id: string; template: RiskTemplateId; reasonKey?: string; when: (facts: Facts) => Record<string, string | number> | null };

/** Below this gross margin, inference and compute cost is treated as a risk (Launchpad's convention). */
export const LOW_GROSS_MARGIN_PCT = 50;
/** Below this runway, cash flow is treated as a risk (Launchpad's convention). */
export const SHORT_RUNWAY_MONTHS = 6;

const RULES: Rule[] = [
  {
    id: "dataServicesPrivacy",
    template: "dataResaleConsent",
    when: (f) => (f.businessModel?.revenueModels.includes("dataServices") ? {} : null),
  },
  {
    id: "thirdPartyModelApi",
    template: "modelProviderDependence",
    when: (f) => (f.businessModel?.builtOnThirdPartyModelApi ? {} : null),
  },
  {
    id: "keyPerson",
    template: "keyPersonDependence",
    when: (f) => {
      const people = f.team?.keyPeople ?? [];
      return people.length > 0 ? { names: people.map((p) => p.name).join(", "), count: people.length } : null;
    },
  },
  {
    id: "shortRunway",
    template: "cashRunway",
    when: (f) => {
      const bm = f.businessModel;
      // The forecast's runway without the planned raise: a round not closed yet is not cash.
      if (!bm || bm.runway.state !== "runsOut" || !Number.isFinite(bm.runway.months)) return null;
      return bm.runway.months < SHORT_RUNWAY_MONTHS ? { months: Math.max(0, bm.runway.months) } : null;
    },
  },
  {
    id: "noComplianceOwner",
    template: "regulatoryChange",
    // Team rules wait until the team section lists someone; an empty team is unfinished, not a finding.
    when: (f) => (f.team && f.team.memberCount > 0 && !f.team.hasComplianceOwner ? {} : null),
  },
  {
    id: "sensitiveDataWithoutConsent",
    template: "sensitiveDataExposure",
    when: (f) => {
      const p = f.platform;
      if (!p || p.sensitiveDataSources <= 0) return null;
      const missing = p.dataSources - p.dataSourcesWithRightsAndConsent;
      return missing > 0 ? { sensitive: p.sensitiveDataSources, missing } : null;
    },
  },
  {
    id: "noOpsCoverage",
    template: "serviceStability",
    when: (f) => (f.team && f.team.memberCount > 0 && f.team.deploymentOpsTestingCovered === "no" ? {} : null),
  },
  {
    id: "lowGrossMargin",
    template: "computeCostGrowth",
    when: (f) => {
      const margin = f.businessModel?.grossMarginPct;
      if (margin === null || margin === undefined || !Number.isFinite(margin)) return null;
      return margin < LOW_GROSS_MARGIN_PCT ? { pct: Math.round(margin), threshold: LOW_GROSS_MARGIN_PCT } : null;
    },
  },
  {
    id: "demandUntested",
    template: "herdFollowing",
    // A revenue model chosen while demand is untested: building before confirming the need.
    when: (f) => (f.businessModel && f.businessModel.revenueModels.length > 0 && f.businessModel.directionTests.marketDemand === "missing" ? {} : null),
  },
  {
    id: "noCompetitorAnalysis",
    template: "bigTechEntry",
    // Segments defined but no competitor analysed.
    when: (f) => (f.market && f.market.segments > 0 && f.market.competitors === 0 ? {} : null),
  },
];

export const SUGGESTION_IDS = RULES.map((r) => r.id);

/**
 * Risks the plan suggests, in rule order. Facts a section has not provided yet are missing from
 * the partial input, and rules that need them stay silent.
 */
export function suggestRisks(facts: Facts): RiskSuggestion[] {
  const suggestions: RiskSuggestion[] = [];
  for (const rule of RULES) {
    const values = rule.when(facts);
    if (!values) continue;
    const template = RISK_TEMPLATES[rule.template];
    suggestions.push({ id: rule.id, category: template.category, reasonKey: rule.reasonKey ?? rule.id, values, template: rule.template });
  }
  return suggestions;
}

/** Hides suggestions the founder dismissed or already added (a risk made from the same template). */
export function openSuggestions(all: RiskSuggestion[], dismissed: ReadonlySet<string>, templatesInUse: ReadonlySet<string>): RiskSuggestion[] {
  return all.filter((s) => !dismissed.has(s.id) && !templatesInUse.has(s.template));
}
