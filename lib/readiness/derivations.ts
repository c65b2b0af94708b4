// THE mapping from plan facts (lib/plan/facts.ts) to criterion ratings — one row per criterion, so
// every point can be traced and argued with. The rubric page shows each row's rule in words
// (messages "readiness.criteria.<id>.rule"); the readiness page shows the reason it produced
// ("readiness.reasons.<id>.<reason>" with `values`). Thresholds marked "Launchpad's choice" are
// editorial, not from the source documents. Pure: no I/O.
import type { PlanFacts } from "@/lib/plan/facts";
import { groupsCovered, REQUIRED_GROUPS } from "@/lib/risks/model";
import { stageIndex } from "@/lib/team/catalogue";
import type { CriterionId, Rating, Stage } from "./rubric";

export type Derived = { rating: Rating; reason: string; values: Record<string, number> };
type Derive = (f: PlanFacts, stage: Stage) => Derived;

/** A rating capped at 1 when the founders' own direction-test verdict is "weak": a box filled with a weak answer is not evidence of strength. */
function capWeak(result: Derived, verdict: string): Derived {
  return verdict === "weak" && result.rating === 2 ? d(1, "weakVerdict", result.values) : result;
}

/** Stage at or after another one (lib/team/catalogue.ts order). */
const atLeast = (stage: Stage, from: Stage) => stageIndex(stage) >= stageIndex(from);

/** Launchpad's choice: paying customers that make traction "in place" at the revenue and scale stages. */
export const MIN_CUSTOMERS: Partial<Record<Stage, number>> = { REVENUE: 3, SCALE: 20 };
/** Launchpad's choice: monthly churn above this is not retention evidence. */
export const MAX_HEALTHY_CHURN_PCT = 5;

const d = (rating: Rating, reason: string, values: Record<string, number> = {}): Derived => ({ rating, reason, values });

/** 2 when both parts are there, 1 when one is, 0 when neither. */
function both(a: boolean, b: boolean, reasons: { both: string; onlyA: string; onlyB: string; none: string }, values: Record<string, number> = {}): Derived {
  if (a && b) return d(2, reasons.both, values);
  if (a) return d(1, reasons.onlyA, values);
  if (b) return d(1, reasons.onlyB, values);
  return d(0, reasons.none, values);
}

/** Share of a checklist done: 2 from 75 % (Launchpad's choice), 1 from one item, 0 otherwise. */
function checklist(done: number, total: number): Derived {
  const values = { done, total };
  if (total <= 0) return d(0, "noChecklist", values);
  if (done >= total * 0.75) return d(2, "mostDone", values);
  if (done >= 1) return d(1, "someDone", values);
  return d(0, "noneDone", values);
}

const COVERAGE_RATING = { yes: 2, partial: 1, no: 0 } as const;

/** The role (lib/team/catalogue.ts) whose holder is the project-management / resource owner, as in TeamFacts. */
export const PROJECT_MANAGEMENT_ROLE = "projectManager";

/** Launchpad's choice: three milestones make a chain (domain.md §7.1 lists six). */
export const MIN_MILESTONES = 3;

export const DERIVATIONS: Record<CriterionId, Derive> = {
  // A. Team and talent
  A1: ({ team }) => d(COVERAGE_RATING[team.coreTechnicalCovered], team.coreTechnicalCovered),
  A2: ({ team }) => d(({ linked: 2, present: 1, absent: 0 } as const)[team.businessInsight], team.businessInsight),
  // The app's own stage advice (lib/team/catalogue.ts ROLE_CORE_FROM): a project manager is core
  // from the revenue stage; before it the product manager coordinates resources [000].
  A3: ({ team }, stage) => {
    if (team.projectManagementOwner) return d(2, "owner");
    if (!atLeast(stage, "REVENUE") && team.productManagerOwner) return d(2, "productManagerCovers");
    if (team.rolesNeededNow.includes(PROJECT_MANAGEMENT_ROLE) || team.rolesNeededNow.includes("productManager")) return d(1, "planned");
    return d(0, "none");
  },
  // MLOps and test engineers are core from the MVP stage: before it, someone able to deploy is enough.
  A4: ({ team }, stage) => {
    if (!atLeast(stage, "MVP") && team.deploymentOpsTestingCovered === "partial") return d(2, "enoughForStage");
    return d(COVERAGE_RATING[team.deploymentOpsTestingCovered], team.deploymentOpsTestingCovered);
  },
  A5: ({ team }) => {
    if (team.strategy.recruitment) return d(2, "written");
    if (team.openHires > 0) return d(1, "hiresOnly", { openHires: team.openHires });
    return d(0, "none");
  },
  A6: ({ team }) => (team.strategy.training ? d(2, "written") : d(0, "none")),
  A7: ({ team }) =>
    both(team.strategy.incentives, team.strategy.equityPool, { both: "both", onlyA: "noEquity", onlyB: "equityOnly", none: "none" }),
  A8: ({ team }) =>
    both(team.strategy.rolesWritten, team.strategy.collaboration, { both: "both", onlyA: "noRhythm", onlyB: "noRoles", none: "none" }),

  // B. Market and direction
  B1: ({ market }) => {
    const values = { done: market.researchStepsDone, total: 4 };
    if (market.researchStepsDone >= 4) return d(2, "complete", values);
    if (market.researchStepsDone >= 1) return d(1, "partial", values);
    return d(0, "none", values);
  },
  B2: ({ market, businessModel }) => {
    if (market.segments >= 1) return d(2, "segments", { segments: market.segments });
    if (businessModel.canvasNoteCounts.customerSegments >= 1) return d(1, "canvasOnly", { notes: businessModel.canvasNoteCounts.customerSegments });
    return d(0, "none");
  },
  B3: ({ market, businessModel }) => {
    const values = { competitors: market.competitors, differentiated: market.competitorsWithDifferentiation };
    if (market.competitors >= 1 && market.competitorsWithDifferentiation >= market.competitors) return capWeak(d(2, "allDifferentiated", values), businessModel.directionVerdicts.competitiveAdvantage);
    if (market.competitors >= 1) return d(1, "someDifferentiated", values);
    if (businessModel.directionTests.competitiveAdvantage !== "missing") return d(1, "advantageOnly", values);
    return d(0, "none", values);
  },
  B4: ({ businessModel }) =>
    capWeak(
      d(({ withEvidence: 2, assessed: 1, missing: 0 } as const)[businessModel.directionTests.technicalFeasibility], businessModel.directionTests.technicalFeasibility),
      businessModel.directionVerdicts.technicalFeasibility,
    ),
  B5: ({ market }) =>
    both(market.marketSizesWithSource >= 1, market.trendNotes >= 1, { both: "both", onlyA: "sizeOnly", onlyB: "trendOnly", none: "none" }, {
      sizes: market.marketSizesWithSource,
      trends: market.trendNotes,
    }),

  // C. Business model
  // The value proposition comes from user needs and the competition [002]: the founders' own
  // "weak" verdict on either caps it.
  C1: ({ businessModel: bm }) => {
    const rated = capWeak(
      both(bm.canvasNoteCounts.valuePropositions >= 1, bm.directionTests.marketDemand !== "missing", {
        both: "both",
        onlyA: "noDemand",
        onlyB: "noProposition",
        none: "none",
      }),
      bm.directionVerdicts.marketDemand,
    );
    return rated.rating === 2 && bm.directionVerdicts.competitiveAdvantage === "weak" ? d(1, "weakAdvantage") : rated;
  },
  C2: ({ businessModel: bm }) => {
    const values = { models: bm.revenueModels.length, withRationale: bm.revenueModelsWithRationale };
    if (bm.revenueModels.length >= 1 && bm.revenueModelsWithRationale >= bm.revenueModels.length) return capWeak(d(2, "withRationale", values), bm.directionVerdicts.profitModel);
    if (bm.revenueModels.length >= 1) return d(1, "noRationale", values);
    return d(0, "none", values);
  },
  C3: ({ businessModel: bm }) => {
    if (bm.pricingDefined) return d(2, "priced");
    if (bm.revenueModels.length >= 1) return d(1, "modelOnly");
    return d(0, "none");
  },
  // One note per block is a start, not a plan: 2 needs at least two channels and two
  // relationship/retention notes (Launchpad's choice).
  C4: ({ businessModel: bm }) => {
    const channels = bm.canvasNoteCounts.channels;
    const retention = bm.canvasNoteCounts.customerRelationships;
    const values = { channels, retention };
    if (channels >= 2 && retention >= 2) return d(2, "both", values);
    if (channels >= 1 && retention >= 1) return d(1, "thin", values);
    return both(channels >= 1, retention >= 1, { both: "both", onlyA: "noRetention", onlyB: "noChannels", none: "none" }, values);
  },
  C5: ({ businessModel: bm }) =>
    both(bm.canvasNoteCounts.costStructure >= 1, bm.monthlyCosts !== null, { both: "both", onlyA: "noBudget", onlyB: "noStructure", none: "none" }),

  // D. Platform and technical resources
  D1: ({ platform: p }) => {
    const values = { sources: p.dataSources, cleared: p.dataSourcesWithRightsAndConsent };
    if (p.dataSources >= 1 && p.dataSourcesWithRightsAndConsent >= p.dataSources) return d(2, "allCleared", values);
    if (p.dataSources >= 1) return d(1, "someUncleared", values);
    return d(0, "none", values);
  },
  D2: ({ platform: p }) => {
    if (p.computePlanDefined) return d(2, "planned");
    if (p.computeMonthlyCost > 0) return d(1, "costOnly");
    return d(0, "none");
  },
  D3: ({ platform: p }) => checklist(p.toolingDone, p.toolingTotal),
  D4: ({ platform: p, businessModel: bm }) => {
    if (p.ecosystemPartners >= 2) return d(2, "several", { partners: p.ecosystemPartners });
    if (p.ecosystemPartners === 1) return d(1, "one", { partners: 1 });
    if (bm.canvasNoteCounts.keyPartnerships >= 1) return d(1, "canvasOnly", { notes: bm.canvasNoteCounts.keyPartnerships });
    return d(0, "none");
  },

  // E. Funding and finance
  E1: ({ funding: fu }) => {
    if (fu.needDefined) return d(2, "defined");
    if (fu.needAmount !== null || fu.rounds >= 1) return d(1, "partial");
    return d(0, "none");
  },
  E2: ({ funding: fu }) => {
    const values = { channels: fu.channels.length };
    if (fu.channels.length >= 2) return d(2, "diversified", values);
    if (fu.channels.length === 1) return d(1, "single", values);
    return d(0, "none", values);
  },
  E3: ({ funding: fu, businessModel: bm }) =>
    both(fu.financialPlanDefined, bm.runway.state !== "unknown", { both: "both", onlyA: "noRunway", onlyB: "noPlan", none: "none" }),

  // F. Project plan and execution
  F1: ({ execution: ex }) => {
    if (ex.planDefined) return d(2, "written");
    if (ex.milestonesWithOwnerAndDates >= 1) return d(1, "timetableOnly");
    return d(0, "none");
  },
  F2: ({ execution: ex }) => {
    const values = { milestones: ex.milestones, complete: ex.milestonesWithOwnerAndDates, min: MIN_MILESTONES };
    if (ex.milestones >= MIN_MILESTONES && ex.milestonesWithOwnerAndDates >= ex.milestones) return d(2, "chain", values);
    if (ex.milestones >= 1) return d(1, "partial", values);
    return d(0, "none", values);
  },
  F3: ({ execution: ex }) => checklist(ex.qualityChecksDone, ex.qualityChecksTotal),
  F4: ({ execution: ex }) => (ex.feedbackLoopDefined ? d(2, "defined") : d(0, "none")),

  // G. Risk and compliance
  // The register's categories roll up into groups (lib/risks/model.ts); the six required ones are
  // technical, market, data, resource, operational and compliance (= regulatory).
  G1: ({ risks: r }) => {
    const groups = groupsCovered(r.categoriesCovered);
    const covered = REQUIRED_GROUPS.filter((g) => groups.includes(g)).length;
    const values = { covered, required: REQUIRED_GROUPS.length, risks: r.total };
    if (covered === REQUIRED_GROUPS.length) return d(2, "allCategories", values);
    if (r.total >= 1) return d(1, "someCategories", values);
    return d(0, "none", values);
  },
  // Likelihood and impact are required on every risk, so "rated" alone proves nothing. Evidence of
  // prioritising: the ratings separate risks into at least two bands, and at least one risk has
  // been reviewed since it was entered.
  G2: ({ risks: r }) => {
    const values = { total: r.total, bands: r.bandsUsed, reviewed: r.reviewed };
    if (r.total === 0) return d(0, "noRisks", values);
    if (r.bandsUsed >= 2 && r.reviewed >= 1) return d(2, "prioritised", values);
    if (r.bandsUsed < 2) return d(1, "allAlike", values);
    return d(1, "neverReviewed", values);
  },
  G3: ({ risks: r }) => {
    const covered = Math.min(r.highWithResponseAndContingency, r.highOpen);
    const values = { high: r.highOpen, covered };
    if (r.highOpen >= 1) {
      if (covered >= r.highOpen) return d(2, "allCovered", values);
      if (covered >= 1) return d(1, "someCovered", values);
      return d(0, "noneCovered", values);
    }
    // No open high risk: fine once every risk is rated (an unrated one may be high).
    if (r.total >= 1 && r.rated >= r.total) return d(2, "noHighRisks", values);
    if (r.rated >= 1) return d(1, "unratedRemain", values);
    return d(0, "notAssessed", values);
  },
  G4: ({ risks: r }) => {
    const values = { withReview: r.withReviewDate, open: r.open, overdue: r.overdueReviews };
    if (r.withReviewDate >= 1 && r.withReviewDate >= r.open && r.overdueReviews === 0) return d(2, "monitored", values);
    if (r.withReviewDate >= 1) return d(1, r.overdueReviews > 0 ? "overdue" : "someScheduled", values);
    return d(0, "none", values);
  },
  G5: ({ compliance: co }) => {
    const values = { done: co.dataProtectionDone, total: co.dataProtectionTotal };
    if (co.dataProtectionTotal >= 1 && co.dataProtectionDone >= co.dataProtectionTotal) return d(2, "allInPlace", values);
    if (co.dataProtectionDone >= 1) return d(1, "someInPlace", values);
    return d(0, co.dataProtectionTotal >= 1 ? "noneInPlace" : "none", values);
  },
  G6: ({ compliance: co }) =>
    both(co.applicableItems >= 1, co.ipStrategyDefined, { both: "both", onlyA: "noIp", onlyB: "noLaws", none: "none" }, { laws: co.applicableItems }),

  // H. Traction, by stage (Launchpad's choice; pilots and LOIs are recorded as the evidence of the
  // market-demand direction test). Only counted from the prototype stage (rubric.ts TRACTION_WEIGHT).
  H1: ({ businessModel: bm }, stage) => {
    const customers = bm.currentCustomers ?? 0;
    const revenue = bm.monthlyRevenue ?? 0;
    const demandEvidence = bm.directionTests.marketDemand === "withEvidence" && (bm.directionVerdicts.marketDemand === "promising" || bm.directionVerdicts.marketDemand === "strong");
    const values = { customers, revenue: Math.round(revenue) };
    const min = MIN_CUSTOMERS[stage];
    if (min !== undefined) {
      if (revenue > 0 && customers >= min) return d(2, "payingCustomers", { ...values, min });
      if (revenue > 0 || customers >= 1) return d(1, "fewCustomers", { ...values, min });
      return d(0, "noRevenue", { ...values, min });
    }
    if (atLeast(stage, "MVP")) {
      if (revenue > 0 && customers >= 1) return d(2, "payingCustomers", values);
      if (demandEvidence) return d(1, "pilotsOnly", values);
      return d(0, "none", values);
    }
    if (customers >= 1 && revenue > 0) return d(2, "payingCustomers", values);
    if (demandEvidence) return d(2, "pilotsOrLois", values);
    if (bm.directionTests.marketDemand !== "missing" && bm.directionVerdicts.marketDemand !== "weak") return d(1, "demandAssessed", values);
    return d(0, "none", values);
  },
  H2: ({ businessModel: bm }, stage) => {
    const churn = bm.maxChurnPct;
    const revenue = bm.monthlyRevenue ?? 0;
    const values = { churn: churn ?? 0, max: MAX_HEALTHY_CHURN_PCT };
    if (revenue > 0 && churn !== null && churn <= MAX_HEALTHY_CHURN_PCT) return d(2, "retained", values);
    if (!atLeast(stage, "MVP") && bm.directionTests.profitModel === "withEvidence" && bm.directionVerdicts.profitModel !== "weak") return d(2, "profitEvidence", values);
    if (churn !== null) return d(1, revenue > 0 ? "highChurn" : "churnAssumed", values);
    if (bm.directionTests.profitModel !== "missing") return d(1, "profitAssessed", values);
    return d(0, "none", values);
  },
};
