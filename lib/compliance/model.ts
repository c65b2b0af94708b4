// Compliance: pure logic over the checklist (no I/O).
import type { ComplianceFacts } from "@/lib/plan/facts";

export const MARKETS = ["china", "eu", "us", "general"] as const;
export type ComplianceMarket = (typeof MARKETS)[number];
/** Markets with their own laws; "general" holds practices that apply everywhere. */
export const LAW_MARKETS = ["china", "eu", "us"] as const satisfies readonly ComplianceMarket[];

export const TOPICS = ["dataProtection", "aiRegulation", "security", "platform", "ip", "governance", "other"] as const;
export type ComplianceTopic = (typeof TOPICS)[number];

export const STATUSES = ["notStarted", "inProgress", "done", "notApplicable"] as const;
export type ComplianceStatus = (typeof STATUSES)[number];

export type ItemValues = { title: string; status: ComplianceStatus; owner: string; notes: string };

type ItemFacts = { market: ComplianceMarket; topic: ComplianceTopic; status: ComplianceStatus; owner: string };

const filled = (s: string) => s.trim().length > 0;

/**
 * An item the founders have triaged as applying to them: not marked "not applicable", and work has
 * started or an owner is named. A freshly seeded, untouched checklist therefore maps nothing yet.
 */
export function isTriagedApplicable(item: ItemFacts): boolean {
  return item.status !== "notApplicable" && (item.status !== "notStarted" || filled(item.owner));
}

export function complianceFacts(items: readonly ItemFacts[], ipStrategy: string): ComplianceFacts {
  const dataProtection = items.filter((i) => i.topic === "dataProtection" && i.status !== "notApplicable");
  return {
    items: items.length,
    applicableItems: items.filter(isTriagedApplicable).length,
    itemsDone: items.filter((i) => i.status === "done").length,
    itemsWithOwner: items.filter((i) => filled(i.owner)).length,
    dataProtectionDone: dataProtection.filter((i) => i.status === "done").length,
    dataProtectionTotal: dataProtection.length,
    ipStrategyDefined: filled(ipStrategy),
  };
}

/** Progress of one group of items: how many are settled (done or not applicable) out of all. */
export function progress(items: readonly { status: ComplianceStatus }[]): { settled: number; total: number } {
  return { settled: items.filter((i) => i.status === "done" || i.status === "notApplicable").length, total: items.length };
}

/** Wizard steps; ids match the readiness rubric's links ("laws", "data"). */
export const COMPLIANCE_STEPS = ["laws", "data", "ip"] as const;
export type ComplianceStep = (typeof COMPLIANCE_STEPS)[number];

/** Which step shows an item: market laws, everyday data and security practices, or IP. */
export function stepOf(item: { market: ComplianceMarket; topic: ComplianceTopic }): ComplianceStep {
  if (item.market !== "general") return "laws";
  return item.topic === "ip" ? "ip" : "data";
}

/** A step is complete when every item in it is triaged (status beyond "not started"); IP also needs the strategy notes. */
export function complianceStepsComplete(items: readonly (ItemFacts & { market: ComplianceMarket })[], ipStrategy: string): Record<ComplianceStep, boolean> {
  const triaged = (step: ComplianceStep) => {
    const inStep = items.filter((i) => stepOf(i) === step);
    return inStep.length > 0 && inStep.every((i) => i.status !== "notStarted");
  };
  return { laws: triaged("laws"), data: triaged("data"), ip: filled(ipStrategy) && items.filter((i) => stepOf(i) === "ip").every((i) => i.status !== "notStarted") };
}
