import { describe, expect, it } from "vitest";
import { planDocumentSchema, type PlanDocumentInput } from "./schema";
import { fullPlan, fullPlanInput } from "./test-plans";

function withEdit(change: (input: PlanDocumentInput & Record<string, never>) => void) {
  const input = structuredClone(fullPlanInput()) as PlanDocumentInput & Record<string, never>;
  change(input);
  return planDocumentSchema.safeParse(input);
}

const issues = (result: ReturnType<typeof withEdit>) => (result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}:${i.message}`));

describe("planDocumentSchema", () => {
  it("reads a file written while plans had readiness self-assessments, and leaves them out", () => {
    const result = withEdit((input) => {
      (input as Record<string, unknown>).readiness = { selfAssessments: [{ criterionId: "A1", rating: 1, evidence: "Two founders" }] };
    });
    expect(issues(result)).toEqual([]);
    expect(result.success && "readiness" in result.data).toBe(false);
    expect(result.success && result.data).toEqual(fullPlan());
  });

  it("reads a file written before each revenue model had its own volumes and economics", () => {
    // What version-1 files looked like: one blended token price for the primary model in unitEconomics.
    const result = withEdit((input) => {
      const bm = input.businessModel as Record<string, unknown>;
      bm.revenueModels = [{ model: "subscription", rationale: "Per doctor seat", price: 199, unit: "doctor / month", monthlyVolume: 40, conversionPct: 20, churnPct: 3 }];
      bm.unitEconomics = { primaryModel: "subscription", inferenceMode: "tokens", tokensPerUnit: 2_000_000, pricePerMillionTokens: 3, gpuHoursPerUnit: null, gpuHourRate: null, hostingPerUnit: 2, unitsPerCustomer: 1, cac: 600, thirdPartyModelApi: true, modelProvider: "A hosted model API" };
    });
    expect(issues(result)).toEqual([]);
    const bm = result.success ? result.data.businessModel : null;
    expect(bm?.unitEconomics).toEqual({ primaryModel: "subscription", thirdPartyModelApi: true, modelProvider: "A hosted model API" });
    // The same cost per unit as before: 2M tokens at 3 per 1M, now as input tokens.
    expect(bm?.revenueModels[0]).toMatchObject({ price: 199, monthlyVolume: 40, currentVolume: null, rampMonths: null, inputTokensPerUnit: 2_000_000, inputPricePerMillion: 3, outputTokensPerUnit: null, hostingPerUnit: 2, cac: 600, unitsPerCustomer: 1, inferenceMode: "tokens" });
  });

  it("reads checklist items marked not applicable, and an older file without them; refuses an item both done and not applicable", () => {
    const older = withEdit((d) => {
      delete (d.milestones as Record<string, unknown>).notApplicable;
    });
    expect(older.success && older.data.milestones.notApplicable).toEqual([]);
    const marked = withEdit((d) => {
      (d.milestones as Record<string, unknown>).notApplicable = ["ciCd"];
    });
    expect(marked.success && marked.data.milestones.notApplicable).toEqual(["ciCd"]);
    const both = withEdit((d) => {
      (d.milestones as Record<string, unknown>).checks = ["hardware"];
      (d.milestones as Record<string, unknown>).notApplicable = ["hardware"];
    });
    expect(issues(both)).toEqual(["milestones.notApplicable:doneAndNotApplicable"]);
  });

  it("accepts a full plan and is stable: parsing its own output changes nothing", () => {
    const once = fullPlan();
    expect(planDocumentSchema.parse(once)).toEqual(once);
    // Defaults fill what a hand-written file leaves out.
    expect(once.team.members[0].skills).toMatchObject({ product: 3, domain: 2, finance: 0 });
    expect(once.risks.items[1]).toMatchObject({ description: "", owner: null, nextReview: null });
  });

  it("keeps text with tags as typed, however deep", () => {
    const result = withEdit((d) => {
      d.risks!.items![0].mitigation = "<script>alert(1)</script>";
      d.team!.strategy!.bonus = 'Ten percent <img src=x onerror="alert(1)">';
    });
    expect(issues(result)).toEqual([]);
    expect(result.data?.risks.items[0].mitigation).toBe("<script>alert(1)</script>");
    expect(result.data?.team.strategy?.bonus).toBe('Ten percent <img src=x onerror="alert(1)">');
  });

  it("refuses another format or version", () => {
    expect(issues(withEdit((d) => ((d as { version: unknown }).version = 2)))).toEqual(["version:Invalid input: expected 1"]);
    expect(issues(withEdit((d) => ((d as { format: unknown }).format = "other-app")))[0]).toMatch(/^format:/);
  });

  it("refuses references that point nowhere, duplicate keys and dependency cycles", () => {
    expect(issues(withEdit((d) => (d.risks!.items![0].owner = "member-9")))).toEqual(["risks.items.0.owner:unknownReference"]);
    expect(issues(withEdit((d) => (d.team!.members![1].key = "member-1")))).toContain("team.members.1.key:duplicate");
    expect(issues(withEdit((d) => (d.cases!.appliedLessons![0].targetKey = "note-1")))).toEqual(["cases.appliedLessons.0.targetKey:unknownReference"]);
    expect(issues(withEdit((d) => (d.businessModel!.canvas![0].sourceCase = { library: "no-such-card" })))).toEqual(["businessModel.canvas.0.sourceCase.library:invalidOption"]);
    const cycle = withEdit((d) => (d.milestones!.milestones![0].dependsOn = ["milestone-2"]));
    expect(issues(cycle)).toEqual(["milestones.milestones:dependencyCycle"]);
  });

  it("applies the sections' own rules: bounded numbers, known options, equity up to 100 %", () => {
    expect(issues(withEdit((d) => (d.risks!.items![0].likelihood = 9)))).toEqual(["risks.items.0.likelihood:Too big: expected number to be <=5"]);
    expect(issues(withEdit((d) => ((d.risks!.items![0] as { category: string }).category = "weather")))[0]).toMatch(/^risks\.items\.0\.category:/);
    expect(issues(withEdit((d) => (d.team!.members![0].equityPct = 70)))).toEqual(["team.members:equityTotalOver"]);
    expect(issues(withEdit((d) => (d.funding!.rounds![0].amount = -5)))[0]).toMatch(/^funding\.rounds\.0\.amount:/);
    expect(issues(withEdit((d) => (d.milestones!.milestones![0].dueDate = "2026-12-01")))).toEqual(["milestones.milestones.0.dueDate:endBeforeStart"]);
  });

  it("refuses a second price for the same model, an unknown obligation and a mix share above 100 %", () => {
    expect(issues(withEdit((d) => (d.platform!.aiPrices![1].modelKey = "anthropic/claude-haiku-5-5")))).toEqual(["platform.aiPrices.1.modelKey:duplicate"]);
    expect(issues(withEdit((d) => ((d.compliance!.obligations![0] as { obligationKey: string }).obligationKey = "madeUpDuty")))[0]).toMatch(/^compliance\.obligations\.0\.obligationKey:/);
    expect(issues(withEdit((d) => (d.platform!.aiFeatures![0].routes![0].sharePct = 150)))[0]).toMatch(/^platform\.aiFeatures\.0\.routes\.0\.sharePct:/);
    expect(issues(withEdit((d) => (d.platform!.aiPrices![0].modelKey = "<script>")))[0]).toMatch(/^platform\.aiPrices\.0\.modelKey:/);
  });

  it("fills a minimal file's missing sections with empty ones", () => {
    const minimal = planDocumentSchema.parse({ format: "launchpad-plan", version: 1, project: { name: "Tiny", stage: "IDEA", currency: "USD" } });
    expect(minimal.risks).toEqual({ items: [], dismissedSuggestions: [] });
    expect(minimal.team.plan).toBeNull();
    expect(minimal.project).toEqual({ name: "Tiny", oneLiner: "", sector: "", stage: "IDEA", currency: "USD" });
  });
});
