// AI cost planning on real PostgreSQL: a routing mix saved through the actions is priced by the
// loader the forecast will use, bad input changes nothing, saves are versioned, rows are scoped by
// project, and the loaders' query count does not grow with the lists.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import {
  addCreditAction,
  addCustomModelAction,
  addFeatureAction,
  deletePriceEntryAction,
  overrideModelAction,
  saveAiSettingsAction,
  updateCreditAction,
  updateFeatureAction,
  updatePriceEntryAction,
} from "@/lib/ai-pricing/actions";
import { shippedPrice } from "@/lib/ai-pricing/catalogue";
import { creditOffsets } from "@/lib/ai-pricing/credits";
import { getAiCostModel, getAiCostPlan } from "@/lib/ai-pricing/data";
import { featureCostPerRequest, featureCosts } from "@/lib/ai-pricing/model";
import { SECTION_SEEDERS } from "@/prisma/seed/sections";
import { countQueries } from "../support/query-count";
import { createTeamWithProject } from "../support/factories";
import { signInAs } from "./session";

const LUNA = "openai/gpt-6-luna";

async function editorWorld() {
  const w = await createTeamWithProject();
  await signInAs(w.members.EDITOR);
  return { ...w, projectId: w.project.id as AuthorizedProjectId };
}

async function ok<T>(result: Promise<{ ok: true; data: T } | { ok: false; code: string }>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(`expected ok, got ${r.code}`);
  return r.data;
}

const featureInput = (over: Record<string, unknown> = {}) => ({
  name: "Contract review",
  routes: [{ modelKey: LUNA, sharePct: "100" }],
  inputTokens: "1000",
  outputTokens: "500",
  cachedSharePct: "50",
  batchSharePct: "0",
  requestsPerUserMonth: "200",
  activeUsers: "100",
  ...over,
});

describe("a routing mix saved through the actions", () => {
  it("is priced with the project's own price by the loader the forecast uses", async () => {
    const w = await editorWorld();
    await db.project.update({ where: { id: w.project.id }, data: { currency: "USD" } });
    const override = await ok(overrideModelAction({ projectId: w.project.id, modelKey: LUNA }));
    // The override starts from the shipped numbers and date.
    expect(override).toMatchObject({ modelKey: LUNA, inputPerM: shippedPrice(LUNA)!.inputPerM, asOf: shippedPrice(LUNA)!.asOf, version: 1 });
    await ok(updatePriceEntryAction({ projectId: w.project.id, id: override.id, version: 1, provider: "", model: "", currency: "USD", inputPerM: "1", cachedInputPerM: "0.1", outputPerM: "4", batchDiscountPct: "", asOf: "2026-11-20", sourceUrl: "https://example.test/quote", note: "Negotiated" }));
    const feature = await ok(addFeatureAction({ projectId: w.project.id, name: "Contract review" }));
    await ok(updateFeatureAction({ projectId: w.project.id, id: feature.id, version: 1, ...featureInput() }));

    const model = await getAiCostModel(w.projectId);
    const [stored] = model.features;
    // input 1,000 × (0.5 × 1 + 0.5 × 0.1) / 1M = 0.00055; output 500 × 4 / 1M = 0.002 → 0.00255 per request
    expect(featureCostPerRequest(stored, model.book, model.rates, model.currency)).toBeCloseTo(0.00255, 12);
    // × 200 requests = 0.51 per user; × 100 users = 51 a month
    expect(featureCosts(stored, model.book, model.rates, model.currency).perMonth.value).toBeCloseTo(51, 9);

    // Back to the shipped price: the override row is gone and the book prices Luna as shipped.
    await ok(deletePriceEntryAction({ projectId: w.project.id, id: override.id }));
    const shipped = await getAiCostModel(w.projectId);
    expect(shipped.book.get(LUNA)).toMatchObject({ origin: "shipped", inputPerM: shippedPrice(LUNA)!.inputPerM });
  });

  it("needs the founders' exchange rate for a model priced in another currency", async () => {
    const w = await editorWorld();
    await db.project.update({ where: { id: w.project.id }, data: { currency: "CNY" } });
    const feature = await ok(addFeatureAction({ projectId: w.project.id, name: "Review" }));
    await ok(updateFeatureAction({ projectId: w.project.id, id: feature.id, version: 1, ...featureInput() }));
    let model = await getAiCostModel(w.projectId);
    expect(featureCosts(model.features[0], model.book, model.rates, model.currency).perRequest).toMatchObject({ value: null, reason: "missingRate", currency: "USD" });
    await ok(saveAiSettingsAction({ projectId: w.project.id, version: 0, usdRate: "7.2", cnyRate: "", eurRate: "", targetMarginPct: "70" }));
    model = await getAiCostModel(w.projectId);
    expect(featureCostPerRequest(model.features[0], model.book, model.rates, model.currency)).not.toBeNull();
  });

  it("gives the founders' own models a stable key that is not a database id", async () => {
    const w = await editorWorld();
    const custom = await ok(addCustomModelAction({ projectId: w.project.id, name: "Our fine-tune" }));
    expect(custom.modelKey).toMatch(/^custom-[0-9a-f]{8}$/);
    expect(custom.modelKey).not.toContain(custom.id);
    expect(await overrideModelAction({ projectId: w.project.id, modelKey: "not/shipped" })).toMatchObject({ ok: false, code: "validation", fieldErrors: { modelKey: { code: "invalidOption" } } });
  });
});

describe("bad input", () => {
  it("is refused with field errors and changes nothing", async () => {
    const w = await editorWorld();
    const feature = await ok(addFeatureAction({ projectId: w.project.id, name: "Review" }));
    const bad = await updateFeatureAction({
      projectId: w.project.id,
      id: feature.id,
      version: 1,
      ...featureInput({ routes: [{ modelKey: LUNA, sharePct: 150 }, { modelKey: "<script>", sharePct: 10 }], inputTokens: "lots" }),
    });
    expect(bad).toMatchObject({
      ok: false,
      code: "validation",
      fieldErrors: { "routes.0.sharePct": { code: "tooLarge" }, "routes.1.modelKey": { code: "invalidFormat" }, inputTokens: { code: "notANumber" } },
    });
    expect(await db.aiFeature.findUniqueOrThrow({ where: { id: feature.id } })).toMatchObject({ routes: [], inputTokens: 0, version: 1 });

    const custom = await ok(addCustomModelAction({ projectId: w.project.id, name: "Fine-tune" }));
    const badPrice = await updatePriceEntryAction({ projectId: w.project.id, id: custom.id, version: 1, provider: "", model: "x", currency: "GBP", inputPerM: "1", cachedInputPerM: "2", outputPerM: "-1", batchDiscountPct: "", asOf: "", sourceUrl: "javascript:alert(1)", note: "" });
    expect(badPrice).toMatchObject({ ok: false, fieldErrors: { currency: { code: "invalidOption" }, outputPerM: { code: "tooSmall" }, sourceUrl: { code: "invalidUrl" } } });
    const cachedAbove = await updatePriceEntryAction({ projectId: w.project.id, id: custom.id, version: 1, provider: "", model: "x", currency: "USD", inputPerM: "1", cachedInputPerM: "2", outputPerM: "1", batchDiscountPct: "", asOf: "", sourceUrl: "", note: "" });
    expect(cachedAbove).toMatchObject({ ok: false, fieldErrors: { cachedInputPerM: { code: "cachedAboveInput" } } });
    expect(await saveAiSettingsAction({ projectId: w.project.id, version: 0, usdRate: "0", cnyRate: "", eurRate: "", targetMarginPct: "99" })).toMatchObject({
      ok: false,
      fieldErrors: { usdRate: { code: "mustBePositive" }, targetMarginPct: { code: "tooLarge" } },
    });
    const credit = await ok(addCreditAction({ projectId: w.project.id, name: "Credits" }));
    expect(await updateCreditAction({ projectId: w.project.id, id: credit.id, version: 1, name: "Credits", provider: "", appliesTo: "cloud", amount: "100", startsOn: "2027-02-01", expiresOn: "2027-01-01", note: "" })).toMatchObject({
      ok: false,
      fieldErrors: { expiresOn: { code: "endBeforeStart" } },
    });
    expect(await db.aiCostSettings.count({ where: { projectId: w.project.id } })).toBe(0);
    expect(await db.aiPriceEntry.findUniqueOrThrow({ where: { id: custom.id } })).toMatchObject({ currency: "USD", outputPerM: 0, version: 1 });
  });
});

describe("versioned saves", () => {
  it("turn a stale save into a conflict with what is stored, and never reach another project's rows", async () => {
    const w = await editorWorld();
    const feature = await ok(addFeatureAction({ projectId: w.project.id, name: "Review" }));
    await ok(updateFeatureAction({ projectId: w.project.id, id: feature.id, version: 1, ...featureInput({ activeUsers: "40" }) }));
    expect(await updateFeatureAction({ projectId: w.project.id, id: feature.id, version: 1, ...featureInput({ activeUsers: "99" }) })).toMatchObject({
      ok: false,
      code: "conflict",
      current: { activeUsers: 40, version: 2, routes: [{ modelKey: LUNA, sharePct: 100 }] },
    });
    // The one-per-project settings: two "first saves" → the second is a conflict.
    await ok(saveAiSettingsAction({ projectId: w.project.id, version: 0, usdRate: "", cnyRate: "0.14", eurRate: "", targetMarginPct: "" }));
    expect(await saveAiSettingsAction({ projectId: w.project.id, version: 0, usdRate: "", cnyRate: "0.15", eurRate: "", targetMarginPct: "" })).toMatchObject({ ok: false, code: "conflict", current: { cnyRate: 0.14, version: 1 } });

    const other = await editorWorld();
    expect(await updateFeatureAction({ projectId: other.project.id, id: feature.id, version: 2, ...featureInput() })).toMatchObject({ ok: false, code: "notFound" });
    expect((await db.aiFeature.findUniqueOrThrow({ where: { id: feature.id } })).activeUsers).toBe(40);
  });
});

describe("loaders", () => {
  it("use the same number of queries for 3 and for 100 rows per list", async () => {
    const small = await createTeamWithProject();
    const large = await createTeamWithProject();
    const fill = async (projectId: string, n: number) => {
      const names = Array.from({ length: n }, (_, i) => `Row ${i}`);
      await db.aiFeature.createMany({ data: names.map((name) => ({ projectId, name, routes: [{ modelKey: LUNA, sharePct: 100 }] })) });
      await db.aiPriceEntry.createMany({ data: names.map((name, i) => ({ projectId, modelKey: `custom-${String(i).padStart(8, "0")}`, model: name })) });
      await db.aiSelfHostScenario.createMany({ data: names.map((name) => ({ projectId, name })) });
      await db.aiCredit.createMany({ data: names.map((name) => ({ projectId, name, amount: 10 })) });
    };
    await fill(small.project.id, 3);
    await fill(large.project.id, 100);
    const few = await countQueries(() => getAiCostPlan(small.project.id as AuthorizedProjectId));
    const many = await countQueries(() => getAiCostPlan(large.project.id as AuthorizedProjectId));
    expect(many.result.features).toHaveLength(100);
    expect(many.result.features[0].routes).toEqual([{ modelKey: LUNA, sharePct: 100 }]);
    expect(many.queries).toBe(few.queries);
  });
});

describe("the demo plans", () => {
  it("price every feature, compare self-hosting and schedule credits", async () => {
    const world = await createTeamWithProject();
    const en = await db.project.create({ data: { teamId: world.team.id, name: "ClinicNote AI", stage: "PROTOTYPE", currency: "USD" } });
    await db.project.update({ where: { id: world.project.id }, data: { currency: "CNY" } });
    for (const seed of SECTION_SEEDERS) await seed(db as never, { userId: world.members.OWNER.id, teamId: world.team.id, zhProjectId: world.project.id, enProjectId: en.id });

    for (const projectId of [world.project.id, en.id]) {
      const model = await getAiCostModel(projectId as AuthorizedProjectId);
      expect(model.features.length).toBeGreaterThan(0);
      for (const feature of model.features) expect(featureCosts(feature, model.book, model.rates, model.currency).perMonth.value, feature.name).not.toBeNull();
      const offsets = creditOffsets(model.credits, "2026-12", 24, { cloud: Array(24).fill(1_000), modelApi: Array(24).fill(100) });
      expect(offsets[0]).toBeGreaterThan(0);
    }
  });
});
