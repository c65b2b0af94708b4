import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import {
  addCanvasNoteAction,
  chooseRevenueModelAction,
  deleteCanvasNoteAction,
  moveCanvasNoteAction,
  removeRevenueModelAction,
  saveBurnPlanAction,
  saveDirectionTestAction,
  saveModelEconomicsAction,
  saveUnitEconomicsAction,
  updateCanvasNoteAction,
  updateRevenueModelAction,
} from "@/lib/business-model/actions";
import { getBusinessModelFacts, getBusinessModelSection } from "@/lib/business-model/data";
import { addCanvasNote } from "@/lib/business-model/mutations";
import { archiveProjectAction } from "@/lib/projects/actions";
import { describeGateMatrix, type MatrixWorld } from "../support/authz-matrix";
import { createTeamWithProject } from "../support/factories";
import { countQueries } from "../support/query-count";
import { signInAs } from "./session";

const note = (w: MatrixWorld, text = "Mid-size law firms") => db.canvasNote.create({ data: { projectId: w.project.id, block: "customerSegments", text, position: 0 } });
const subscription = (w: MatrixWorld) => db.revenueModelChoice.create({ data: { projectId: w.project.id, model: "subscription" } });

// 100 seats sold today, expected already reached (ramp 0).
const revenueFields = { rationale: "Steady weekly use", price: "100", unit: "seat-month", currentVolume: "100", monthlyVolume: "100", rampMonths: "0", conversionPct: "", churnPct: "5" };
const economicsFields = { primaryModel: "subscription", thirdPartyModelApi: true, modelProvider: "Provider API" };
// 2M input tokens × 5 per 1M = 10 + 5 hosting = 15 to serve one seat-month.
const modelEconomicsFields = {
  unitsPerCustomer: "",
  cac: "425",
  inferenceMode: "tokens",
  inputTokensPerUnit: "2,000,000",
  cachedInputTokensPerUnit: "",
  outputTokensPerUnit: "",
  inputPricePerMillion: "5",
  cachedInputPricePerMillion: "",
  outputPricePerMillion: "",
  gpuHoursPerUnit: "",
  gpuHourRate: "",
  hostingPerUnit: "5",
};
const burnFields = { cashOnHand: "230000", otherMonthlyCosts: "2000", otherCostsNote: "Office", revenueGrowthPct: "", includeServingCost: true };

describeGateMatrix("business-model actions", [
  { name: "addCanvasNote", permission: "plan.edit", run: (w) => addCanvasNoteAction({ projectId: w.project.id, block: "channels", text: "Bar associations" }) },
  {
    name: "updateCanvasNote",
    permission: "plan.edit",
    prepare: note,
    run: (w, n) => updateCanvasNoteAction({ projectId: w.project.id, noteId: (n as { id: string }).id, version: 1, text: "Changed" }),
  },
  {
    name: "moveCanvasNote",
    permission: "plan.edit",
    prepare: note,
    run: (w, n) => moveCanvasNoteAction({ projectId: w.project.id, noteId: (n as { id: string }).id, to: 1 }),
  },
  { name: "deleteCanvasNote", permission: "plan.edit", prepare: note, run: (w, n) => deleteCanvasNoteAction({ projectId: w.project.id, noteId: (n as { id: string }).id }) },
  {
    name: "saveDirectionTest",
    permission: "plan.edit",
    run: (w) => saveDirectionTestAction({ projectId: w.project.id, test: "marketDemand", version: 0, verdict: "promising", assessment: "Firms ask", evidence: "" }),
  },
  { name: "chooseRevenueModel", permission: "plan.edit", run: (w) => chooseRevenueModelAction({ projectId: w.project.id, model: "usageApi" }) },
  {
    name: "updateRevenueModel",
    permission: "plan.edit",
    prepare: subscription,
    run: (w) => updateRevenueModelAction({ projectId: w.project.id, model: "subscription", version: 1, ...revenueFields }),
  },
  { name: "removeRevenueModel", permission: "plan.edit", prepare: subscription, run: (w) => removeRevenueModelAction({ projectId: w.project.id, model: "subscription" }) },
  { name: "saveUnitEconomics", permission: "plan.edit", run: (w) => saveUnitEconomicsAction({ projectId: w.project.id, version: 0, ...economicsFields }) },
  {
    name: "saveModelEconomics",
    permission: "plan.edit",
    prepare: subscription,
    run: (w) => saveModelEconomicsAction({ projectId: w.project.id, model: "subscription", version: 1, ...modelEconomicsFields, inputTokensPerUnit: "2000000" }),
  },
  { name: "saveBurnPlan", permission: "plan.edit", run: (w) => saveBurnPlanAction({ projectId: w.project.id, version: 0, ...burnFields }) },
]);

describe("canvas notes", () => {
  it("adds, edits, reorders and deletes notes in one block", async () => {
    const w = await createTeamWithProject();
    await signInAs(w.members.EDITOR);
    const projectId = w.project.id;
    const ids: string[] = [];
    for (const text of ["First", "Second", "Third"]) {
      const added = await addCanvasNoteAction({ projectId, block: "keyResources", text });
      if (!added.ok) throw new Error(added.code);
      ids.push(added.data.id);
    }
    expect(await updateCanvasNoteAction({ projectId, noteId: ids[1], version: 1, text: "Second, edited" })).toMatchObject({ ok: true, data: { version: 2 } });
    // Dragged from last to first, then again (nothing to do), then the first past the end (last).
    expect(await moveCanvasNoteAction({ projectId, noteId: ids[2], to: 0 })).toMatchObject({ ok: true, data: { moved: true } });
    expect(await moveCanvasNoteAction({ projectId, noteId: ids[2], to: 0 })).toMatchObject({ ok: true, data: { moved: false } });
    expect(await moveCanvasNoteAction({ projectId, noteId: ids[0], to: 49 })).toMatchObject({ ok: true, data: { moved: true } });
    expect((await getBusinessModelSection(projectId as AuthorizedProjectId)).notes.map((n) => n.text)).toEqual(["Third", "Second, edited", "First"]);
    expect(await moveCanvasNoteAction({ projectId, noteId: ids[0], to: 50 })).toMatchObject({ ok: false, code: "validation" });
    expect(await deleteCanvasNoteAction({ projectId, noteId: ids[0] })).toMatchObject({ ok: true });
    const section = await getBusinessModelSection(projectId as AuthorizedProjectId);
    expect(section.notes.map((n) => n.text)).toEqual(["Third", "Second, edited"]);
  });

  it("refuses a stale version with the stored text, and another project's note as not found", async () => {
    const w = await createTeamWithProject();
    const other = await createTeamWithProject();
    const foreign = await note(other, "Not yours");
    const mine = await note(w);
    await signInAs(w.members.OWNER);
    await updateCanvasNoteAction({ projectId: w.project.id, noteId: mine.id, version: 1, text: "Theirs" });
    expect(await updateCanvasNoteAction({ projectId: w.project.id, noteId: mine.id, version: 1, text: "Mine" })).toMatchObject({
      ok: false,
      code: "conflict",
      current: { text: "Theirs", version: 2 },
    });
    expect(await updateCanvasNoteAction({ projectId: w.project.id, noteId: foreign.id, version: 1, text: "Hijack" })).toMatchObject({ ok: false, code: "notFound" });
    expect(await moveCanvasNoteAction({ projectId: w.project.id, noteId: foreign.id, to: 0 })).toMatchObject({ ok: false, code: "notFound" });
    expect(await deleteCanvasNoteAction({ projectId: w.project.id, noteId: foreign.id })).toMatchObject({ ok: false, code: "notFound" });
    expect((await db.canvasNote.findUniqueOrThrow({ where: { id: foreign.id } })).text).toBe("Not yours");
  });

  it("refuses over-long text and unknown blocks, and stores nothing", async () => {
    const w = await createTeamWithProject();
    await signInAs(w.members.OWNER);
    const result = await addCanvasNoteAction({ projectId: w.project.id, block: "moat", text: "<script>x</script>" });
    expect(result).toMatchObject({ ok: false, code: "validation", fieldErrors: { block: { code: "invalidOption" } } });
    expect(await addCanvasNoteAction({ projectId: w.project.id, block: "channels", text: "x".repeat(501) })).toMatchObject({
      fieldErrors: { text: { code: "tooLong", values: { max: 500 } } },
    });
    expect(await db.canvasNote.count({ where: { projectId: w.project.id } })).toBe(0);
  });

  it("lets the case-studies section add a note linked to its case, and limits notes per block", async () => {
    const w = await createTeamWithProject();
    const projectId = w.project.id as AuthorizedProjectId;
    const added = await addCanvasNote(projectId, { block: "keyActivities", text: "Review accuracy monthly with a lawyer", sourceCaseId: "case-legal-1" });
    expect(added.ok).toBe(true);
    const section = await getBusinessModelSection(projectId);
    expect(section.notes).toEqual([expect.objectContaining({ block: "keyActivities", sourceCaseId: "case-legal-1" })]);
    // Tags are text: stored exactly as typed.
    expect(await addCanvasNote(projectId, { block: "keyActivities", text: "Ship when CAC < LTV/3, not <b>before</b>" })).toMatchObject({ ok: true });
    expect((await getBusinessModelSection(projectId)).notes.map((n) => n.text)).toContain("Ship when CAC < LTV/3, not <b>before</b>");

    await db.canvasNote.createMany({ data: Array.from({ length: 49 }, (_, i) => ({ projectId, block: "channels", text: `n${i}`, position: i })) });
    expect((await addCanvasNote(projectId, { block: "channels", text: "fiftieth" })).ok).toBe(true);
    expect(await addCanvasNote(projectId, { block: "channels", text: "one too many" })).toMatchObject({ ok: false, code: "validation", fieldErrors: { text: { code: "tooMany" } } });
  });
});

describe("activity log", () => {
  it("records each change once, and nothing for a save that changed nothing", async () => {
    const w = await createTeamWithProject();
    const projectId = w.project.id;
    await signInAs(w.members.EDITOR);
    const added = await addCanvasNoteAction({ projectId, block: "channels", text: "Bar associations" });
    if (!added.ok) throw new Error(added.code);
    // Nothing changed: nothing is written and the version stays.
    expect(await updateCanvasNoteAction({ projectId, noteId: added.data.id, version: 1, text: "Bar associations" })).toMatchObject({ ok: true, data: { changed: [], version: 1 } });
    await updateCanvasNoteAction({ projectId, noteId: added.data.id, version: 1, text: "Law societies" });
    await saveBurnPlanAction({ projectId, version: 0, ...burnFields });
    const rows = await db.activity.findMany({ where: { projectId }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => [r.section, r.verb, r.itemType, r.fields])).toEqual([
      ["business-model", "created", "canvasNote", []],
      ["business-model", "updated", "canvasNote", ["text"]],
      ["business-model", "updated", "burnPlan", ["cashOnHand", "otherMonthlyCosts", "otherCostsNote", "includeServingCost"]],
    ]);
    expect(rows.every((r) => r.actorId === w.members.EDITOR.id)).toBe(true);
  });
});

describe("direction tests, revenue models, economics and burn", () => {
  it("creates a direction test at version 0 and refuses the second creator with a conflict", async () => {
    const w = await createTeamWithProject();
    await signInAs(w.members.EDITOR);
    const base = { projectId: w.project.id, test: "profitModel", verdict: "weak", assessment: "Per seat", evidence: "" } as const;
    expect(await saveDirectionTestAction({ ...base, version: 0 })).toMatchObject({ ok: true, data: { version: 1 } });
    expect(await saveDirectionTestAction({ ...base, version: 0, assessment: "Per page" })).toMatchObject({
      ok: false,
      code: "conflict",
      current: { assessment: "Per seat", version: 1 },
    });
    expect(await saveDirectionTestAction({ ...base, version: 1, evidence: "Three pilots paid" })).toMatchObject({ ok: true, data: { version: 2 } });
    expect(await saveDirectionTestAction({ ...base, version: 1, verdict: "strong" })).toMatchObject({ ok: false, code: "conflict" });
    expect((await getBusinessModelFacts(w.project.id as AuthorizedProjectId)).directionTests.profitModel).toBe("withEvidence");
    expect(await saveDirectionTestAction({ ...base, version: 2, test: "luck" })).toMatchObject({ ok: false, fieldErrors: { test: { code: "invalidOption" } } });
  });

  it("refuses absurd numbers with field errors and keeps the stored values", async () => {
    const w = await createTeamWithProject();
    await signInAs(w.members.OWNER);
    await chooseRevenueModelAction({ projectId: w.project.id, model: "subscription" });
    await chooseRevenueModelAction({ projectId: w.project.id, model: "subscription" });
    expect(await db.revenueModelChoice.count({ where: { projectId: w.project.id } })).toBe(1);
    expect(await updateRevenueModelAction({ projectId: w.project.id, model: "subscription", version: 1, ...revenueFields })).toMatchObject({ ok: true });

    const bad = await updateRevenueModelAction({ projectId: w.project.id, model: "subscription", version: 2, ...revenueFields, price: -1, monthlyVolume: "NaN", churnPct: 1e30, unit: "<i>seat</i>" });
    expect(bad).toMatchObject({
      ok: false,
      code: "validation",
      fieldErrors: { price: { code: "tooSmall" }, monthlyVolume: { code: "notANumber" }, churnPct: { code: "tooLarge" } },
    });
    const badEconomics = await saveModelEconomicsAction({ projectId: w.project.id, model: "subscription", version: 2, ...modelEconomicsFields, cac: "1e30", inputTokensPerUnit: "abc", inferenceMode: "magic" });
    expect(badEconomics).toMatchObject({ fieldErrors: { cac: { code: "tooLarge" }, inputTokensPerUnit: { code: "notANumber" }, inferenceMode: { code: "invalidOption" } } });
    expect(await saveUnitEconomicsAction({ projectId: w.project.id, version: 0, ...economicsFields, primaryModel: "pyramid" })).toMatchObject({ fieldErrors: { primaryModel: { code: "invalidOption" } } });
    const badRamp = await updateRevenueModelAction({ projectId: w.project.id, model: "subscription", version: 2, ...revenueFields, rampMonths: "1.5", currentVolume: "-3" });
    expect(badRamp).toMatchObject({ ok: false, fieldErrors: { rampMonths: { code: "wholeNumber" }, currentVolume: { code: "tooSmall" } } });
    expect(await saveBurnPlanAction({ projectId: w.project.id, version: 0, ...burnFields, cashOnHand: "-5" })).toMatchObject({ fieldErrors: { cashOnHand: { code: "tooSmall" } } });

    const stored = await db.revenueModelChoice.findFirstOrThrow({ where: { projectId: w.project.id } });
    expect(stored).toMatchObject({ price: 100, currentVolume: 100, monthlyVolume: 100, rampMonths: 0, churnPct: 5, unit: "seat-month", cac: null, inputTokensPerUnit: null, version: 2 });
    expect(await db.unitEconomics.count({ where: { projectId: w.project.id } })).toBe(0);
    expect(await db.burnPlan.count({ where: { projectId: w.project.id } })).toBe(0);
  });

  it("computes margin, LTV/CAC, payback and runway on the server with hand-checked numbers", async () => {
    const w = await createTeamWithProject();
    await signInAs(w.members.EDITOR);
    const projectId = w.project.id;
    await chooseRevenueModelAction({ projectId, model: "subscription" });
    await chooseRevenueModelAction({ projectId, model: "customDevelopment" });
    await updateRevenueModelAction({ projectId, model: "subscription", version: 1, ...revenueFields });
    await updateRevenueModelAction({ projectId, model: "customDevelopment", version: 1, rationale: "", price: "5000", unit: "project", currentVolume: "1", monthlyVolume: "1", rampMonths: "0", conversionPct: "", churnPct: "" });
    // The economics step writes the same row (version 2 after the revenue step's save), and a
    // pasted "2,000,000" is refused rather than guessed: the money input sends plain numbers.
    expect(await saveModelEconomicsAction({ projectId, model: "subscription", version: 2, ...modelEconomicsFields })).toMatchObject({ ok: false, fieldErrors: { inputTokensPerUnit: { code: "notANumber" } } });
    const perModel = await saveModelEconomicsAction({ projectId, model: "subscription", version: 2, ...modelEconomicsFields, inputTokensPerUnit: "2000000" });
    // 100 − (2M × 5 / 1M + 5) = 85 → 85 %; LTV 85 / 5 % = 1,700; / CAC 425 = 4; payback 425 / 85 = 5.
    expect(perModel).toMatchObject({ ok: true, data: { version: 3, changed: ["cac", "inputTokensPerUnit", "inputPricePerMillion", "hostingPerUnit"], computed: { grossMarginPct: 85, ltvToCac: 4, paybackMonths: 5 } } });
    // The revenue step's save leaves the economics step's fields alone, and the other way round.
    expect(await updateRevenueModelAction({ projectId, model: "subscription", version: 2, ...revenueFields })).toMatchObject({ ok: false, code: "conflict" });
    expect(await updateRevenueModelAction({ projectId, model: "subscription", version: 3, ...revenueFields, churnPct: "4" })).toMatchObject({ ok: true, data: { version: 4 } });
    expect(await db.revenueModelChoice.findFirstOrThrow({ where: { projectId, model: "subscription" } })).toMatchObject({ churnPct: 4, inputTokensPerUnit: 2_000_000, cac: 425 });
    await updateRevenueModelAction({ projectId, model: "subscription", version: 4, ...revenueFields });
    expect(await saveUnitEconomicsAction({ projectId, version: 0, ...economicsFields })).toMatchObject({ ok: true, data: { version: 1, computed: { grossMarginPct: 85, ltvToCac: 4 } } });
    // Month 1: revenue 100 × 100 + 5,000 = 15,000; costs 2,000 other + 100 × 15 serving + 5 % of 100
    // customers replaced × 425 = 2,125 → 5,625: cash never runs out within the forecast.
    const burn = await saveBurnPlanAction({ projectId, version: 0, ...burnFields });
    expect(burn).toMatchObject({ ok: true, data: { computed: { monthlyRevenue: 15_000, monthlyCosts: 5625, runway: { state: "lasts", months: 36 } } } });
    // Other costs 30,000: 33,625 − 15,000 = 18,625 a month; 230,000 / 18,625 = 12.3 → below zero
    // in month 13, after 12 whole months.
    const burning = await saveBurnPlanAction({ projectId, version: 1, ...burnFields, otherMonthlyCosts: "30000" });
    if (!burning.ok) throw new Error(burning.code);
    expect(burning.data.computed.runway).toMatchObject({ state: "runsOut", months: 12, cashOutIndex: 13 });
    expect(burning.data.computed.runwayWithRaise).toEqual(burning.data.computed.runway);
    expect(await saveBurnPlanAction({ projectId, version: 1, ...burnFields })).toMatchObject({ ok: false, code: "conflict", current: { otherMonthlyCosts: 30_000, version: 2 } });

    const facts = await getBusinessModelFacts(projectId as AuthorizedProjectId);
    expect(facts).toMatchObject({ revenueModels: ["subscription", "customDevelopment"], pricingDefined: true, builtOnThirdPartyModelApi: true, revenueModelsWithRationale: 1, cashOnHand: 230_000 });
  });

  it("refuses every write on an archived project", async () => {
    const w = await createTeamWithProject();
    await signInAs(w.members.OWNER);
    await archiveProjectAction({ projectId: w.project.id, archived: true });
    expect(await saveBurnPlanAction({ projectId: w.project.id, version: 0, ...burnFields })).toMatchObject({ ok: false, code: "archived" });
    expect(await addCanvasNoteAction({ projectId: w.project.id, block: "channels", text: "Late" })).toMatchObject({ ok: false, code: "archived" });
  });
});

describe("business-model loaders", () => {
  async function fill(projectId: string, notes: number, models: number) {
    await db.canvasNote.createMany({ data: Array.from({ length: notes }, (_, i) => ({ projectId, block: i % 2 ? "channels" : "customerSegments", text: `note ${i}`, position: i })) });
    const ids = ["subscription", "usageApi", "customDevelopment", "advertising", "serviceFees", "productLicence", "dataServices", "partnership"].slice(0, models);
    await db.revenueModelChoice.createMany({ data: ids.map((model) => ({ projectId, model, price: 10, currentVolume: 10, monthlyVolume: 10, unit: "u" })) });
  }

  it("runs the same number of queries for 3 and 200 notes", async () => {
    const small = await createTeamWithProject();
    const large = await createTeamWithProject();
    await fill(small.project.id, 3, 1);
    await fill(large.project.id, 200, 8);
    const loaders: ((id: AuthorizedProjectId) => Promise<unknown>)[] = [getBusinessModelFacts, getBusinessModelSection];
    for (const load of loaders) {
      const a = await countQueries(() => load(small.project.id as AuthorizedProjectId));
      const b = await countQueries(() => load(large.project.id as AuthorizedProjectId));
      expect(a.queries).toBeGreaterThan(0);
      expect(b.queries).toBe(a.queries);
    }
    const facts = await getBusinessModelFacts(large.project.id as AuthorizedProjectId);
    expect(facts.canvasNoteCounts).toMatchObject({ channels: 100, customerSegments: 100, costStructure: 0 });
    expect(facts.monthlyRevenue).toBe(800);
  });

  it("never reads another project's rows", async () => {
    const mine = await createTeamWithProject();
    const theirs = await createTeamWithProject();
    await fill(theirs.project.id, 5, 3);
    const section = await getBusinessModelSection(mine.project.id as AuthorizedProjectId);
    expect(section.notes).toEqual([]);
    expect(section.revenueChoices).toEqual([]);
    expect((await getBusinessModelFacts(mine.project.id as AuthorizedProjectId)).monthlyRevenue).toBeNull();
  });
});
