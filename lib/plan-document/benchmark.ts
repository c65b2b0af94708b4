// The benchmark's hook for version history: how long diffing two large plans takes. Pure apart
// from reading the clock; the integrator calls measureLargeDiff() from bench/.
import { diffPlans, type DiffTotals } from "./model";
import { planWithRisks } from "./test-plans";

export type DiffMeasurement = { risks: number; runs: number; medianMs: number; maxMs: number; totals: DiffTotals };

/**
 * Diffs a plan of `risks` risks against a version where every 10th risk was re-rated, every 50th
 * renamed slightly, and 1 in 100 deleted and replaced by a new one — the shape of a week's edits.
 */
export function measureLargeDiff({ risks = 1000, runs = 5 }: { risks?: number; runs?: number } = {}): DiffMeasurement {
  const before = planWithRisks(risks);
  const after = planWithRisks(risks, (i) => ({
    ...(i % 10 === 0 ? { likelihood: 5, mitigation: `Reviewed in week ${i}` } : {}),
    ...(i % 50 === 1 ? { title: `Risk number ${i + 1}: renamed exposure` } : {}),
    ...(i % 100 === 2 ? { title: `A new risk ${i}` } : {}),
  }));
  const times: number[] = [];
  let totals: DiffTotals = { added: 0, removed: 0, changed: 0 };
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    totals = diffPlans(before, after).totals;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { risks, runs, medianMs: times[Math.floor(times.length / 2)], maxMs: times[times.length - 1], totals };
}
