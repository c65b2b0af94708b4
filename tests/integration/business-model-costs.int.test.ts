// Team and compute costs and funding rounds entered in their own sections reach the business
// model's forecast and runway without being typed again.
import { describe, expect, it } from "vitest";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import { chooseRevenueModelAction, saveBurnPlanAction, updateRevenueModelAction } from "@/lib/business-model/actions";
import { getBusinessModelFacts, getBusinessModelSection } from "@/lib/business-model/data";
import { addRoundAction, saveRoundAction } from "@/lib/funding/actions";
import { getFundingFacts } from "@/lib/funding/data";
import { addComputeLineAction, updateComputeLineAction } from "@/lib/platform/actions";
import { addMonths, monthOf } from "@/lib/team/cost";
import { addMemberAction, updateMemberAction } from "@/lib/team/actions";
import { createTeamWithProject } from "../support/factories";
import { signInAs } from "./session";

describe("costs from other sections", () => {
  it("adds the team's monthly cost and the compute plan to the burn", async () => {
    const w = await createTeamWithProject();
    const projectId = w.project.id;
    await signInAs(w.members.EDITOR);

    const member = await addMemberAction({ projectId, name: "Ada" });
    if (!member.ok) throw new Error(member.code);
    const saved = await updateMemberAction({
      projectId,
      memberId: member.data.id,
      version: member.data.version,
      name: "Ada",
      title: "CTO",
      commitment: "FULL_TIME",
      roles: [],
      skills: {},
      equityPct: 0,
      monthlyCost: 20_000,
    });
    expect(saved.ok).toBe(true);

    const line = await addComputeLineAction({ projectId, name: "Inference GPUs" });
    if (!line.ok) throw new Error(line.code);
    const lineData = line.data as { id: string; version: number };
    // 2 accelerators × 500 h × 3 = 3,000 a month.
    const compute = await updateComputeLineAction({ projectId, id: lineData.id, version: lineData.version, name: "Inference GPUs", purpose: "inference", provider: "", accelerator: "", quantity: 2, hoursPerMonth: 500, hourlyRate: 3 });
    expect(compute.ok).toBe(true);

    await chooseRevenueModelAction({ projectId, model: "subscription" });
    await updateRevenueModelAction({ projectId, model: "subscription", version: 1, rationale: "", price: "100", unit: "seat", currentVolume: "50", monthlyVolume: "50", rampMonths: "0", conversionPct: "", churnPct: "" });
    // Costs 20,000 team + 3,000 compute + 1,000 other = 24,000; revenue 5,000 → burn 19,000 a month;
    // 190,000 / 19,000 = 10: zero after month 10, below zero in month 11.
    const burn = await saveBurnPlanAction({ projectId, version: 0, cashOnHand: "190000", otherMonthlyCosts: "1000", otherCostsNote: "", revenueGrowthPct: "", includeServingCost: true });
    expect(burn).toMatchObject({ ok: true, data: { computed: { monthlyCosts: 24_000, monthlyRevenue: 5000, runway: { state: "runsOut", months: 10, cashOutIndex: 11 } } } });

    const section = await getBusinessModelSection(projectId as AuthorizedProjectId);
    expect(section.costSources.team.memberMonthlyCost).toBe(20_000);
    expect(section.costSources.computeMonthlyCost).toBe(3000);

    // A planned round of 95,000 five months from now: 5 more months → below zero in month 16.
    const round = await addRoundAction({ projectId });
    if (!round.ok) throw new Error(round.code);
    const inFive = addMonths(monthOf(new Date()), 4);
    expect(await saveRoundAction({ projectId, id: round.data.id, version: round.data.version, stage: "seed", amount: 95_000, instrument: "equity", targetDate: `${inFive}-10`, status: "planned", notes: "" })).toMatchObject({ ok: true });
    const facts = await getBusinessModelFacts(projectId as AuthorizedProjectId);
    expect(facts.runway).toMatchObject({ state: "runsOut", months: 10 });
    expect(facts.runwayWithRaise).toMatchObject({ state: "runsOut", months: 15, cashOutIndex: 16 });
    expect(facts.monthlyNetBurn.slice(0, 3)).toEqual([19_000, 19_000, 19_000]);
    expect((await getFundingFacts(projectId as AuthorizedProjectId)).plannedRounds).toEqual([{ stage: "seed", amount: 95_000, month: inFive }]);
  });
});
