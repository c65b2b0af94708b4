// The AI cost plan feeds the one forecast: a feature's routing mix becomes the serving cost of the
// revenue model it serves (replacing the blended token price), and credits pay compute and model
// spend until they end. Through the real actions and loaders, on PostgreSQL.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import { addCreditAction, addFeatureAction, updateCreditAction, updateFeatureAction } from "@/lib/ai-pricing/actions";
import { chooseRevenueModelAction, saveBurnPlanAction, updateRevenueModelAction } from "@/lib/business-model/actions";
import { getBusinessModelFacts, getBusinessModelSection } from "@/lib/business-model/data";
import { createTeamWithProject } from "../support/factories";
import { signInAs } from "./session";

const feature = { inputTokens: 1000, outputTokens: 500, cachedSharePct: 0, batchSharePct: 0, requestsPerUserMonth: 100, activeUsers: 10, requestsPerUnit: "" };

describe("routing mix and credits in the forecast", () => {
  it("moves the runway with the mix and back with credits", async () => {
    const w = await createTeamWithProject();
    const projectId = w.project.id;
    const id = projectId as AuthorizedProjectId;
    await signInAs(w.members.EDITOR);
    await db.aiPriceEntry.createMany({
      data: [
        { projectId, modelKey: "custom-small001", currency: w.project.currency, inputPerM: 1, outputPerM: 2 },
        { projectId, modelKey: "custom-large001", currency: w.project.currency, inputPerM: 10, outputPerM: 40 },
      ],
    });
    await chooseRevenueModelAction({ projectId, model: "subscription" });
    await updateRevenueModelAction({ projectId, model: "subscription", version: 1, rationale: "", price: "0", unit: "seat-month", currentVolume: "100", monthlyVolume: "100", rampMonths: "0", conversionPct: "", churnPct: "" });
    expect(await saveBurnPlanAction({ projectId, version: 0, cashOnHand: "10000", otherMonthlyCosts: "500", otherCostsNote: "", revenueGrowthPct: "", includeServingCost: true })).toMatchObject({ ok: true });
    // No token prices and no routing mix: serving is unknown (not counted); 10,000 / 500 = 20 months.
    expect((await getBusinessModelFacts(id)).runway).toMatchObject({ state: "runsOut", months: 20, cashOutIndex: 21 });

    const added = await addFeatureAction({ projectId, name: "Drafting" });
    if (!added.ok) throw new Error(added.code);
    const { id: featureId } = added.data as { id: string };
    const save = async (version: number, routes: { modelKey: string; sharePct: number }[], revenueModel: string) => {
      const saved = await updateFeatureAction({ projectId, id: featureId, version, name: "Drafting", routes, revenueModel, ...feature });
      expect(saved).toMatchObject({ ok: true });
    };
    // Not linked: shown in the AI cost plan, not counted in the forecast.
    await save(1, [{ modelKey: "custom-small001", sharePct: 100 }], "");
    expect((await getBusinessModelFacts(id)).runway).toMatchObject({ months: 20 });

    // Small: 1,000 × 1 / 1M + 500 × 2 / 1M = 0.002 a request × 100 requests a seat-month = 0.20 a
    // unit; 100 units → 20 a month. 10,000 / 520 → 120 left after month 19, below zero in month 20.
    await save(2, [{ modelKey: "custom-small001", sharePct: 100 }], "subscription");
    const section = await getBusinessModelSection(id);
    expect(section.costSources.routing?.subscription?.perUnit).toBeCloseTo(0.2, 10);
    let facts = await getBusinessModelFacts(id);
    expect(facts.monthlyCosts).toBeCloseTo(520, 10);
    expect(facts.runway).toMatchObject({ state: "runsOut", months: 19, cashOutIndex: 20 });

    // Half to the large model (0.01 + 0.02 = 0.03 a request): 0.5 × 0.002 + 0.5 × 0.03 = 0.016 × 100
    // = 1.60 a unit → 160 a month; 10,000 / 660 → 100 left after month 15, below zero in month 16.
    await save(3, [
      { modelKey: "custom-small001", sharePct: 50 },
      { modelKey: "custom-large001", sharePct: 50 },
    ], "subscription");
    facts = await getBusinessModelFacts(id);
    expect(facts.monthlyCosts).toBeCloseTo(660, 10);
    expect(facts.runway).toMatchObject({ state: "runsOut", months: 15, cashOutIndex: 16 });

    // 2,560 of model-API credits pay the 160 for 16 months: 10,000 − 19 × 660 + 2,560 = 20 after
    // month 19, −640 after month 20 → back to 19 months.
    const credit = await addCreditAction({ projectId, name: "Model credits" });
    if (!credit.ok) throw new Error(credit.code);
    const { id: creditId, version } = credit.data as { id: string; version: number };
    expect(await updateCreditAction({ projectId, id: creditId, version, name: "Model credits", provider: "", appliesTo: "modelApi", amount: 2560, startsOn: "", expiresOn: "", note: "" })).toMatchObject({ ok: true });
    facts = await getBusinessModelFacts(id);
    expect(facts.monthlyCosts).toBeCloseTo(500, 10);
    expect(facts.runway).toMatchObject({ state: "runsOut", months: 19, cashOutIndex: 20 });
  });
});
