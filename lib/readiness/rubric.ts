// The readiness rubric (domain.md §6.2): seven sections with fixed weights, 35 criteria rated
// 0 = absent, 1 = planned/partial, 2 = in place with evidence, each citing its source documents.
// The weights and bands are Launchpad's editorial design (the documents give none); the rubric
// page shows all of it. Pure data, safe for client and server.
//
// §6.2's heading in the brief said "37 criteria", but the listed criteria are A1–A8, B1–B5,
// C1–C5, D1–D4, E1–E3, F1–F4 and G1–G6: 35. The list is what is implemented.
import type { PlanFacts } from "@/lib/plan/facts";
import type { SectionSlug } from "@/lib/projects/sections";
import type { Stage } from "@/lib/team/catalogue";

export type { Stage };
export const STAGES: readonly Stage[] = ["IDEA", "PROTOTYPE", "MVP", "REVENUE", "SCALE"];

/**
 * Traction's share of the 100 points by stage (Launchpad's choice; the documents give no
 * weights): evidence of paying customers, revenue, pilots, LOIs and retention weighs more as the
 * plan advances. At the idea stage demand evidence is rated by B1 and C1 instead.
 */
export const TRACTION_WEIGHT: Record<Stage, number> = { IDEA: 0, PROTOTYPE: 10, MVP: 20, REVENUE: 30, SCALE: 35 };

/** Bump when a criterion, weight, band or derivation rule changes; snapshots record it. */
export const RUBRIC_VERSION = 2;

export const RATINGS = [0, 1, 2] as const;
export type Rating = (typeof RATINGS)[number];
export const MAX_RATING = 2;

export const RUBRIC_SECTIONS = [
  { id: "team", letter: "A", weight: 20 },
  { id: "market", letter: "B", weight: 15 },
  { id: "businessModel", letter: "C", weight: 15 },
  { id: "platform", letter: "D", weight: 15 },
  { id: "funding", letter: "E", weight: 10 },
  { id: "execution", letter: "F", weight: 10 },
  { id: "riskCompliance", letter: "G", weight: 15 },
  // Weight 0 at the idea stage; from the prototype stage it takes a stage-dependent share of the
  // 100 points and the seven others shrink in proportion (stageWeights below).
  { id: "traction", letter: "H", weight: 0 },
] as const;
export type RubricSectionId = (typeof RUBRIC_SECTIONS)[number]["id"];

/** The source documents in /shared/seeds (titles are in messages "readiness.docs.<code>"). */
export const SOURCE_DOCS = ["000", "001", "002", "003", "004"] as const;
export type SourceDoc = (typeof SOURCE_DOCS)[number];

/** A plan section whose facts feed the scoring (the keys of PlanFacts). */
export type FactSource = keyof PlanFacts;
export const FACT_SOURCES = ["team", "businessModel", "market", "platform", "funding", "execution", "compliance", "risks"] as const satisfies readonly FactSource[];

export type CriterionMeta = {
  id: string;
  section: RubricSectionId;
  docs: readonly SourceDoc[];
  /** The plan section whose facts rate this criterion; while it is not built, the founder self-assesses. */
  facts: FactSource;
  /** Where the founder improves it: the wizard section and step (null = the section's first step). */
  link: { section: SectionSlug; step: string | null };
};

const c = (id: string, section: RubricSectionId, docs: SourceDoc[], facts: FactSource, linkSection: SectionSlug, step: string | null = null) =>
  ({ id, section, docs, facts, link: { section: linkSection, step } }) as const satisfies CriterionMeta;

export const CRITERIA = [
  c("A1", "team", ["003", "000"], "team", "team", "members"),
  c("A2", "team", ["003", "004"], "team", "team", "members"),
  c("A3", "team", ["003", "004"], "team", "team", "members"),
  c("A4", "team", ["000", "004"], "team", "team", "members"),
  c("A5", "team", ["000"], "team", "team", "strategy"),
  c("A6", "team", ["000", "004"], "team", "team", "strategy"),
  c("A7", "team", ["000", "004"], "team", "team", "strategy"),
  c("A8", "team", ["002", "004"], "team", "team", "strategy"),
  c("B1", "market", ["000"], "market", "market", "research"),
  c("B2", "market", ["004"], "market", "market", "segments"),
  c("B3", "market", ["004", "000"], "market", "market", "competitors"),
  c("B4", "market", ["000", "002"], "businessModel", "business-model", "direction"),
  c("B5", "market", ["004", "002"], "market", "market", "size"),
  c("C1", "businessModel", ["002"], "businessModel", "business-model", "canvas"),
  c("C2", "businessModel", ["001", "004", "000"], "businessModel", "business-model", "revenue"),
  c("C3", "businessModel", ["004"], "businessModel", "business-model", "revenue"),
  c("C4", "businessModel", ["004", "002"], "businessModel", "business-model", "canvas"),
  c("C5", "businessModel", ["004"], "businessModel", "business-model", "burn"),
  c("D1", "platform", ["004", "000"], "platform", "platform", "data"),
  c("D2", "platform", ["004"], "platform", "platform", "compute"),
  c("D3", "platform", ["004", "002"], "platform", "platform", "tooling"),
  c("D4", "platform", ["004", "000"], "platform", "platform", "ecosystem"),
  c("E1", "funding", ["004"], "funding", "funding", "need"),
  c("E2", "funding", ["004", "002"], "funding", "funding", "channels"),
  c("E3", "funding", ["000", "004"], "funding", "funding", "plan"),
  c("F1", "execution", ["000", "002"], "execution", "milestones", "plan"),
  c("F2", "execution", ["002"], "execution", "milestones", "milestones"),
  c("F3", "execution", ["000", "002"], "execution", "milestones", "quality"),
  c("F4", "execution", ["000", "002"], "execution", "milestones", "feedback"),
  c("G1", "riskCompliance", ["000", "004"], "risks", "risks", "identify"),
  c("G2", "riskCompliance", ["000"], "risks", "risks", "assess"),
  c("G3", "riskCompliance", ["000"], "risks", "risks", "respond"),
  c("G4", "riskCompliance", ["000"], "risks", "risks", "monitor"),
  c("G5", "riskCompliance", ["004", "001"], "compliance", "compliance", "data"),
  c("G6", "riskCompliance", ["000", "002", "004"], "compliance", "compliance", "laws"),
  // H. Traction (editorial: the documents name user feedback, conversion and ROI [001, 002] but no stage expectations)
  c("H1", "traction", ["002", "001"], "businessModel", "business-model", "revenue"),
  c("H2", "traction", ["002", "001"], "businessModel", "business-model", "revenue"),
] as const;

export type CriterionId = (typeof CRITERIA)[number]["id"];
export const CRITERION_IDS = CRITERIA.map((x) => x.id) as CriterionId[];

export function isCriterionId(value: unknown): value is CriterionId {
  return typeof value === "string" && (CRITERION_IDS as string[]).includes(value);
}

export function criteriaOf(section: RubricSectionId) {
  return CRITERIA.filter((x) => x.section === section);
}

/** Maximum points of a section: 2 per criterion. */
export function sectionMaxPoints(section: RubricSectionId): number {
  return criteriaOf(section).length * MAX_RATING;
}

/** A section's weight at a stage: traction's share, the others scaled to fill the rest of 100. */
export function sectionWeight(section: RubricSectionId, stage: Stage = "IDEA"): number {
  const traction = TRACTION_WEIGHT[stage] ?? 0;
  if (section === "traction") return traction;
  return (RUBRIC_SECTIONS.find((s) => s.id === section)!.weight * (100 - traction)) / 100;
}

/** Every section's weight at a stage (they add up to 100). */
export function stageWeights(stage: Stage): Record<RubricSectionId, number> {
  return Object.fromEntries(RUBRIC_SECTIONS.map((s) => [s.id, sectionWeight(s.id, stage)])) as Record<RubricSectionId, number>;
}

/** Sections that count at a stage (weight above 0). */
export function sectionsAt(stage: Stage) {
  return RUBRIC_SECTIONS.filter((s) => sectionWeight(s.id, stage) > 0);
}

export function isStage(value: unknown): value is Stage {
  return typeof value === "string" && (STAGES as readonly string[]).includes(value);
}

/** Lower bounds, highest first; the band of a total is the first whose bound it reaches. */
export const BANDS = [
  { id: "ready", min: 85 },
  { id: "nearlyReady", min: 65 },
  { id: "developing", min: 40 },
  { id: "early", min: 0 },
] as const;
export type BandId = (typeof BANDS)[number]["id"];
