import { describe, expect, it } from "vitest";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import { db } from "@/lib/db/client";
import {
  addComputeLineAction,
  addDataSourceAction,
  addPartnerAction,
  deleteComputeLineAction,
  deleteDataSourceAction,
  saveToolingItemAction,
  updateComputeLineAction,
  updateDataSourceAction,
  updatePartnerAction,
} from "@/lib/platform/actions";
import { getComputeMonthlyCost, getPlatform, getPlatformFacts } from "@/lib/platform/data";
import { TOOLING_ITEM_IDS } from "@/lib/platform/model";
import { countQueries } from "../support/query-count";
import { createTeamWithProject } from "../support/factories";
import { signInAs } from "./session";

const sourceFields = { name: "Pilot contracts", origin: "customer", rights: "documented", rightsNotes: "Pilot agreement §4", quality: "high", qualityNotes: "", sensitivity: "personal" };
const lineFields = { name: "Inference", purpose: "inference", provider: "Alibaba Cloud", accelerator: "NVIDIA A10" };

async function editorWorld() {
  const w = await createTeamWithProject();
  await signInAs(w.members.EDITOR);
  return { ...w, projectId: w.project.id as AuthorizedProjectId };
}

async function addLine(projectId: string, name: string) {
  const added = await addComputeLineAction({ projectId, name });
  if (!added.ok) throw new Error(added.code);
  return added.data;
}

/** Fills every platform list with `n` rows. */
async function fillPlatform(projectId: string, n: number) {
  const names = Array.from({ length: n }, (_, i) => `Row ${i}`);
  await db.platformDataSource.createMany({ data: names.map((name) => ({ projectId, name, rights: "documented" })) });
  await db.platformComputeLine.createMany({ data: names.map((name) => ({ projectId, name, provider: "AWS", quantity: 1, hoursPerMonth: 10, hourlyRate: 2 })) });
  await db.platformPartner.createMany({ data: names.map((name) => ({ projectId, name })) });
  await db.platformToolingItem.createMany({ data: TOOLING_ITEM_IDS.map((itemId) => ({ projectId, itemId, status: "planned" })) });
}

describe("platform loaders", () => {
  it("use the same number of queries for 3 and for 200 rows per list", async () => {
    const small = await createTeamWithProject();
    const large = await createTeamWithProject();
    await fillPlatform(small.project.id, 3);
    await fillPlatform(large.project.id, 200);
    const loaders: ((id: AuthorizedProjectId) => Promise<unknown>)[] = [getPlatform, getPlatformFacts, getComputeMonthlyCost];
    for (const load of loaders) {
      const few = await countQueries(() => load(small.project.id as AuthorizedProjectId));
      const many = await countQueries(() => load(large.project.id as AuthorizedProjectId));
      expect(many.queries).toBe(few.queries);
    }
    expect((await getPlatform(large.project.id as AuthorizedProjectId)).dataSources).toHaveLength(200);
    // 200 lines × 1 accelerator × 10 h × 2 = 4,000
    expect(await getComputeMonthlyCost(large.project.id as AuthorizedProjectId)).toBe(4_000);
  });

  it("sum the compute plan saved through the actions into the monthly cost the burn uses", async () => {
    const w = await editorWorld();
    expect(await getComputeMonthlyCost(w.projectId)).toBe(0);
    const training = await addLine(w.project.id, "Fine-tuning");
    const serving = await addLine(w.project.id, "Inference");
    const other = await createTeamWithProject();
    await db.platformComputeLine.create({ data: { projectId: other.project.id, name: "Not ours", quantity: 100, hoursPerMonth: 744, hourlyRate: 100 } });
    // 8 × 200 h × 3.2 = 5,120
    await updateComputeLineAction({ projectId: w.project.id, id: training.id, version: 1, ...lineFields, purpose: "fineTuning", quantity: 8, hoursPerMonth: 200, hourlyRate: 3.2 });
    // 2 × 744 h × 1.1 = 1,636.80 (sent as typed text)
    await updateComputeLineAction({ projectId: w.project.id, id: serving.id, version: 1, ...lineFields, quantity: "2", hoursPerMonth: "744", hourlyRate: "1.1" });
    expect(await getComputeMonthlyCost(w.projectId)).toBe(6_756.8);
    expect(await getPlatformFacts(w.projectId)).toMatchObject({ computePlanDefined: true, computeMonthlyCost: 6_756.8 });
    await deleteComputeLineAction({ projectId: w.project.id, id: training.id });
    expect(await getComputeMonthlyCost(w.projectId)).toBe(1_636.8);
  });

  it("report facts for data sources, tooling and partners", async () => {
    const w = await editorWorld();
    const source = await addDataSourceAction({ projectId: w.project.id, name: "Pilot contracts" });
    await addDataSourceAction({ projectId: w.project.id, name: "Court judgments" });
    if (!source.ok) throw new Error(source.code);
    await updateDataSourceAction({ projectId: w.project.id, id: source.data.id, version: 1, ...sourceFields });
    await saveToolingItemAction({ projectId: w.project.id, itemId: "framework", version: 0, status: "inPlace", tool: "PyTorch" });
    await saveToolingItemAction({ projectId: w.project.id, itemId: "taskTracking", version: 0, status: "notNeeded", tool: "" });
    await addPartnerAction({ projectId: w.project.id, name: "Law school" });
    expect(await getPlatformFacts(w.projectId)).toEqual({
      dataSources: 2,
      dataSourcesWithRightsAndConsent: 1,
      sensitiveDataSources: 1,
      computePlanDefined: false,
      computeMonthlyCost: 0,
      inferenceComputeMonthlyCost: 0,
      toolingDone: 1,
      toolingTotal: TOOLING_ITEM_IDS.length - 1,
      ecosystemPartners: 1,
    });
  });
});

describe("platform writes", () => {
  it("refuse negative, oversized, non-numeric and unknown values with field errors and change nothing", async () => {
    const w = await editorWorld();
    const line = await addLine(w.project.id, "Inference");
    const bad = await updateComputeLineAction({
      projectId: w.project.id,
      id: line.id,
      version: 1,
      ...lineFields,
      purpose: "mining",
      quantity: 1.5,
      hoursPerMonth: 800,
      hourlyRate: -2,
    });
    expect(bad).toMatchObject({
      ok: false,
      code: "validation",
      fieldErrors: { purpose: { code: "invalidOption" }, quantity: { code: "wholeNumber" }, hoursPerMonth: { code: "tooLarge", values: { max: 744 } }, hourlyRate: { code: "tooSmall", values: { min: 0 } } },
    });
    expect(await updateComputeLineAction({ projectId: w.project.id, id: line.id, version: 1, ...lineFields, quantity: "two", hoursPerMonth: 1, hourlyRate: 1 })).toMatchObject({
      fieldErrors: { quantity: { code: "notANumber" } },
    });
    const source = await addDataSourceAction({ projectId: w.project.id, name: "Contracts" });
    if (!source.ok) throw new Error(source.code);
    expect(
      await updateDataSourceAction({ projectId: w.project.id, id: source.data.id, version: 1, ...sourceFields, origin: "stolen", rightsNotes: "y".repeat(2001), name: "<img src=x onerror=alert(1)>" }),
    ).toMatchObject({ ok: false, fieldErrors: { origin: { code: "invalidOption" }, rightsNotes: { code: "tooLong", values: { max: 2000 } } } });
    expect(await saveToolingItemAction({ projectId: w.project.id, itemId: "blockchain", version: 0, status: "inPlace", tool: "" })).toMatchObject({
      ok: false,
      fieldErrors: { itemId: { code: "invalidOption" } },
    });
    const platform = await getPlatform(w.projectId);
    expect(platform.computeLines).toEqual([expect.objectContaining({ purpose: "inference", quantity: 1, hoursPerMonth: 0, hourlyRate: 0, version: 1 })]);
    expect(platform.dataSources).toEqual([expect.objectContaining({ name: "Contracts", origin: "own", version: 1 })]);
    expect(platform.toolingItems).toEqual([]);
  });

  it("turn stale saves into conflicts, including a checklist item someone else saved first", async () => {
    const w = await editorWorld();
    expect(await saveToolingItemAction({ projectId: w.project.id, itemId: "ciCd", version: 0, status: "planned", tool: "GitLab CI" })).toMatchObject({ ok: true, data: { version: 1 } });
    expect(await saveToolingItemAction({ projectId: w.project.id, itemId: "ciCd", version: 0, status: "inPlace", tool: "Jenkins" })).toMatchObject({
      ok: false,
      code: "conflict",
      current: { status: "planned", tool: "GitLab CI", version: 1 },
    });
    expect(await saveToolingItemAction({ projectId: w.project.id, itemId: "ciCd", version: 1, status: "inPlace", tool: "GitLab CI" })).toMatchObject({ ok: true, data: { version: 2 } });
    const partner = await addPartnerAction({ projectId: w.project.id, name: "Law school" });
    if (!partner.ok) throw new Error(partner.code);
    const fields = { name: "Law school", kind: "university", status: "talking", contribution: "" };
    await updatePartnerAction({ projectId: w.project.id, id: partner.data.id, version: 1, ...fields });
    expect(await updatePartnerAction({ projectId: w.project.id, id: partner.data.id, version: 1, ...fields, status: "active" })).toMatchObject({
      ok: false,
      code: "conflict",
      current: { status: "talking", version: 2 },
    });
  });

  it("never touch another project's rows, even with a known id", async () => {
    const w = await editorWorld();
    const other = await createTeamWithProject();
    const theirs = await db.platformDataSource.create({ data: { projectId: other.project.id, name: "Their data" } });
    expect(await updateDataSourceAction({ projectId: w.project.id, id: theirs.id, version: 1, ...sourceFields })).toMatchObject({ ok: false, code: "notFound" });
    expect(await deleteDataSourceAction({ projectId: w.project.id, id: theirs.id })).toMatchObject({ ok: false, code: "notFound" });
    expect(await db.platformDataSource.findUniqueOrThrow({ where: { id: theirs.id } })).toMatchObject({ name: "Their data", version: 1 });
  });

  it("stop adding at the list limit", async () => {
    const w = await editorWorld();
    await db.platformPartner.createMany({ data: Array.from({ length: 200 }, (_, n) => ({ projectId: w.project.id, name: `P${n}` })) });
    expect(await addPartnerAction({ projectId: w.project.id, name: "One too many" })).toMatchObject({ ok: false, fieldErrors: { name: { code: "tooMany", values: { max: 200 } } } });
  });
});
