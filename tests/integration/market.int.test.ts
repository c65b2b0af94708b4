import { describe, expect, it } from "vitest";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import { db } from "@/lib/db/client";
import {
  addCompetitorAction,
  addSegmentAction,
  addTrendAction,
  deleteCompetitorAction,
  saveResearchAction,
  saveSizeAction,
  updateCompetitorAction,
  updateSegmentAction,
} from "@/lib/market/actions";
import { getMarket, getMarketFacts } from "@/lib/market/data";
import { archiveProjectAction } from "@/lib/projects/actions";
import { countQueries } from "../support/query-count";
import { createTeamWithProject } from "../support/factories";
import { signInAs } from "./session";

const emptySize = { tamValue: "", tamSource: "", samValue: "", samSource: "", somValue: "", somSource: "", basis: "" };
const competitorFields = { name: "Incumbent", offering: "Clause library", strengths: "Brand", weaknesses: "English only", differentiation: "Chinese contract law" };

async function editorWorld() {
  const w = await createTeamWithProject();
  await signInAs(w.members.EDITOR);
  return { ...w, projectId: w.project.id as AuthorizedProjectId };
}

/** Fills every market list with `n` rows. */
async function fillMarket(projectId: string, n: number) {
  const rows = Array.from({ length: n }, (_, i) => ({ projectId, name: `Row ${i}` }));
  await db.marketSegment.createMany({ data: rows.map((r) => ({ ...r, domain: "finance" })) });
  await db.marketCompetitor.createMany({ data: rows.map((r) => ({ ...r, differentiation: `Unlike ${r.name}` })) });
  await db.marketTrend.createMany({ data: rows.map(({ projectId: p, name }) => ({ projectId: p, title: name })) });
  await db.marketResearch.create({ data: { projectId, objective: "o", dataCollection: "d", analysis: "a", findings: "f" } });
  await db.marketSize.create({ data: { projectId, tamValue: 100, tamSource: "s", samValue: 10, samSource: "s", somValue: 1, somSource: "s" } });
}

describe("market loaders", () => {
  it("use the same number of queries for 3 and for 200 rows per list", async () => {
    const small = await createTeamWithProject();
    const large = await createTeamWithProject();
    await fillMarket(small.project.id, 3);
    await fillMarket(large.project.id, 200);
    const few = await countQueries(() => getMarket(small.project.id as AuthorizedProjectId));
    const many = await countQueries(() => getMarket(large.project.id as AuthorizedProjectId));
    expect(few.result.competitors).toHaveLength(3);
    expect(many.result.competitors).toHaveLength(200);
    expect(many.queries).toBe(few.queries);
    const fewFacts = await countQueries(() => getMarketFacts(small.project.id as AuthorizedProjectId));
    const manyFacts = await countQueries(() => getMarketFacts(large.project.id as AuthorizedProjectId));
    expect(manyFacts.queries).toBe(fewFacts.queries);
  });

  it("report facts from what was saved through the actions", async () => {
    const w = await editorWorld();
    expect(await getMarketFacts(w.projectId)).toEqual({ researchStepsDone: 0, segments: 0, competitors: 0, competitorsWithDifferentiation: 0, marketSizesWithSource: 0, trendNotes: 0, annualPricePerCustomer: null });
    await saveResearchAction({ projectId: w.project.id, version: 0, objective: "Which firms buy?", dataCollection: "20 interviews", analysis: "", findings: "" });
    await addSegmentAction({ projectId: w.project.id, name: "Mid-size law firms", domain: "other" });
    const added = await addCompetitorAction({ projectId: w.project.id, name: "Incumbent" });
    await addCompetitorAction({ projectId: w.project.id, name: "Spreadsheets" });
    if (!added.ok) throw new Error(added.code);
    await updateCompetitorAction({ projectId: w.project.id, id: added.data.id, version: 1, ...competitorFields });
    await saveSizeAction({ projectId: w.project.id, version: 0, ...emptySize, tamValue: "5000000", tamSource: "Ministry of Justice statistics 2025", samValue: "800000", samSource: "Own count", annualPricePerCustomer: "1788" });
    await addTrendAction({ projectId: w.project.id, title: "Cheaper inference", trendKey: "efficiency" });
    expect(await getMarketFacts(w.projectId)).toEqual({ researchStepsDone: 2, segments: 1, competitors: 2, competitorsWithDifferentiation: 1, marketSizesWithSource: 2, trendNotes: 1, annualPricePerCustomer: 1788 });
    const market = await getMarket(w.projectId);
    expect(market.size).toMatchObject({ tamValue: 5_000_000, samValue: 800_000, somValue: null, version: 1 });
    expect(market.trends[0]).toMatchObject({ trendKey: "efficiency", impact: "watch" });
  });
});

describe("market writes", () => {
  it("refuse bad input with field errors and change nothing", async () => {
    const w = await editorWorld();
    const added = await addCompetitorAction({ projectId: w.project.id, name: "Incumbent" });
    if (!added.ok) throw new Error(added.code);
    const bad = await updateCompetitorAction({
      projectId: w.project.id,
      id: added.data.id,
      version: 1,
      ...competitorFields,
      name: "<b>Incumbent</b>",
      offering: "x".repeat(2001),
    });
    expect(bad).toMatchObject({ ok: false, code: "validation", fieldErrors: { offering: { code: "tooLong", values: { max: 2000 } } } });
    expect(await addSegmentAction({ projectId: w.project.id, name: "Banks", domain: "crypto" })).toMatchObject({ ok: false, fieldErrors: { domain: { code: "invalidOption" } } });
    expect(await addTrendAction({ projectId: w.project.id, title: "", trendKey: null })).toMatchObject({ ok: false, fieldErrors: { title: { code: "required" } } });
    const market = await getMarket(w.projectId);
    expect(market.competitors).toEqual([expect.objectContaining({ name: "Incumbent", offering: "", version: 1 })]);
    expect(market.segments).toEqual([]);
    expect(market.trends).toEqual([]);
  });

  it("refuse market sizes that are negative, unsourced or not nested", async () => {
    const w = await editorWorld();
    const save = (patch: Record<string, unknown>) => saveSizeAction({ projectId: w.project.id, version: 0, ...emptySize, ...patch });
    expect(await save({ tamValue: -5, tamSource: "x" })).toMatchObject({ ok: false, fieldErrors: { tamValue: { code: "tooSmall" } } });
    expect(await save({ tamValue: "lots", tamSource: "x" })).toMatchObject({ ok: false, fieldErrors: { tamValue: { code: "notANumber" } } });
    expect(await save({ tamValue: 1000 })).toMatchObject({ ok: false, fieldErrors: { tamSource: { code: "sourceRequired" } } });
    expect(await save({ tamValue: 100, tamSource: "a", samValue: 200, samSource: "b" })).toMatchObject({ ok: false, fieldErrors: { samValue: { code: "samAboveTam" } } });
    expect(await save({ tamValue: 100, tamSource: "a", samValue: 50, samSource: "b", somValue: 60, somSource: "c" })).toMatchObject({
      ok: false,
      fieldErrors: { somValue: { code: "somAboveSam" } },
    });
    expect((await getMarket(w.projectId)).size).toBeNull();
    expect(await save({ tamValue: 100, tamSource: "a", samValue: 50, samSource: "b", somValue: 50, somSource: "c" })).toMatchObject({ ok: true, data: { version: 1 } });
  });

  it("turn a stale save into a conflict that carries the stored values", async () => {
    const w = await editorWorld();
    const first = await saveResearchAction({ projectId: w.project.id, version: 0, objective: "Mine", dataCollection: "", analysis: "", findings: "" });
    expect(first).toMatchObject({ ok: true, data: { version: 1 } });
    // Someone else also started from "never saved".
    const raced = await saveResearchAction({ projectId: w.project.id, version: 0, objective: "Theirs", dataCollection: "", analysis: "", findings: "" });
    expect(raced).toMatchObject({ ok: false, code: "conflict", current: { objective: "Mine", version: 1 } });
    const added = await addSegmentAction({ projectId: w.project.id, name: "Banks", domain: "finance" });
    if (!added.ok) throw new Error(added.code);
    const saved = await updateSegmentAction({ projectId: w.project.id, id: added.data.id, version: 1, name: "Regional banks", domain: "finance", needs: "" });
    expect(saved).toMatchObject({ ok: true, data: { version: 2 } });
    const stale = await updateSegmentAction({ projectId: w.project.id, id: added.data.id, version: 1, name: "City banks", domain: "finance", needs: "" });
    expect(stale).toMatchObject({ ok: false, code: "conflict", current: { name: "Regional banks", version: 2 } });
  });

  it("never touch another project's rows, even with a known id", async () => {
    const mine = await editorWorld();
    const other = await createTeamWithProject();
    const theirs = await db.marketCompetitor.create({ data: { projectId: other.project.id, name: "Their row" } });
    const update = await updateCompetitorAction({ projectId: mine.project.id, id: theirs.id, version: 1, ...competitorFields });
    expect(update).toMatchObject({ ok: false, code: "notFound" });
    expect(await deleteCompetitorAction({ projectId: mine.project.id, id: theirs.id })).toMatchObject({ ok: false, code: "notFound" });
    expect(await db.marketCompetitor.findUniqueOrThrow({ where: { id: theirs.id } })).toMatchObject({ name: "Their row", version: 1 });
  });

  it("stop adding at the list limit and refuse writes to an archived project", async () => {
    const w = await editorWorld();
    await db.marketCompetitor.createMany({ data: Array.from({ length: 200 }, (_, n) => ({ projectId: w.project.id, name: `C${n}` })) });
    expect(await addCompetitorAction({ projectId: w.project.id, name: "One too many" })).toMatchObject({
      ok: false,
      code: "validation",
      fieldErrors: { name: { code: "tooMany", values: { max: 200 } } },
    });
    await signInAs(w.members.OWNER);
    await archiveProjectAction({ projectId: w.project.id, archived: true });
    expect(await saveResearchAction({ projectId: w.project.id, version: 0, objective: "x", dataCollection: "", analysis: "", findings: "" })).toMatchObject({ ok: false, code: "archived" });
  });
});
