import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import { addItemAction, deleteItemAction, saveCompliancePlanAction, saveItemAction, seedChecklistAction } from "@/lib/compliance/actions";
import { CATALOGUE } from "@/lib/compliance/catalogue";
import { getComplianceFacts, getComplianceSection } from "@/lib/compliance/data";
import { LIMITS } from "@/lib/validation/fields";
import { countQueries } from "../support/query-count";
import { createTeamWithProject } from "../support/factories";
import { signInAs } from "./session";

async function editorWorld() {
  const w = await createTeamWithProject();
  await signInAs(w.members.EDITOR);
  return { ...w, projectId: w.project.id as AuthorizedProjectId };
}

const itemByKey = async (projectId: AuthorizedProjectId, key: string) => (await getComplianceSection(projectId)).items.find((i) => i.catalogueKey === key)!;

describe("compliance writes", () => {
  it("seeds the catalogue once per project, in catalogue order", async () => {
    const w = await editorWorld();
    expect(await seedChecklistAction({ projectId: w.project.id })).toEqual({ ok: true, data: { created: CATALOGUE.length } });
    expect(await seedChecklistAction({ projectId: w.project.id })).toEqual({ ok: true, data: { created: 0 } });
    const { items } = await getComplianceSection(w.projectId);
    expect(items.map((i) => i.catalogueKey)).toEqual(CATALOGUE.map((c) => c.key));
    expect(items.every((i) => i.status === "notStarted")).toBe(true);
    // A freshly seeded checklist has mapped nothing yet.
    expect(await getComplianceFacts(w.projectId)).toMatchObject({ items: CATALOGUE.length, applicableItems: 0, itemsDone: 0, ipStrategyDefined: false });
  });

  it("saves statuses, owners, custom items and IP notes, and reports facts", async () => {
    const w = await editorWorld();
    await seedChecklistAction({ projectId: w.project.id });
    const pipl = await itemByKey(w.projectId, "cnPipl");
    const gdpr = await itemByKey(w.projectId, "euGdpr");
    expect(await saveItemAction({ projectId: w.project.id, id: pipl.id, version: 1, title: "", status: "done", owner: "Wang Yating", notes: "Separate consent screen shipped" })).toMatchObject({ ok: true, data: { version: 2 } });
    await saveItemAction({ projectId: w.project.id, id: gdpr.id, version: 1, title: "", status: "notApplicable", owner: "", notes: "No EU customers" });
    const added = await addItemAction({ projectId: w.project.id, market: "china", topic: "other", title: "Lawyer advertising rules" });
    expect(added).toMatchObject({ ok: true, data: { title: "Lawyer advertising rules", catalogueKey: null, market: "china" } });
    await saveCompliancePlanAction({ projectId: w.project.id, version: 1, ipStrategy: "Software copyright for the review engine; trade secrets for rule sets" });

    const dataProtectionKeys = CATALOGUE.filter((c) => c.topic === "dataProtection").length;
    expect(await getComplianceFacts(w.projectId)).toEqual({
      items: CATALOGUE.length + 1,
      applicableItems: 1, // PIPL: done
      itemsDone: 1,
      itemsWithOwner: 1,
      dataProtectionDone: 1,
      dataProtectionTotal: dataProtectionKeys - 1, // GDPR is not applicable
      ipStrategyDefined: true,
    });
    const section = await getComplianceSection(w.projectId);
    expect(section.items.at(-1)).toMatchObject({ catalogueKey: null, title: "Lawyer advertising rules" });
    expect(section.plan).toMatchObject({ ipStrategy: expect.stringContaining("trade secrets"), version: 2 });
  });

  it("deletes the founders' own items but never catalogue items", async () => {
    const w = await editorWorld();
    await seedChecklistAction({ projectId: w.project.id });
    const added = await addItemAction({ projectId: w.project.id, market: "us", topic: "dataProtection", title: "HIPAA business associate agreement" });
    if (!added.ok) throw new Error(added.code);
    const gdpr = await itemByKey(w.projectId, "euGdpr");
    expect(await deleteItemAction({ projectId: w.project.id, id: gdpr.id })).toMatchObject({ ok: false, code: "notFound" });
    expect(await deleteItemAction({ projectId: w.project.id, id: added.data.id })).toEqual({ ok: true, data: { id: added.data.id } });
    expect((await getComplianceSection(w.projectId)).items).toHaveLength(CATALOGUE.length);
  });

  it("refuses bad input with field errors and changes nothing", async () => {
    const w = await editorWorld();
    const added = await addItemAction({ projectId: w.project.id, market: "china", topic: "other", title: "Licence" });
    if (!added.ok) throw new Error(added.code);
    const bad = await saveItemAction({ projectId: w.project.id, id: added.data.id, version: 1, title: "<script>x</script>", status: "maybe", owner: "x".repeat(121), notes: "" });
    expect(bad).toMatchObject({
      ok: false,
      code: "validation",
      fieldErrors: { status: { code: "invalidOption" }, owner: { code: "tooLong", values: { max: 120 } } },
    });
    expect(await addItemAction({ projectId: w.project.id, market: "mars", topic: "other", title: "" })).toMatchObject({
      ok: false,
      fieldErrors: { market: { code: "invalidOption" }, title: { code: "required" } },
    });
    // A founder-written item keeps its title.
    expect(await saveItemAction({ projectId: w.project.id, id: added.data.id, version: 1, title: "  ", status: "done", owner: "", notes: "" })).toMatchObject({
      ok: false,
      code: "validation",
      fieldErrors: { title: { code: "required" } },
    });
    expect(await saveCompliancePlanAction({ projectId: w.project.id, version: 1, ipStrategy: "y".repeat(LIMITS.long + 1) })).toMatchObject({ fieldErrors: { ipStrategy: { code: "tooLong" } } });
    const stored = await db.complianceItem.findUniqueOrThrow({ where: { id: added.data.id } });
    expect(stored).toMatchObject({ title: "Licence", status: "notStarted", version: 1 });
  });

  it("refuses a stale version with a conflict, and another project's items", async () => {
    const w = await editorWorld();
    await seedChecklistAction({ projectId: w.project.id });
    const item = await itemByKey(w.projectId, "euAiAct");
    await saveItemAction({ projectId: w.project.id, id: item.id, version: 1, title: "", status: "inProgress", owner: "Ana", notes: "" });
    expect(await saveItemAction({ projectId: w.project.id, id: item.id, version: 1, title: "", status: "done", owner: "", notes: "" })).toMatchObject({
      ok: false,
      code: "conflict",
      current: { status: "inProgress", owner: "Ana", version: 2 },
    });
    const other = await editorWorld();
    expect(await saveItemAction({ projectId: other.project.id, id: item.id, version: 2, title: "", status: "done", owner: "", notes: "" })).toMatchObject({ ok: false, code: "notFound" });
    expect(await deleteItemAction({ projectId: other.project.id, id: item.id })).toMatchObject({ ok: false, code: "notFound" });
  });
});

describe("compliance loaders", () => {
  it("use the same number of queries for 3 and 200 checklist items", async () => {
    const small = await createTeamWithProject();
    const large = await createTeamWithProject();
    const fill = (projectId: string, n: number) =>
      db.complianceItem.createMany({ data: Array.from({ length: n }, (_, i) => ({ projectId, market: "china" as const, title: `Item ${i}`, owner: i % 2 ? "Ana" : "" })) });
    await fill(small.project.id, 3);
    await fill(large.project.id, 200);
    const few = await countQueries(() => getComplianceSection(small.project.id as AuthorizedProjectId));
    const many = await countQueries(() => getComplianceSection(large.project.id as AuthorizedProjectId));
    expect(few.result.items).toHaveLength(3);
    expect(many.result.items).toHaveLength(200);
    expect(many.queries).toBe(few.queries);
    const fewFacts = await countQueries(() => getComplianceFacts(small.project.id as AuthorizedProjectId));
    const manyFacts = await countQueries(() => getComplianceFacts(large.project.id as AuthorizedProjectId));
    expect(manyFacts.result.itemsWithOwner).toBe(100);
    expect(manyFacts.queries).toBe(fewFacts.queries);
  });
});
