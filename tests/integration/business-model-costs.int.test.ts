// Team and compute costs entered in their own sections reach the business model's burn and
// runway without being typed again.
import { describe, expect, it } from "vitest";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import { chooseRevenueModelAction, saveBurnPlanAction, updateRevenueModelAction } from "@/lib/business-model/actions";
import { getBusinessModelFacts, getBusinessModelSection } from "@/lib/business-model/data";
import { addComputeLineAction, updateComputeLineAction } from "@/lib/platform/actions";
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
    await updateRevenueModelAction({ projectId, model: "subscription", version: 1, rationale: "", price: "100", unit: "seat", monthlyVolume: "50", conversionPct: "", churnPct: "" });
    // Costs 20,000 team + 3,000 compute + 1,000 other = 24,000; revenue 5,000 → burn 19,000; cash 190,000 → 10 months.
    const burn = await saveBurnPlanAction({ projectId, version: 0, cashOnHand: "190000", otherMonthlyCosts: "1000", otherCostsNote: "", revenueGrowthPct: "", includeServingCost: true });
    expect(burn).toMatchObject({ ok: true, data: { computed: { monthlyCosts: 24_000, monthlyRevenue: 5000, runwayMonths: 10 } } });

    const section = await getBusinessModelSection(projectId as AuthorizedProjectId);
    expect(section.costSources.team.monthly).toBe(20_000);
    expect(section.costSources.team.byMonth).toHaveLength(24);
    expect(section.costSources.compute.monthly).toBe(3000);
    expect((await getBusinessModelFacts(projectId as AuthorizedProjectId)).runwayMonths).toBe(10);
  });
});
