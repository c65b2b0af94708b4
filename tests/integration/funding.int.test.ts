import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import { addRoundAction, addUseAction, deleteRoundAction, saveChannelAction, saveFundingPlanAction, saveRoundAction, saveUseAction, setChannelAction } from "@/lib/funding/actions";
import { getFundingFacts, getFundingSection } from "@/lib/funding/data";
import { LIMITS } from "@/lib/validation/fields";
import { countQueries } from "../support/query-count";
import { createTeamWithProject } from "../support/factories";
import { signInAs } from "./session";

const plan = { needAmount: 1_500_000, needTiming: "Q3 2027", rationale: "18 months of runway to a paid pilot", structure: "Equity", budgetPlan: "", costMonitoring: "" };
const roundFields = { stage: "seed", amount: 800_000, instrument: "equity", targetDate: "2027-06-30", status: "planned", notes: "Two funds in talks" };

async function editorWorld() {
  const w = await createTeamWithProject();
  await signInAs(w.members.EDITOR);
  return { ...w, projectId: w.project.id as AuthorizedProjectId };
}

async function newRound(projectId: string) {
  const added = await addRoundAction({ projectId });
  if (!added.ok) throw new Error(added.code);
  return added.data;
}

describe("funding writes", () => {
  it("saves the plan, rounds, channels and use of funds, and reports them as facts", async () => {
    const w = await editorWorld();
    expect(await getFundingFacts(w.projectId)).toEqual({ needDefined: false, needAmount: null, rounds: 0, channels: [], useOfFundsDefined: false, hiringFunds: 0, financialPlanDefined: false, plannedRounds: [] });

    expect(await saveFundingPlanAction({ projectId: w.project.id, version: 1, ...plan })).toMatchObject({ ok: true, data: { version: 2 } });
    const round = await newRound(w.project.id);
    expect(await saveRoundAction({ projectId: w.project.id, id: round.id, version: round.version, ...roundFields })).toMatchObject({ ok: true, data: { version: 2 } });
    await setChannelAction({ projectId: w.project.id, kind: "vc", considered: true });
    await setChannelAction({ projectId: w.project.id, kind: "government", considered: true });
    await setChannelAction({ projectId: w.project.id, kind: "government", considered: true }); // idempotent
    const use = await addUseAction({ projectId: w.project.id, category: "compute" });
    if (!use.ok) throw new Error(use.code);
    await saveUseAction({ projectId: w.project.id, id: use.data.id, version: 1, category: "compute", amount: 400_000, note: "GPU hours" });

    const section = await getFundingSection(w.projectId);
    expect(section.plan).toMatchObject({ ...plan, version: 2 });
    expect(section.rounds).toEqual([{ id: round.id, ...roundFields, version: 2 }]);
    expect(section.channels.map((c) => c.kind).sort()).toEqual(["government", "vc"]);
    expect(section.uses).toMatchObject([{ category: "compute", amount: 400_000, note: "GPU hours" }]);
    expect(await getFundingFacts(w.projectId)).toEqual({
      needDefined: true,
      needAmount: 1_500_000,
      rounds: 1,
      channels: ["vc", "government"],
      useOfFundsDefined: true,
      hiringFunds: 0, // the one use is compute
      financialPlanDefined: false,
      // roundFields: a planned 800,000 seed round dated 2027-06-30.
      plannedRounds: [{ stage: "seed", amount: 800_000, month: "2027-06" }],
    });

    const vc = section.channels.find((c) => c.kind === "vc")!;
    expect(await saveChannelAction({ projectId: w.project.id, id: vc.id, version: 1, note: "Seed funds focused on legal tech" })).toMatchObject({ ok: true });
    await setChannelAction({ projectId: w.project.id, kind: "vc", considered: false });
    expect((await getFundingFacts(w.projectId)).channels).toEqual(["government"]);
  });

  it("clears the amount needed with an empty value", async () => {
    const w = await editorWorld();
    await saveFundingPlanAction({ projectId: w.project.id, version: 1, ...plan });
    expect(await saveFundingPlanAction({ projectId: w.project.id, version: 2, ...plan, needAmount: "" })).toMatchObject({ ok: true });
    expect((await getFundingSection(w.projectId)).plan.needAmount).toBeNull();
  });

  it("refuses bad input with field errors and changes nothing", async () => {
    const w = await editorWorld();
    const round = await newRound(w.project.id);
    const bad = await saveRoundAction({
      projectId: w.project.id,
      id: round.id,
      version: 1,
      ...roundFields,
      amount: -5,
      instrument: "crypto",
      status: "won",
      targetDate: "30/06/2027",
      notes: "<b>bold</b>",
    });
    expect(bad).toMatchObject({ ok: false, code: "validation" });
    if (bad.ok) return;
    expect(bad.fieldErrors).toMatchObject({
      amount: { code: "tooSmall", values: { min: 0 } },
      instrument: { code: "invalidOption" },
      status: { code: "invalidOption" },
      targetDate: { code: "invalidFormat" },
    });
    const tooBig = await saveFundingPlanAction({ projectId: w.project.id, version: 1, ...plan, rationale: "x".repeat(LIMITS.long + 1), needAmount: 1e13 });
    expect(tooBig).toMatchObject({ ok: false, code: "validation", fieldErrors: { rationale: { code: "tooLong", values: { max: LIMITS.long } }, needAmount: { code: "tooLarge" } } });
    const nan = await saveUseAction({ projectId: w.project.id, id: round.id, version: 1, category: "compute", amount: "NaN", note: "" });
    expect(nan).toMatchObject({ ok: false, code: "validation" });
    expect(!nan.ok && nan.fieldErrors?.amount).toBeTruthy();
    const section = await getFundingSection(w.projectId);
    expect(section.rounds[0]).toMatchObject({ amount: 0, instrument: "equity", version: 1 });
    expect(section.plan.version).toBe(1);
  });

  it("refuses a stale version with a conflict holding the stored values", async () => {
    const w = await editorWorld();
    const round = await newRound(w.project.id);
    await saveRoundAction({ projectId: w.project.id, id: round.id, version: 1, ...roundFields, amount: 900_000 });
    const stale = await saveRoundAction({ projectId: w.project.id, id: round.id, version: 1, ...roundFields, amount: 1 });
    expect(stale).toMatchObject({ ok: false, code: "conflict", current: { amount: 900_000, version: 2, targetDate: "2027-06-30" } });
    await saveFundingPlanAction({ projectId: w.project.id, version: 1, ...plan });
    expect(await saveFundingPlanAction({ projectId: w.project.id, version: 1, ...plan, needTiming: "now" })).toMatchObject({
      ok: false,
      code: "conflict",
      current: { needTiming: "Q3 2027", version: 2 },
    });
  });

  it("never touches another project's rows", async () => {
    const mine = await editorWorld();
    const theirs = await createTeamWithProject();
    const foreign = await db.fundingRound.create({ data: { projectId: theirs.project.id, amount: 10 } });
    const foreignUse = await db.fundsUse.create({ data: { projectId: theirs.project.id, amount: 10 } });
    expect(await saveRoundAction({ projectId: mine.project.id, id: foreign.id, version: 1, ...roundFields })).toMatchObject({ ok: false, code: "notFound" });
    expect(await deleteRoundAction({ projectId: mine.project.id, id: foreign.id })).toMatchObject({ ok: false, code: "notFound" });
    expect(await saveUseAction({ projectId: mine.project.id, id: foreignUse.id, version: 1, category: "data", amount: 1, note: "" })).toMatchObject({ ok: false, code: "notFound" });
    expect(await db.fundingRound.findUniqueOrThrow({ where: { id: foreign.id } })).toMatchObject({ amount: 10, version: 1 });
  });

  it("refuses a round past the list limit", async () => {
    const w = await editorWorld();
    await db.fundingRound.createMany({ data: Array.from({ length: LIMITS.list }, () => ({ projectId: w.project.id })) });
    expect(await addRoundAction({ projectId: w.project.id })).toMatchObject({ ok: false, code: "validation", fieldErrors: { _form: { code: "tooMany" } } });
  });

  it("records saves in the activity log with the changed fields", async () => {
    const w = await editorWorld();
    const round = await newRound(w.project.id);
    await saveRoundAction({ projectId: w.project.id, id: round.id, version: 1, ...roundFields });
    const rows = await db.activity.findMany({ where: { projectId: w.project.id, section: "funding" }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => r.verb)).toEqual(["created", "updated"]);
    expect(rows[1].fields.sort()).toEqual(["amount", "notes", "targetDate"]);
  });
});

describe("funding loaders", () => {
  it("use the same number of queries for 3 and 200 rows", async () => {
    const small = await createTeamWithProject();
    const large = await createTeamWithProject();
    const fill = (projectId: string, n: number) =>
      Promise.all([
        db.fundingRound.createMany({ data: Array.from({ length: n }, (_, i) => ({ projectId, amount: i * 1000 })) }),
        db.fundsUse.createMany({ data: Array.from({ length: n }, (_, i) => ({ projectId, amount: i })) }),
      ]);
    await fill(small.project.id, 3);
    await fill(large.project.id, 200);
    const few = await countQueries(() => getFundingSection(small.project.id as AuthorizedProjectId));
    const many = await countQueries(() => getFundingSection(large.project.id as AuthorizedProjectId));
    expect(few.result.rounds).toHaveLength(3);
    expect(many.result.rounds).toHaveLength(200);
    expect(many.result.uses).toHaveLength(200);
    expect(many.queries).toBe(few.queries);
    const fewFacts = await countQueries(() => getFundingFacts(small.project.id as AuthorizedProjectId));
    const manyFacts = await countQueries(() => getFundingFacts(large.project.id as AuthorizedProjectId));
    expect(manyFacts.result.rounds).toBe(200);
    expect(manyFacts.queries).toBe(fewFacts.queries);
  });
});
