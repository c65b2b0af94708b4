import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import { addMilestoneAction, deleteMilestoneAction, saveMilestoneAction, savePlanAction, seedChainAction, setCheckAction } from "@/lib/milestones/actions";
import { getExecutionFacts, getMilestonesSection } from "@/lib/milestones/data";
import { LIMITS } from "@/lib/validation/fields";
import { countQueries } from "../support/query-count";
import { createTeamWithProject } from "../support/factories";
import { signInAs } from "./session";

const fields = { title: "Design done", owner: "Li Mingzhe", startDate: "2027-01-04", dueDate: "2027-01-24", status: "inProgress", notes: "", dependsOn: [] as string[] };

async function editorWorld() {
  const w = await createTeamWithProject();
  await signInAs(w.members.EDITOR);
  return { ...w, projectId: w.project.id as AuthorizedProjectId };
}

async function newMilestone(projectId: string, title: string) {
  const added = await addMilestoneAction({ projectId, title });
  if (!added.ok) throw new Error(added.code);
  return added.data;
}

describe("milestones writes", () => {
  it("seeds the documents' chain once, in the founder's language, each step depending on the previous", async () => {
    const w = await editorWorld();
    expect(await seedChainAction({ projectId: w.project.id, locale: "zh-CN" })).toEqual({ ok: true, data: { created: 6 } });
    expect(await seedChainAction({ projectId: w.project.id, locale: "zh-CN" })).toEqual({ ok: true, data: { created: 0 } });
    const { milestones } = await getMilestonesSection(w.projectId);
    expect(milestones.map((m) => m.title)).toEqual(["项目启动", "需求分析完成", "设计完成", "开发完成", "测试完成", "上线与维护"]);
    for (let i = 1; i < milestones.length; i++) {
      expect(milestones[i].dependsOn).toEqual([milestones[i - 1].id]);
      expect(milestones[i].startDate! > milestones[i - 1].dueDate!).toBe(true);
    }
    expect(milestones[0].dependsOn).toEqual([]);
  });

  it("saves a milestone with prerequisites and reports execution facts", async () => {
    const w = await editorWorld();
    const a = await newMilestone(w.project.id, "Kickoff");
    const b = await newMilestone(w.project.id, "Design done");
    expect(await saveMilestoneAction({ projectId: w.project.id, id: a.id, version: 1, ...fields, title: "Kickoff", status: "done", startDate: "2027-01-01", dueDate: "2027-01-03" })).toMatchObject({ ok: true, data: { version: 2 } });
    expect(await saveMilestoneAction({ projectId: w.project.id, id: b.id, version: 1, ...fields, dependsOn: [a.id, a.id] })).toMatchObject({ ok: true, data: { version: 2 } });
    await savePlanAction({ projectId: w.project.id, version: 1, goals: "Paid pilot", taskBreakdown: "Tasks", timetable: "Q1", resources: "3 people", trackingTool: "Jira", feedbackLoop: "" });
    await setCheckAction({ projectId: w.project.id, checkId: "codeReview", state: "done" });
    await setCheckAction({ projectId: w.project.id, checkId: "ciCd", state: "done" });
    await setCheckAction({ projectId: w.project.id, checkId: "ciCd", state: "open" });
    // Marked not applicable, then changed mind twice: one row, the last state wins.
    await setCheckAction({ projectId: w.project.id, checkId: "hardware", state: "done" });
    expect(await setCheckAction({ projectId: w.project.id, checkId: "hardware", state: "notApplicable" })).toMatchObject({ ok: true, data: { changed: true } });
    expect(await setCheckAction({ projectId: w.project.id, checkId: "hardware", state: "notApplicable" })).toMatchObject({ ok: true, data: { changed: false } });

    const section = await getMilestonesSection(w.projectId);
    expect(section.milestones.find((m) => m.id === b.id)).toMatchObject({ title: "Design done", owner: "Li Mingzhe", dependsOn: [a.id], startDate: "2027-01-04", dueDate: "2027-01-24" });
    expect(section.checksDone).toEqual(["codeReview"]);
    expect(section.checksNotApplicable).toEqual(["hardware"]);
    expect(await getExecutionFacts(w.projectId, "2027-02-01")).toEqual({
      planDefined: true,
      milestones: 2,
      milestonesDone: 1,
      milestonesOverdue: 1, // "Design done" was due 2027-01-24 and is not done
      milestonesWithOwnerAndDates: 2,
      qualityChecksDone: 1,
      qualityChecksTotal: 21, // 22 checks, "hardware" not applicable
      feedbackLoopDefined: false,
      openMilestoneDueMonths: ["2027-01"], // only "Design done" is not done
    });
  });

  it("refuses an end date before the start date, unknown statuses, markup and huge text, changing nothing", async () => {
    const w = await editorWorld();
    const m = await newMilestone(w.project.id, "Kickoff");
    const bad = await saveMilestoneAction({ projectId: w.project.id, id: m.id, version: 1, ...fields, startDate: "2027-03-10", dueDate: "2027-03-01", status: "someday", title: "<img src=x onerror=alert(1)>", notes: "x".repeat(2001) });
    expect(bad).toMatchObject({
      ok: false,
      code: "validation",
      fieldErrors: { status: { code: "invalidOption" }, notes: { code: "tooLong", values: { max: 2000 } } },
    });
    const dates = await saveMilestoneAction({ projectId: w.project.id, id: m.id, version: 1, ...fields, startDate: "2027-03-10", dueDate: "2027-03-01" });
    expect(dates).toMatchObject({ ok: false, code: "validation", fieldErrors: { dueDate: { code: "endBeforeStart" } } });
    expect(await setCheckAction({ projectId: w.project.id, checkId: "haveFun", state: "done" })).toMatchObject({ ok: false, code: "validation", fieldErrors: { checkId: { code: "invalidOption" } } });
    expect((await getMilestonesSection(w.projectId)).milestones[0]).toMatchObject({ title: "Kickoff", startDate: null, version: 1 });
  });

  it("refuses a dependency loop and prerequisites from another project", async () => {
    const w = await editorWorld();
    const a = await newMilestone(w.project.id, "A");
    const b = await newMilestone(w.project.id, "B");
    const c = await newMilestone(w.project.id, "C");
    await saveMilestoneAction({ projectId: w.project.id, id: b.id, version: 1, ...fields, title: "B", dependsOn: [a.id] });
    await saveMilestoneAction({ projectId: w.project.id, id: c.id, version: 1, ...fields, title: "C", dependsOn: [b.id] });
    expect(await saveMilestoneAction({ projectId: w.project.id, id: a.id, version: 1, ...fields, title: "A", dependsOn: [c.id] })).toMatchObject({
      ok: false,
      code: "validation",
      fieldErrors: { dependsOn: { code: "dependencyCycle" } },
    });
    expect(await saveMilestoneAction({ projectId: w.project.id, id: a.id, version: 1, ...fields, title: "A", dependsOn: [a.id] })).toMatchObject({
      fieldErrors: { dependsOn: { code: "dependencyCycle" } },
    });
    const other = await createTeamWithProject();
    const foreign = await db.milestone.create({ data: { projectId: other.project.id, title: "Theirs" } });
    expect(await saveMilestoneAction({ projectId: w.project.id, id: a.id, version: 1, ...fields, title: "A", dependsOn: [foreign.id] })).toMatchObject({
      fieldErrors: { dependsOn: { code: "invalidOption" } },
    });
    expect(await saveMilestoneAction({ projectId: w.project.id, id: foreign.id, version: 1, ...fields })).toMatchObject({ ok: false, code: "notFound" });
    expect(await deleteMilestoneAction({ projectId: w.project.id, id: foreign.id })).toMatchObject({ ok: false, code: "notFound" });
    expect(await db.milestoneDependency.count({ where: { milestoneId: a.id } })).toBe(0);
  });

  it("drops a deleted milestone from the others' prerequisites", async () => {
    const w = await editorWorld();
    const a = await newMilestone(w.project.id, "A");
    const b = await newMilestone(w.project.id, "B");
    await saveMilestoneAction({ projectId: w.project.id, id: b.id, version: 1, ...fields, title: "B", dependsOn: [a.id] });
    expect(await deleteMilestoneAction({ projectId: w.project.id, id: a.id })).toEqual({ ok: true, data: { id: a.id } });
    expect((await getMilestonesSection(w.projectId)).milestones).toMatchObject([{ id: b.id, dependsOn: [] }]);
  });

  it("refuses a stale version with a conflict holding the stored values", async () => {
    const w = await editorWorld();
    const m = await newMilestone(w.project.id, "Kickoff");
    await saveMilestoneAction({ projectId: w.project.id, id: m.id, version: 1, ...fields, title: "Kickoff v2" });
    expect(await saveMilestoneAction({ projectId: w.project.id, id: m.id, version: 1, ...fields, title: "Kickoff v3" })).toMatchObject({
      ok: false,
      code: "conflict",
      current: { title: "Kickoff v2", version: 2, startDate: "2027-01-04", dependsOn: [] },
    });
  });

  it("refuses a milestone past the list limit", async () => {
    const w = await editorWorld();
    await db.milestone.createMany({ data: Array.from({ length: LIMITS.list }, (_, i) => ({ projectId: w.project.id, title: `M${i}` })) });
    expect(await addMilestoneAction({ projectId: w.project.id, title: "One more" })).toMatchObject({ ok: false, code: "validation", fieldErrors: { _form: { code: "tooMany" } } });
  });
});

describe("milestones loaders", () => {
  it("use the same number of queries for 3 and 200 milestones with dependencies", async () => {
    const small = await createTeamWithProject();
    const large = await createTeamWithProject();
    const fill = async (projectId: string, n: number) => {
      const rows = await db.milestone.createManyAndReturn({
        data: Array.from({ length: n }, (_, i) => ({ projectId, title: `M${i}`, owner: "Ana", startDate: new Date("2027-01-01"), dueDate: new Date("2027-02-01") })),
        select: { id: true },
      });
      await db.milestoneDependency.createMany({ data: rows.slice(1).map((r, i) => ({ projectId, milestoneId: r.id, dependsOnId: rows[i].id })) });
      await db.executionCheck.createMany({ data: [{ projectId, checkId: "codeReview" }] });
    };
    await fill(small.project.id, 3);
    await fill(large.project.id, 200);
    const few = await countQueries(() => getMilestonesSection(small.project.id as AuthorizedProjectId));
    const many = await countQueries(() => getMilestonesSection(large.project.id as AuthorizedProjectId));
    expect(few.result.milestones).toHaveLength(3);
    expect(many.result.milestones).toHaveLength(200);
    expect(many.result.milestones.filter((m) => m.dependsOn.length === 1)).toHaveLength(199);
    expect(many.queries).toBe(few.queries);
    const fewFacts = await countQueries(() => getExecutionFacts(small.project.id as AuthorizedProjectId, "2027-03-01"));
    const manyFacts = await countQueries(() => getExecutionFacts(large.project.id as AuthorizedProjectId, "2027-03-01"));
    expect(manyFacts.result.milestonesOverdue).toBe(200);
    expect(manyFacts.queries).toBe(fewFacts.queries);
  });
});
