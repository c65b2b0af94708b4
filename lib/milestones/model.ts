// Project plan and milestones: pure logic (dates as ISO yyyy-mm-dd strings, today passed in).
import type { ExecutionFacts } from "@/lib/plan/facts";

export const MILESTONE_STATUSES = ["planned", "inProgress", "done", "blocked"] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

/** Doc 002 §7.1's chain: kickoff → requirements → design → development → testing → launch. */
export const MILESTONE_CHAIN = ["kickoff", "requirements", "design", "development", "testing", "launch"] as const;
export type ChainStep = (typeof MILESTONE_CHAIN)[number];

/** Launchpad's suggested durations in weeks (the documents give none); the founders adjust them. */
export const CHAIN_WEEKS: Record<ChainStep, number> = { kickoff: 1, requirements: 3, design: 3, development: 10, testing: 4, launch: 2 };

/** Doc 002 §7.2's engineering and operations checklists, in order. */
export const QUALITY_GROUPS = {
  environment: ["hardware", "operatingSystem", "devEnvironment", "testEnvironment"],
  code: ["repository", "versionControl", "codeReview", "ciCd"],
  testing: ["functionalTests", "performanceTests", "securityTests", "compatibilityTests", "regressionTests"],
  deployment: ["environmentPrep", "packaging", "deployScripts", "deployMonitoring", "goLiveTest"],
  ops: ["monitoringTools", "logAnalysis", "faultRecovery", "performanceTuning"],
} as const;
export type QualityGroup = keyof typeof QUALITY_GROUPS;
export type QualityCheck = (typeof QUALITY_GROUPS)[QualityGroup][number];
export const QUALITY_CHECKS = Object.values(QUALITY_GROUPS).flat() as QualityCheck[];

export function isQualityCheck(id: string): id is QualityCheck {
  return (QUALITY_CHECKS as string[]).includes(id);
}

export type PlanValues = {
  goals: string;
  taskBreakdown: string;
  timetable: string;
  resources: string;
  trackingTool: string;
  feedbackLoop: string;
};

export const EMPTY_PLAN: PlanValues = { goals: "", taskBreakdown: "", timetable: "", resources: "", trackingTool: "", feedbackLoop: "" };

export type MilestoneValues = {
  title: string;
  owner: string;
  startDate: string | null;
  dueDate: string | null;
  status: MilestoneStatus;
  notes: string;
  dependsOn: string[];
};

const filled = (s: string) => s.trim().length > 0;

// ---- dates (ISO strings compare correctly as text; arithmetic in UTC so no time zone shifts a day)

const DAY_MS = 86_400_000;
const toUtc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

export function addDays(iso: string, days: number): string {
  return new Date(toUtc(iso) + days * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

/** True when the end date is before the start date (both present). */
export function endsBeforeStart(start: string | null, end: string | null): boolean {
  return start !== null && end !== null && end < start;
}

/** Not done and the due date has passed. */
export function isOverdue(m: { status: MilestoneStatus; dueDate: string | null }, today: string): boolean {
  return m.status !== "done" && m.dueDate !== null && m.dueDate < today;
}

/** The documents' chain with suggested dates from `today`, each depending on the one before. */
export function chainSchedule(today: string): { step: ChainStep; startDate: string; dueDate: string }[] {
  let start = today;
  return MILESTONE_CHAIN.map((step) => {
    const dueDate = addDays(start, CHAIN_WEEKS[step] * 7 - 1);
    const entry = { step, startDate: start, dueDate };
    start = addDays(dueDate, 1);
    return entry;
  });
}

// ---- dependencies

export type Edge = { milestoneId: string; dependsOnId: string };

/**
 * Would giving `milestoneId` the prerequisites `dependsOn` (replacing its current ones) create a
 * cycle? True when `milestoneId` can be reached from one of them by following existing edges.
 */
export function createsCycle(edges: readonly Edge[], milestoneId: string, dependsOn: readonly string[]): boolean {
  if (dependsOn.includes(milestoneId)) return true;
  const prerequisites = new Map<string, string[]>();
  for (const e of edges) {
    if (e.milestoneId === milestoneId) continue; // these are being replaced
    prerequisites.set(e.milestoneId, [...(prerequisites.get(e.milestoneId) ?? []), e.dependsOnId]);
  }
  const seen = new Set<string>();
  const stack = [...dependsOn];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (next === milestoneId) return true;
    if (seen.has(next)) continue;
    seen.add(next);
    stack.push(...(prerequisites.get(next) ?? []));
  }
  return false;
}

/** Prerequisites that are not done while this milestone is already under way or done. */
export function unmetDependencies<M extends { id: string; status: MilestoneStatus }>(milestone: { status: MilestoneStatus; dependsOn: readonly string[] }, all: readonly M[]): M[] {
  if (milestone.status === "planned") return [];
  const byId = new Map(all.map((m) => [m.id, m]));
  return milestone.dependsOn.map((id) => byId.get(id)).filter((m): m is M => m !== undefined && m.status !== "done");
}

// ---- timeline

export type TimelineBar = { id: string; startDate: string; dueDate: string; /** 1-based grid column */ column: number; span: number; overdue: boolean };
export type Timeline = { start: string; end: string; days: number; bars: TimelineBar[]; unscheduled: string[]; /** 1-based day column of today, null when outside */ todayColumn: number | null };

/**
 * Places each dated milestone on a day grid from the earliest start to the latest due date.
 * A milestone with one date is shown as a one-day bar; one without dates is "unscheduled".
 */
export function timeline(milestones: readonly { id: string; startDate: string | null; dueDate: string | null; status: MilestoneStatus }[], today: string): Timeline | null {
  const dated = milestones.filter((m) => m.startDate !== null || m.dueDate !== null);
  const unscheduled = milestones.filter((m) => m.startDate === null && m.dueDate === null).map((m) => m.id);
  if (dated.length === 0) return unscheduled.length ? { start: today, end: today, days: 1, bars: [], unscheduled, todayColumn: 1 } : null;
  const spans = dated.map((m) => {
    const a = m.startDate ?? m.dueDate!;
    const b = m.dueDate ?? m.startDate!;
    return { m, from: a < b ? a : b, to: a < b ? b : a };
  });
  const start = spans.reduce((min, s) => (s.from < min ? s.from : min), spans[0].from);
  const end = spans.reduce((max, s) => (s.to > max ? s.to : max), spans[0].to);
  const days = daysBetween(start, end) + 1;
  const bars = spans.map(({ m, from, to }) => ({
    id: m.id,
    startDate: from,
    dueDate: to,
    column: daysBetween(start, from) + 1,
    span: daysBetween(from, to) + 1,
    overdue: isOverdue(m, today),
  }));
  const todayColumn = today >= start && today <= end ? daysBetween(start, today) + 1 : null;
  return { start, end, days, bars, unscheduled, todayColumn };
}

// ---- facts and steps

export type ExecutionInput = {
  plan: PlanValues;
  milestones: readonly { owner: string; startDate: string | null; dueDate: string | null; status: MilestoneStatus }[];
  checksDone: readonly string[];
  /** Checklist items the team marked "not applicable" (e.g. no hardware in a pure-software product). */
  checksNotApplicable?: readonly string[];
};

/** How many checklist items apply: all but those marked not applicable, yet never fewer than half the
 * list, so declaring most of the checklist irrelevant cannot stand in for doing it. */
export function applicableChecks(notApplicable: readonly string[] = []): number {
  const excluded = new Set(notApplicable.filter(isQualityCheck)).size;
  return Math.max(QUALITY_CHECKS.length - excluded, Math.ceil(QUALITY_CHECKS.length / 2));
}

function checksSettled(input: ExecutionInput): boolean {
  const settled = new Set([...input.checksDone, ...(input.checksNotApplicable ?? [])].filter(isQualityCheck));
  return settled.size === QUALITY_CHECKS.length;
}

export function planDefined(plan: PlanValues): boolean {
  return filled(plan.goals) && filled(plan.taskBreakdown) && filled(plan.timetable) && filled(plan.resources);
}

export function executionFacts({ plan, milestones, checksDone, checksNotApplicable }: ExecutionInput, today: string): ExecutionFacts {
  return {
    planDefined: planDefined(plan),
    milestones: milestones.length,
    milestonesDone: milestones.filter((m) => m.status === "done").length,
    milestonesOverdue: milestones.filter((m) => isOverdue(m, today)).length,
    milestonesWithOwnerAndDates: milestones.filter((m) => filled(m.owner) && m.startDate !== null && m.dueDate !== null).length,
    qualityChecksDone: new Set(checksDone.filter(isQualityCheck)).size,
    qualityChecksTotal: applicableChecks(checksNotApplicable),
    feedbackLoopDefined: filled(plan.feedbackLoop),
    openMilestoneDueMonths: milestones.flatMap((m) => (m.status !== "done" && m.dueDate ? [m.dueDate.slice(0, 7)] : [])),
  };
}

export const MILESTONE_STEPS = ["plan", "milestones", "timeline", "quality", "feedback"] as const;
export type MilestoneStep = (typeof MILESTONE_STEPS)[number];

export function milestoneStepsComplete(input: ExecutionInput): Record<MilestoneStep, boolean> {
  const dated = input.milestones.filter((m) => m.startDate !== null && m.dueDate !== null).length;
  return {
    plan: planDefined(input.plan) && filled(input.plan.trackingTool),
    milestones: input.milestones.length > 0 && input.milestones.every((m) => filled(m.owner)),
    timeline: input.milestones.length > 0 && dated === input.milestones.length,
    quality: checksSettled(input),
    feedback: filled(input.plan.feedbackLoop),
  };
}
