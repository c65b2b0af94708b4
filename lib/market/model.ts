// Market & direction: the pickers' catalogues, market-size checks, step completion and the facts
// other sections read. Pure: no I/O.
import type { MarketFacts } from "@/lib/plan/facts";

/**
 * Application domains and the uses the source documents name in each (domain.md §2.5); they seed
 * the segment picker. Labels are messages "market.domains.<id>" and "market.applications.<id>".
 */
export const APPLICATION_DOMAINS = {
  customerService: ["intelligentSupport", "recommendation"],
  marketing: ["behaviourPrediction", "adOptimisation", "productInnovation"],
  supplyChain: ["inventoryOptimisation", "demandForecasting", "supplyCoordination"],
  finance: ["riskManagement", "fraudDetection", "creditScoring", "investmentAdvice"],
  healthcare: ["imagingDiagnosis", "drugDiscovery", "personalisedTreatment", "healthManagement"],
  retail: ["retailInventory", "personalisedMarketing", "productRecommendation"],
  education: ["personalisedTutoring", "contentGeneration"],
  other: ["autonomousDriving", "smartManufacturing", "smartHome", "environmentalMonitoring", "smartLogistics"],
} as const;
export type ApplicationDomain = keyof typeof APPLICATION_DOMAINS;
export const DOMAIN_IDS = Object.keys(APPLICATION_DOMAINS) as [ApplicationDomain, ...ApplicationDomain[]];

/**
 * Trends the source documents describe (domain.md §7.5). They are directions the articles expect,
 * not established facts: the UI presents them as prompts to check against current evidence.
 */
export const TRENDS = {
  technology: ["largerModels", "efficiency", "multimodal", "privacyPreserving", "adaptiveLearning", "interpretability"],
  industry: ["sectorAdoption", "industryChain", "policySupport", "openCollaboration", "connectivity", "investment", "bigTechVsNiche", "partnerships"],
  sectors: ["hotSectors"],
} as const;
export type TrendKey = (typeof TRENDS)[keyof typeof TRENDS][number];
export const TREND_KEYS = Object.values(TRENDS).flat() as [TrendKey, ...TrendKey[]];

export const TREND_IMPACTS = ["opportunity", "threat", "watch"] as const;

export const RESEARCH_STEPS = ["objective", "dataCollection", "analysis", "findings"] as const;
export type ResearchPlan = Record<(typeof RESEARCH_STEPS)[number], string>;

export const SIZE_LEVELS = ["tam", "sam", "som"] as const;
export type SizeLevel = (typeof SIZE_LEVELS)[number];
export type MarketSizes = {
  tamValue: number | null;
  tamSource: string;
  samValue: number | null;
  samSource: string;
  somValue: number | null;
  somSource: string;
};

export type SizeIssue = { field: keyof MarketSizes; code: "sourceRequired" | "samAboveTam" | "somAboveSam" | "somAboveTam" };

/**
 * What is wrong with a TAM / SAM / SOM entry: a figure without a source, or a nested market larger
 * than the one containing it (SOM ≤ SAM ≤ TAM). The server refuses these; the form shows them live.
 */
export function marketSizeIssues(sizes: MarketSizes): SizeIssue[] {
  const issues: SizeIssue[] = [];
  for (const level of SIZE_LEVELS) {
    if (sizes[`${level}Value`] !== null && sizes[`${level}Source`].trim() === "") issues.push({ field: `${level}Source`, code: "sourceRequired" });
  }
  const { tamValue: tam, samValue: sam, somValue: som } = sizes;
  if (tam !== null && sam !== null && sam > tam) issues.push({ field: "samValue", code: "samAboveTam" });
  if (sam !== null && som !== null && som > sam) issues.push({ field: "somValue", code: "somAboveSam" });
  else if (sam === null && tam !== null && som !== null && som > tam) issues.push({ field: "somValue", code: "somAboveTam" });
  return issues;
}

/** A share in percent, or null when it cannot be computed (never NaN or Infinity). */
function share(part: number | null, whole: number | null): number | null {
  if (part === null || whole === null || whole <= 0) return null;
  return (part / whole) * 100;
}

/** How big each nested market is relative to the one containing it, in percent. */
export function marketShares(sizes: Pick<MarketSizes, "tamValue" | "samValue" | "somValue">) {
  return { samOfTam: share(sizes.samValue, sizes.tamValue), somOfSam: share(sizes.somValue, sizes.samValue) };
}

export function researchStepsDone(research: ResearchPlan | null): number {
  if (!research) return 0;
  return RESEARCH_STEPS.filter((step) => research[step].trim() !== "").length;
}

export function marketSizesWithSource(sizes: MarketSizes | null): number {
  if (!sizes) return 0;
  return SIZE_LEVELS.filter((level) => sizes[`${level}Value`] !== null && sizes[`${level}Source`].trim() !== "").length;
}

export type MarketData = {
  research: ResearchPlan | null;
  size: (MarketSizes & { annualPricePerCustomer?: number | null }) | null;
  segments: unknown[];
  competitors: { differentiation: string }[];
  trends: { note: string }[];
};

export function marketFactsOf(data: MarketData): MarketFacts {
  return {
    researchStepsDone: researchStepsDone(data.research),
    segments: data.segments.length,
    competitors: data.competitors.length,
    competitorsWithDifferentiation: data.competitors.filter((c) => c.differentiation.trim() !== "").length,
    marketSizesWithSource: marketSizesWithSource(data.size),
    trendNotes: data.trends.length,
    annualPricePerCustomer: data.size?.annualPricePerCustomer ?? null,
  };
}

export const MARKET_STEPS = ["research", "segments", "competitors", "size", "trends"] as const;
export type MarketStep = (typeof MARKET_STEPS)[number];

export function marketStepCompletion(data: MarketData): Record<MarketStep, boolean> {
  const facts = marketFactsOf(data);
  return {
    research: facts.researchStepsDone === RESEARCH_STEPS.length,
    segments: facts.segments > 0,
    // Knowing competitors is only useful once it says how you differ from each of them.
    competitors: facts.competitors > 0 && facts.competitorsWithDifferentiation === facts.competitors,
    size: facts.marketSizesWithSource === SIZE_LEVELS.length,
    trends: data.trends.some((t) => t.note.trim() !== ""),
  };
}
