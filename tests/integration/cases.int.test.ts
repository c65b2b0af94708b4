// Case studies on a real database: own cases (create, autosave with versions, delete, scoping),
// applying a lesson into the risk register and the canvas, search, and the plan profile.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import { chooseRevenueModel } from "@/lib/business-model/mutations";
import { applyLessonAction, createOwnCaseAction, deleteOwnCaseAction, updateOwnCaseAction } from "@/lib/cases/actions";
import { findCase, getPlanProfile, listAppliedLessons, loadCaseSearch, searchOwnCases } from "@/lib/cases/data";
import { parseCaseFilter } from "@/lib/cases/model";
import { createRisk } from "@/lib/risks/mutations";
import { countQueries } from "../support/query-count";
import { createTeamWithProject } from "../support/factories";
import { signInAs } from "./session";

const fields = {
  kind: "competitor",
  title: "LexiCheck",
  context: "A contract-review tool for in-house counsel.",
  approach: "Clause library plus a hosted model.",
  businessModel: "Per-seat subscription.",
  whatHappened: "Raised a seed round; slow enterprise sales.",
  risks: "Price war\nData leak",
  lessons: "Differentiate on workflow",
  sectors: ["legal"],
  aiPatterns: ["appOnPretrained"],
  revenueModels: ["subscription"],
  stages: ["MVP"],
  outcome: "unknown",
  failureCauses: [],
  riskCategories: ["competition"],
  source: "Their website",
  sourceQuality: "teamFirsthand",
};

async function editorWorld() {
  const w = await createTeamWithProject();
  await signInAs(w.members.EDITOR);
  return { ...w, projectId: w.project.id as AuthorizedProjectId };
}

async function newCase(projectId: string, title = "LexiCheck") {
  const created = await createOwnCaseAction({ projectId, kind: "competitor", title });
  if (!created.ok) throw new Error(created.code);
  return created.data.id;
}

const noFilter = parseCaseFilter({});

describe("own cases", () => {
  it("are created, autosaved with versions, and deleted", async () => {
    const w = await editorWorld();
    const id = await newCase(w.project.id);
    expect(await updateOwnCaseAction({ projectId: w.project.id, caseId: id, version: 1, ...fields })).toEqual({ ok: true, data: { version: 2 } });
    const stored = await db.ownCase.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ title: "LexiCheck", sectors: ["legal"], riskCategories: ["competition"], sourceQuality: "teamFirsthand", version: 2 });
    expect(await deleteOwnCaseAction({ projectId: w.project.id, caseId: id })).toEqual({ ok: true, data: { id } });
    expect(await db.ownCase.count({ where: { id } })).toBe(0);
    expect(await deleteOwnCaseAction({ projectId: w.project.id, caseId: id })).toMatchObject({ ok: false, code: "notFound" });
  });

  it("refuse a stale version with the stored values", async () => {
    const w = await editorWorld();
    const id = await newCase(w.project.id);
    await updateOwnCaseAction({ projectId: w.project.id, caseId: id, version: 1, ...fields, title: "First" });
    const stale = await updateOwnCaseAction({ projectId: w.project.id, caseId: id, version: 1, ...fields, title: "Second" });
    expect(stale).toMatchObject({ ok: false, code: "conflict", current: { title: "First", version: 2, sectors: ["legal"] } });
    expect((await db.ownCase.findUniqueOrThrow({ where: { id } })).title).toBe("First");
  });

  it("refuse bad input with field errors and change nothing", async () => {
    const w = await editorWorld();
    const id = await newCase(w.project.id);
    const result = await updateOwnCaseAction({
      projectId: w.project.id,
      caseId: id,
      version: 1,
      ...fields,
      title: "<b>Rival</b>",
      context: "x".repeat(3001),
      kind: "friend",
      sectors: ["legal", "space"],
      outcome: "great",
      sourceQuality: "namedCompanyGeneralised",
    });
    expect(result).toMatchObject({ ok: false, code: "validation" });
    if (result.ok) return;
    expect(result.fieldErrors).not.toHaveProperty("title");
    expect(result.fieldErrors?.context).toEqual({ code: "tooLong", values: { max: 3000 } });
    expect(result.fieldErrors?.kind?.code).toBe("invalidOption");
    expect(result.fieldErrors?.["sectors.1"]?.code).toBe("invalidOption");
    expect(result.fieldErrors?.outcome?.code).toBe("invalidOption");
    // Library labels are not for the team's own cases.
    expect(result.fieldErrors?.sourceQuality?.code).toBe("invalidOption");
    expect(await db.ownCase.findUniqueOrThrow({ where: { id } })).toMatchObject({ title: "LexiCheck", context: "", version: 1 });
    expect(await createOwnCaseAction({ projectId: w.project.id, kind: "competitor", title: "   " })).toMatchObject({ ok: false, fieldErrors: { title: { code: "required" } } });
  });

  it("stop at the per-project limit", async () => {
    const w = await editorWorld();
    await db.ownCase.createMany({ data: Array.from({ length: 200 }, (_, i) => ({ projectId: w.project.id, kind: "analogue", title: `Case ${i}` })) });
    expect(await createOwnCaseAction({ projectId: w.project.id, kind: "competitor", title: "One too many" })).toMatchObject({
      ok: false,
      code: "validation",
      fieldErrors: { title: { code: "tooMany", values: { max: 200 } } },
    });
  });

  it("cannot be read or changed through another project", async () => {
    const w = await editorWorld();
    const other = await createTeamWithProject();
    const foreign = await db.ownCase.create({ data: { projectId: other.project.id, kind: "analogue", title: "Theirs" } });
    expect(await updateOwnCaseAction({ projectId: w.project.id, caseId: foreign.id, version: 1, ...fields })).toMatchObject({ ok: false, code: "notFound" });
    expect(await deleteOwnCaseAction({ projectId: w.project.id, caseId: foreign.id })).toMatchObject({ ok: false, code: "notFound" });
    expect(await findCase(w.projectId, foreign.id, "en")).toBeNull();
    const applied = await applyLessonAction({ projectId: w.project.id, caseId: foreign.id, target: "canvasNote", text: "Copy", block: "channels" });
    expect(applied).toMatchObject({ ok: false, code: "notFound" });
    expect(await db.ownCase.findUniqueOrThrow({ where: { id: foreign.id } })).toMatchObject({ title: "Theirs", version: 1 });
  });
});

describe("applying a lesson", () => {
  it("creates a risk in the register linked to the card, and logs it on the card", async () => {
    const w = await editorWorld();
    const owner = await db.teamMember.create({ data: { projectId: w.project.id, name: "Lin" } });
    const result = await applyLessonAction({
      projectId: w.project.id,
      caseId: "anon-failure-positioning",
      target: "risk",
      text: "Running out of cash before product–market fit",
      category: "cashFlow",
      likelihood: 3,
      impact: 5,
      mitigation: "Track runway monthly",
      ownerMemberId: owner.id,
      nextReview: "2027-02-01",
    });
    expect(result).toMatchObject({ ok: true, data: { target: "risk" } });
    if (!result.ok) return;
    const risk = await db.risk.findUniqueOrThrow({ where: { id: result.data.targetId } });
    expect(risk).toMatchObject({ projectId: w.project.id, sourceCaseId: "anon-failure-positioning", category: "cashFlow", likelihood: 3, impact: 5, score: 15, mitigation: "Track runway monthly", ownerMemberId: owner.id });
    expect(risk.nextReview?.toISOString().slice(0, 10)).toBe("2027-02-01");
    // The answer says what the score did: from an empty register to one owned, dated risk it rose.
    expect(result.data.readiness.to).toBeGreaterThan(result.data.readiness.from);
    expect(result.data.readiness.dropped).toEqual([]);
    const applied = await listAppliedLessons(w.projectId, "anon-failure-positioning");
    expect(applied).toEqual([expect.objectContaining({ target: "risk", targetId: risk.id, text: "Running out of cash before product–market fit" })]);
  });

  it("creates a canvas note from an own case", async () => {
    const w = await editorWorld();
    const id = await newCase(w.project.id);
    const result = await applyLessonAction({ projectId: w.project.id, caseId: id, target: "canvasNote", text: "Differentiate on workflow", block: "valuePropositions" });
    if (!result.ok) throw new Error(result.code);
    expect(await db.canvasNote.findUniqueOrThrow({ where: { id: result.data.targetId } })).toMatchObject({ block: "valuePropositions", sourceCaseId: id, text: "Differentiate on workflow" });
    // Deleting the own case drops its log; the note made from it stays in the canvas.
    await deleteOwnCaseAction({ projectId: w.project.id, caseId: id });
    expect(await listAppliedLessons(w.projectId, id)).toEqual([]);
    expect(await db.canvasNote.count({ where: { id: result.data.targetId } })).toBe(1);
  });

  it("tells which criteria fell when applying a lesson lowers the score", async () => {
    const w = await editorWorld();
    const owner = await db.teamMember.create({ data: { projectId: w.project.id, name: "Lin" } });
    // One low risk, reviewed, with a review date: G3 2 (no open high risk, all rated).
    await db.risk.create({ data: { projectId: w.project.id, title: "Churn", category: "competition", likelihood: 1, impact: 2, score: 2, ownerMemberId: owner.id, nextReview: new Date("2027-03-01T00:00:00Z") } });
    const result = await applyLessonAction({
      projectId: w.project.id,
      caseId: "anon-failure-positioning",
      target: "risk",
      text: "Cash runs out",
      category: "cashFlow",
      likelihood: 5,
      impact: 5,
      mitigation: "",
      ownerMemberId: owner.id,
      nextReview: "2027-02-01",
    });
    if (!result.ok) throw new Error(result.code);
    // A new open high risk (25) with no response and contingency: G3 2 → 0 ("noneCovered").
    expect(result.data.readiness.to).toBeLessThan(result.data.readiness.from);
    expect(result.data.readiness.dropped).toContainEqual(expect.objectContaining({ id: "G3", from: 2, to: 0, reasonKey: "G3.noneCovered" }));
  });

  it("refuses a risk without an owner or a review date", async () => {
    const w = await editorWorld();
    const missing = await applyLessonAction({ projectId: w.project.id, caseId: "openai-gpt", target: "risk", text: "Inference cost", category: "computeCost", likelihood: 3, impact: 3, mitigation: "", ownerMemberId: "", nextReview: "" });
    expect(missing).toMatchObject({ ok: false, code: "validation" });
    if (missing.ok) return;
    expect(Object.keys(missing.fieldErrors ?? {}).sort()).toEqual(["nextReview", "ownerMemberId"]);
    expect(await db.risk.count({ where: { projectId: w.project.id } })).toBe(0);
  });

  it("refuses unknown cards, bad text and unknown categories, and creates nothing", async () => {
    const w = await editorWorld();
    const base = { projectId: w.project.id, caseId: "openai-gpt", target: "risk", text: "Inference cost", category: "computeCost", likelihood: 3, impact: 3, mitigation: "", ownerMemberId: "m", nextReview: "2027-02-01" };
    expect(await applyLessonAction({ ...base, caseId: "no-such-card" })).toMatchObject({ ok: false, code: "notFound" });
    const bad = await applyLessonAction({ ...base, text: "<script>x</script>", category: "weather", likelihood: 9 });
    expect(bad).toMatchObject({ ok: false, code: "validation" });
    if (bad.ok) return;
    expect(bad.fieldErrors).not.toHaveProperty("text");
    expect(bad.fieldErrors?.category?.code).toBe("invalidOption");
    expect(bad.fieldErrors?.likelihood?.code).toBe("tooLarge");
    const longNote = await applyLessonAction({ projectId: w.project.id, caseId: "openai-gpt", target: "canvasNote", text: "x".repeat(501), block: "channels" });
    expect(longNote).toMatchObject({ ok: false, fieldErrors: { text: { code: "tooLong", values: { max: 500 } } } });
    expect(await db.risk.count({ where: { projectId: w.project.id } })).toBe(0);
    expect(await db.canvasNote.count({ where: { projectId: w.project.id } })).toBe(0);
    expect(await db.caseAppliedLesson.count({ where: { projectId: w.project.id } })).toBe(0);
  });
});

describe("search", () => {
  it("matches own cases case-insensitively and by tag, scoped to the project", async () => {
    const w = await editorWorld();
    const a = await newCase(w.project.id, "LexiCheck");
    await updateOwnCaseAction({ projectId: w.project.id, caseId: a, version: 1, ...fields });
    await newCase(w.project.id, "Clinic scribe analogue");
    const other = await createTeamWithProject();
    await db.ownCase.create({ data: { projectId: other.project.id, kind: "competitor", title: "LexiCheck clone" } });

    const titles = async (params: Record<string, string>) => (await searchOwnCases(w.projectId, parseCaseFilter(params))).map((c) => c.title).sort();
    expect(await titles({})).toEqual(["Clinic scribe analogue", "LexiCheck"]);
    expect(await titles({ q: "lexicheck" })).toEqual(["LexiCheck"]);
    expect(await titles({ q: "ENTERPRISE SALES" })).toEqual(["LexiCheck"]);
    expect(await titles({ sector: "legal" })).toEqual(["LexiCheck"]);
    expect(await titles({ sector: "legal", stage: "IDEA" })).toEqual([]);
    expect(await titles({ q: "scribe", revenue: "subscription" })).toEqual([]);
    // Wildcards are text, not patterns.
    expect(await titles({ q: "%" })).toEqual([]);
    await newCase(w.project.id, "100% margin myth");
    expect(await titles({ q: "0%" })).toEqual(["100% margin myth"]);
    expect(await titles({ q: "_" })).toEqual([]);
    expect(await titles({ q: "\\\\" })).toEqual([]);
  });

  it("shows library cards in the reader's language beside own cases", async () => {
    const w = await editorWorld();
    await newCase(w.project.id, "订阅制竞品");
    const zh = await loadCaseSearch(w.projectId, parseCaseFilter({ q: "订阅" }), "zh-CN");
    expect(zh.own.map((c) => c.title)).toEqual(["订阅制竞品"]);
    expect(zh.library.map((c) => c.id)).toContain("openai-gpt");
    const en = await loadCaseSearch(w.projectId, parseCaseFilter({ q: "订阅" }), "en");
    expect(en.library).toEqual([]);
  });

  it("sends the same number of queries for 3 and 200 own cases", async () => {
    const small = await editorWorld();
    const large = await createTeamWithProject();
    const make = (projectId: string, n: number) => db.ownCase.createMany({ data: Array.from({ length: n }, (_, i) => ({ projectId, kind: "analogue", title: `Case ${i}`, sectors: ["finance"] })) });
    await make(small.project.id, 3);
    await make(large.project.id, 200);
    const few = await countQueries(() => loadCaseSearch(small.projectId, noFilter, "en"));
    const many = await countQueries(() => loadCaseSearch(large.project.id as AuthorizedProjectId, noFilter, "en"));
    expect(few.result.own).toHaveLength(3);
    expect(many.result.own).toHaveLength(200);
    expect(many.queries).toBe(few.queries);
  });
});

describe("plan profile", () => {
  it("reads the sector, stage, revenue models and risk categories of the plan", async () => {
    const w = await editorWorld();
    await db.project.update({ where: { id: w.project.id }, data: { sector: "Healthcare / 医疗", stage: "PROTOTYPE" } });
    expect(await getPlanProfile(w.projectId)).toEqual({ sectors: ["healthcare"], stage: "PROTOTYPE", revenueModels: [], openRiskCategories: [] });
    await chooseRevenueModel(w.projectId, "subscription");
    await createRisk(w.projectId, { title: "Patient data leak", category: "dataPrivacy", likelihood: 2, impact: 5 });
    const profile = await getPlanProfile(w.projectId);
    expect(profile).toEqual({ sectors: ["healthcare"], stage: "PROTOTYPE", revenueModels: ["subscription"], openRiskCategories: ["dataPrivacy"] });
    const page = await loadCaseSearch(w.projectId, noFilter, "en");
    expect(page.similar[0]).toMatchObject({ view: { id: "vignette-healthcare" } });
    expect(page.similar[0].reasons).toEqual([
      { kind: "sector", tag: "healthcare" },
      { kind: "revenueModel", tag: "subscription" },
      { kind: "stage", tag: "PROTOTYPE" },
      { kind: "riskCategory", tag: "dataPrivacy" },
    ]);
  });
});
