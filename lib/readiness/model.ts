// Readiness scoring: plan facts in → per-criterion ratings with their reasons,
// section scores, a total out of 100, its band, and the improvements worth the most points.
// Pure (no I/O); the server stores its output in snapshots, the client may use it for previews.
//
// Scoring (domain.md §6.2): section score = points ÷ max points × weight; total = sum of the
// section scores. Rounding (for display and storage): the total and each section score to one
// decimal, a criterion's points and an improvement's gain to two. The total is rounded from the
// exact section scores, so the rounded section scores may add up to ±0.1 of it.
import { DIRECTION_TESTS, type DirectionTest, type PlanFacts } from "@/lib/plan/facts";
import { checkConsistency, type Inconsistency } from "./consistency";
import { DERIVATIONS } from "./derivations";
import {
  BANDS,
  CRITERIA,
  MAX_RATING,
  RUBRIC_VERSION,
  sectionMaxPoints,
  sectionsAt,
  sectionWeight,
  type BandId,
  type CriterionId,
  type CriterionMeta,
  type Rating,
  type RubricSectionId,
  type Stage,
} from "./rubric";

export type ReadinessInput = {
  facts: PlanFacts;
  /** The plan's stage (the project's details); expectations and the traction weight depend on it. Default IDEA. */
  stage?: Stage;
};

export type CriterionResult = {
  id: CriterionId;
  section: RubricSectionId;
  rating: Rating;
  /** messages "readiness.reasons.<reasonKey>", interpolated with `values`. */
  reasonKey: string;
  values: Record<string, number>;
  /** What this rating adds to the total, and what a 2 would add. */
  points: number;
  maxPoints: number;
  link: CriterionMeta["link"];
};

export type SectionResult = {
  id: RubricSectionId;
  weight: number;
  /** Sum of the ratings and its maximum (2 per criterion). */
  points: number;
  maxPoints: number;
  /** points ÷ maxPoints × weight, one decimal. */
  score: number;
};

export type Improvement = {
  id: CriterionId;
  section: RubricSectionId;
  from: Rating;
  /** Points the total gains when the criterion reaches 2. */
  gain: number;
  link: CriterionMeta["link"];
};

export type ReadinessResult = {
  rubricVersion: number;
  stage: Stage;
  criteria: CriterionResult[];
  sections: SectionResult[];
  /** Cross-section contradictions found, each with its penalty (lib/readiness/consistency.ts). */
  inconsistencies: Inconsistency[];
  /** Sum of the penalties, taken off the sections' sum. */
  penalty: number;
  /** Set when a gate held the total below a band it would otherwise reach (and by how much). */
  cap: ReadinessCap | null;
  total: number;
  band: BandId;
};

/**
 * Launchpad's choice: a plan cannot be "ready" while its founders rate one of the four direction
 * tests (demand, feasibility, competitive advantage, profit model [000 §4.2]) "weak" themselves —
 * the total is held just below the "ready" band and the page says why.
 */
export const WEAK_DIRECTION_CAP = 84.9;

export type ReadinessCap = { id: "weakDirection"; max: number; /** the total before the cap */ uncapped: number; tests: DirectionTest[] };

export function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round((value + Number.EPSILON) * factor) / factor;
}

/** What one rating point of a criterion is worth in the total at a stage. */
export function pointValue(section: RubricSectionId, stage: Stage = "IDEA"): number {
  return sectionWeight(section, stage) / sectionMaxPoints(section);
}

export function bandOf(total: number): BandId {
  return BANDS.find((b) => total >= b.min)?.id ?? "early";
}

function rateCriterion(meta: CriterionMeta & { id: CriterionId }, input: ReadinessInput, stage: Stage): Omit<CriterionResult, "points" | "maxPoints"> {
  const { rating, reason, values } = DERIVATIONS[meta.id](input.facts, stage);
  return { id: meta.id, section: meta.section, link: meta.link, rating, reasonKey: `${meta.id}.${reason}`, values };
}

export function computeReadiness(input: ReadinessInput): ReadinessResult {
  const stage = input.stage ?? "IDEA";
  const counted = sectionsAt(stage);
  const criteria: CriterionResult[] = CRITERIA.filter((meta) => counted.some((s) => s.id === meta.section)).map((meta) => {
    const rated = rateCriterion(meta, input, stage);
    const value = pointValue(meta.section, stage);
    return { ...rated, points: round(rated.rating * value, 2), maxPoints: round(MAX_RATING * value, 2) };
  });
  let exactTotal = 0;
  const sections: SectionResult[] = counted.map(({ id }) => {
    const weight = sectionWeight(id, stage);
    const points = criteria.filter((x) => x.section === id).reduce((sum, x) => sum + x.rating, 0);
    const maxPoints = sectionMaxPoints(id);
    const exact = (points / maxPoints) * weight;
    exactTotal += exact;
    return { id, weight, points, maxPoints, score: round(exact, 1) };
  });
  const inconsistencies = checkConsistency(input.facts);
  const penalty = inconsistencies.reduce((sum, x) => sum + x.penalty, 0);
  const uncapped = round(Math.max(0, exactTotal - penalty), 1);
  const weakTests = DIRECTION_TESTS.filter((t) => input.facts.businessModel.directionVerdicts[t] === "weak");
  const cap: ReadinessCap | null = weakTests.length > 0 && uncapped > WEAK_DIRECTION_CAP ? { id: "weakDirection", max: WEAK_DIRECTION_CAP, uncapped, tests: weakTests } : null;
  const total = cap ? cap.max : uncapped;
  return { rubricVersion: RUBRIC_VERSION, stage, criteria, sections, inconsistencies, penalty, cap, total, band: bandOf(total) };
}

/** Criteria below 2, by the points reaching 2 would add (then in rubric order). */
export function rankImprovements(criteria: readonly CriterionResult[], limit = 5, stage: Stage = "IDEA"): Improvement[] {
  return criteria
    .filter((x) => x.rating < MAX_RATING)
    .map((x, order) => ({ order, exact: (MAX_RATING - x.rating) * pointValue(x.section, stage), x }))
    .sort((a, b) => b.exact - a.exact || a.order - b.order)
    .slice(0, Math.max(0, limit))
    .map(({ exact, x }) => ({ id: x.id, section: x.section, from: x.rating, gain: round(exact, 2), link: x.link }));
}

/**
 * A stable text form of everything a snapshot records about the plan (ratings, reasons, values,
 * rubric version). Two results with the same form need only one snapshot.
 */
export function canonicalForm(result: Pick<ReadinessResult, "rubricVersion" | "criteria"> & Partial<Pick<ReadinessResult, "stage" | "inconsistencies" | "cap">>): string {
  return JSON.stringify([
    result.rubricVersion,
    result.stage ?? null,
    result.cap ? [result.cap.id, result.cap.max, result.cap.tests] : null,
    (result.inconsistencies ?? []).map((x) => [x.id, x.penalty, Object.entries(x.values).sort(([a], [b]) => a.localeCompare(b))]),
    [...result.criteria]
      .sort((a, b) => a.id.localeCompare(b.id))
      // `true, null` stand where "derived" and the self-assessment note were (both gone): snapshots
      // stored before keep their fingerprints, so an unchanged plan gets no new snapshot.
      .map((x) => [x.id, x.rating, true, null, x.reasonKey, Object.entries(x.values).sort(([a], [b]) => a.localeCompare(b))]),
  ]);
}

export type ScoreChange = {
  from: number;
  to: number;
  /** Criteria whose rating fell, with the reason they have now. */
  dropped: { id: CriterionId; from: Rating; to: Rating; reasonKey: string; values: Record<string, number> }[];
  /** Contradictions that appeared. */
  newInconsistencies: Inconsistency["id"][];
};

/** What changed between two results of the same plan, so a drop is never silent. */
export function scoreChange(before: ReadinessResult, after: ReadinessResult): ScoreChange {
  const was = new Map(before.criteria.map((c) => [c.id, c.rating]));
  const seen = new Set(before.inconsistencies.map((x) => x.id));
  return {
    from: before.total,
    to: after.total,
    dropped: after.criteria.flatMap((c) => {
      const from = was.get(c.id);
      return from !== undefined && c.rating < from ? [{ id: c.id, from, to: c.rating, reasonKey: c.reasonKey, values: c.values }] : [];
    }),
    newInconsistencies: after.inconsistencies.filter((x) => !seen.has(x.id)).map((x) => x.id),
  };
}
