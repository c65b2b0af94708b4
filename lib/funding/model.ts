// Funding: pure logic shared by the page (live previews) and the server (stored facts).
// No I/O; money in the project's currency, whole units.
import type { FundingFacts } from "@/lib/plan/facts";

export const FUNDING_STAGES = ["preSeed", "angel", "seed", "seriesA", "seriesB", "growth", "other"] as const;
export type FundingStage = (typeof FUNDING_STAGES)[number];

export const INSTRUMENTS = ["equity", "debt", "grant", "other"] as const;
export type Instrument = (typeof INSTRUMENTS)[number];

export const ROUND_STATUSES = ["planned", "inProgress", "closed", "abandoned"] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

/** Channels named in doc 004 §4.3.1, plus internal funding (004 §4.3.2) and "other". */
export const CHANNEL_KINDS = ["angel", "vc", "bankLoan", "government", "internal", "other"] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

/**
 * Where each channel's caution comes from: the documents (bank loans: repayment pressure and
 * interest, doc 004) or Launchpad's own guidance. The text is in messages "funding.channels.<kind>".
 */
export const CHANNEL_CAUTION_SOURCE: Record<ChannelKind, "doc004" | "launchpad"> = {
  angel: "launchpad",
  vc: "launchpad",
  bankLoan: "doc004",
  government: "launchpad",
  internal: "launchpad",
  other: "launchpad",
};

/** Doc 004 says funds should go first to data, compute and tools; the rest are common categories. */
export const USE_CATEGORIES = ["data", "compute", "tools", "hiring", "product", "marketing", "operations", "compliance", "reserve", "other"] as const;
export type UseCategory = (typeof USE_CATEGORIES)[number];

export type FundingPlanValues = {
  needAmount: number | null;
  needTiming: string;
  rationale: string;
  structure: string;
  budgetPlan: string;
  costMonitoring: string;
};

export const EMPTY_FUNDING_PLAN: FundingPlanValues = {
  needAmount: null,
  needTiming: "",
  rationale: "",
  structure: "",
  budgetPlan: "",
  costMonitoring: "",
};

export type RoundValues = {
  stage: FundingStage;
  amount: number;
  instrument: Instrument;
  targetDate: string | null;
  status: RoundStatus;
  notes: string;
};

export type UseValues = { category: UseCategory; amount: number; note: string };

const filled = (s: string) => s.trim().length > 0;

/** Sums amounts, ignoring anything that is not a finite non-negative number. */
export function sumAmounts(items: readonly { amount: number }[]): number {
  return items.reduce((total, item) => (Number.isFinite(item.amount) && item.amount > 0 ? total + item.amount : total), 0);
}

export type UseOfFundsCheck =
  | { state: "noNeed"; total: number }
  | { state: "matches" | "over" | "under"; total: number; need: number; /** total − need */ difference: number };

/** Compares the planned use of funds with the amount the founders ask for. */
export function checkUseOfFunds(uses: readonly { amount: number }[], needAmount: number | null): UseOfFundsCheck {
  const total = sumAmounts(uses);
  if (needAmount === null || !Number.isFinite(needAmount) || needAmount <= 0) return { state: "noNeed", total };
  const difference = total - needAmount;
  // Amounts are whole currency units; anything under one unit is rounding, not a gap.
  const state = Math.abs(difference) < 1 ? "matches" : difference > 0 ? "over" : "under";
  return { state, total, need: needAmount, difference };
}

export type FundingInput = {
  plan: FundingPlanValues;
  rounds: readonly { stage: FundingStage; amount: number; status: RoundStatus; targetDate: string | null }[];
  channels: readonly { kind: ChannelKind }[];
  uses: readonly { amount: number; category?: string }[];
};

export function needDefined(plan: FundingPlanValues): boolean {
  return plan.needAmount !== null && plan.needAmount > 0 && filled(plan.needTiming);
}

export function financialPlanDefined(plan: FundingPlanValues): boolean {
  return filled(plan.budgetPlan) && filled(plan.costMonitoring);
}

export function fundingFacts({ plan, rounds, channels, uses }: FundingInput): FundingFacts {
  return {
    needDefined: needDefined(plan),
    needAmount: plan.needAmount !== null && Number.isFinite(plan.needAmount) ? plan.needAmount : null,
    rounds: rounds.length,
    channels: CHANNEL_KINDS.filter((kind) => channels.some((c) => c.kind === kind)),
    useOfFundsDefined: sumAmounts(uses) > 0,
    hiringFunds: sumAmounts(uses.filter((u) => u.category === "hiring")),
    financialPlanDefined: financialPlanDefined(plan),
    plannedRounds: rounds
      .filter((r) => r.status === "planned" || r.status === "inProgress")
      .map((r) => ({ stage: r.stage, amount: Number.isFinite(r.amount) ? r.amount : 0, month: r.targetDate ? r.targetDate.slice(0, 7) : null })),
  };
}

export const FUNDING_STEPS = ["need", "rounds", "channels", "uses", "plan"] as const;
export type FundingStep = (typeof FUNDING_STEPS)[number];

/** A step is complete when the founders wrote what it asks for. */
export function fundingStepsComplete(input: FundingInput): Record<FundingStep, boolean> {
  return {
    need: needDefined(input.plan) && filled(input.plan.rationale),
    rounds: input.rounds.some((r) => r.amount > 0),
    channels: input.channels.length > 0,
    uses: sumAmounts(input.uses) > 0,
    plan: financialPlanDefined(input.plan),
  };
}
