// Team section writes and reads on a real database: versions and conflicts, bad input, the equity
// limit across members, the stored monthly cost, scoping by project and constant query counts.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import {
  addHireAction,
  addMemberAction,
  deleteHireAction,
  deleteMemberAction,
  saveRolesAction,
  saveStrategyAction,
  updateHireAction,
  updateMemberAction,
} from "@/lib/team/actions";
import { costSchedule, monthOf } from "@/lib/team/cost";
import { getTeamFacts, loadTeamPage } from "@/lib/team/data";
import { countQueries } from "../support/query-count";
import { createTeamWithProject } from "../support/factories";
import { signInAs } from "./session";

const noSkills = { mlResearch: 0, mlEngineering: 0, dataEngineering: 0, softwareEngineering: 0, product: 0, domain: 0, goToMarket: 0, operations: 0, legalCompliance: 0, finance: 0 };
const memberFields = { name: "Lin", title: "CTO", commitment: "FULL_TIME", roles: ["deepLearningEngineer"], skills: { ...noSkills, mlEngineering: 3 }, equityPct: 30, monthlyCost: 30000 };
const hireFields = { roleId: "dataScientist", title: "Data scientist", priority: "HIGH", targetMonth: "2027-01", monthlyBudget: 20000, channel: "universities", status: "PLANNED", notes: "" };

async function ownerWorld() {
  const w = await createTeamWithProject();
  await signInAs(w.members.OWNER);
  return { ...w, projectId: w.project.id };
}

async function newMember(projectId: string, name = "Lin") {
  const added = await addMemberAction({ projectId, name });
  if (!added.ok) throw new Error(added.code);
  return added.data.id;
}

async function storedCost(projectId: string) {
  return db.teamCost.findUniqueOrThrow({ where: { projectId }, select: { memberMonthlyCost: true, hireCostSteps: true } });
}

async function recomputedCost(projectId: string) {
  const members = await db.teamMember.findMany({ where: { projectId } });
  const hires = await db.teamHire.findMany({ where: { projectId } });
  return costSchedule(members, hires);
}

describe("team plan (roles) and strategy rows", () => {
  it("creates on the first save, then refuses a stale version with the stored values", async () => {
    const { projectId } = await ownerWorld();
    const first = await saveRolesAction({ projectId, version: 0, scenario: "Contract review", rolesNow: ["deepLearningEngineer", "domainExpert"], rolesLater: ["marketingSales"] });
    expect(first).toEqual({ ok: true, data: { version: 1 } });
    const racing = await saveRolesAction({ projectId, version: 0, scenario: "Other", rolesNow: [], rolesLater: [] });
    expect(racing).toMatchObject({ ok: false, code: "conflict", current: { scenario: "Contract review", rolesNow: ["deepLearningEngineer", "domainExpert"], version: 1 } });
    expect(await saveRolesAction({ projectId, version: 1, scenario: "Contract review v2", rolesNow: ["dataScientist"], rolesLater: [] })).toEqual({ ok: true, data: { version: 2 } });
    expect(await saveRolesAction({ projectId, version: 1, scenario: "stale", rolesNow: [], rolesLater: [] })).toMatchObject({ ok: false, code: "conflict", current: { version: 2 } });
    expect(await db.teamPlan.findUniqueOrThrow({ where: { projectId } })).toMatchObject({ scenario: "Contract review v2", rolesNow: ["dataScientist"] });
  });

  it("refuses unknown roles, a role both now and later, and text PostgreSQL cannot store", async () => {
    const { projectId } = await ownerWorld();
    const unknown = await saveRolesAction({ projectId, version: 0, scenario: "", rolesNow: ["wizard"], rolesLater: [] });
    expect(unknown).toMatchObject({ ok: false, code: "validation", fieldErrors: { "rolesNow.0": { code: "invalidOption" } } });
    const both = await saveRolesAction({ projectId, version: 0, scenario: "", rolesNow: ["dataScientist"], rolesLater: ["dataScientist"] });
    expect(both).toMatchObject({ ok: false, code: "validation", fieldErrors: { rolesLater: { code: "invalid" } } });
    const html = await saveRolesAction({ projectId, version: 0, scenario: "nul\u0000byte", rolesNow: [], rolesLater: [] });
    expect(html).toMatchObject({ ok: false, code: "validation", fieldErrors: { scenario: { code: "invalid" } } });
    expect(await db.teamPlan.count({ where: { projectId } })).toBe(0);
  });

  it("saves the strategy and refuses over-long text without cutting it", async () => {
    const { projectId } = await ownerWorld();
    expect(await saveStrategyAction({ projectId, version: 0, backupPlan: "Pair on every model release" })).toEqual({ ok: true, data: { version: 1 } });
    const bad = await saveStrategyAction({ projectId, version: 1, tools: "x".repeat(10_000), bonus: "<b>big</b>" });
    expect(bad).toMatchObject({ ok: false, code: "validation", fieldErrors: { tools: { code: "tooLong", values: { max: 2000 } } } });
    expect(await db.teamStrategy.findUniqueOrThrow({ where: { projectId } })).toMatchObject({ backupPlan: "Pair on every model release", tools: "", version: 1 });
  });
});

describe("team members", () => {
  it("saves with the version and refuses a stale save with what is stored now", async () => {
    const { projectId } = await ownerWorld();
    const memberId = await newMember(projectId);
    expect(await updateMemberAction({ projectId, memberId, version: 1, ...memberFields, title: "CTO" })).toEqual({ ok: true, data: { version: 2 } });
    const stale = await updateMemberAction({ projectId, memberId, version: 1, ...memberFields, title: "Chief scientist" });
    expect(stale).toMatchObject({ ok: false, code: "conflict", current: { title: "CTO", version: 2 } });
    expect(await db.teamMember.findUniqueOrThrow({ where: { id: memberId } })).toMatchObject({ title: "CTO", version: 2 });
  });

  it("refuses negative cost, equity over 100, 10,000-character names, HTML and unknown options, and changes nothing", async () => {
    const { projectId } = await ownerWorld();
    const memberId = await newMember(projectId);
    const result = await updateMemberAction({
      projectId,
      memberId,
      version: 1,
      ...memberFields,
      name: "x".repeat(10_000),
      title: "<script>alert(1)</script>",
      commitment: "SOMETIMES",
      roles: ["deepLearningEngineer", "astronaut"],
      skills: { ...noSkills, mlResearch: 4 },
      equityPct: 150,
      monthlyCost: -1,
    });
    expect(result).toMatchObject({
      ok: false,
      code: "validation",
      fieldErrors: {
        name: { code: "tooLong", values: { max: 120 } },
        commitment: { code: "invalidOption" },
        "roles.1": { code: "invalidOption" },
        "skills.mlResearch": { code: "tooLarge", values: { max: 3 } },
        equityPct: { code: "tooLarge", values: { max: 100 } },
        monthlyCost: { code: "tooSmall", values: { min: 0 } },
      },
    });
    expect(await db.teamMember.findUniqueOrThrow({ where: { id: memberId } })).toMatchObject({ name: "Lin", equityPct: 0, monthlyCost: 0, version: 1 });
    expect(await db.teamMember.count({ where: { projectId } })).toBe(1);
  });

  it("refuses equity that would take the team over 100% in total", async () => {
    const { projectId } = await ownerWorld();
    const a = await newMember(projectId, "A");
    const b = await newMember(projectId, "B");
    expect(await updateMemberAction({ projectId, memberId: a, version: 1, ...memberFields, equityPct: 60.5 })).toMatchObject({ ok: true });
    const over = await updateMemberAction({ projectId, memberId: b, version: 1, ...memberFields, equityPct: 40 });
    expect(over).toEqual({ ok: false, code: "validation", fieldErrors: { equityPct: { code: "equityTotalOver", values: { max: 39.5 } } } });
    expect((await db.teamMember.findUniqueOrThrow({ where: { id: b } })).equityPct).toBe(0);
    // Exactly 100 in total is fine, and a member's own previous share does not count twice.
    expect(await updateMemberAction({ projectId, memberId: b, version: 1, ...memberFields, equityPct: 39.5 })).toMatchObject({ ok: true });
    expect(await updateMemberAction({ projectId, memberId: b, version: 2, ...memberFields, equityPct: 39.5, title: "Again" })).toMatchObject({ ok: true });
  });

  it("keeps the equity total at most 100 and the cost exact when two saves race", async () => {
    const { projectId } = await ownerWorld();
    const a = await newMember(projectId, "A");
    const b = await newMember(projectId, "B");
    const results = await Promise.all([
      updateMemberAction({ projectId, memberId: a, version: 1, ...memberFields, equityPct: 60, monthlyCost: 1000 }),
      updateMemberAction({ projectId, memberId: b, version: 1, ...memberFields, equityPct: 60, monthlyCost: 2000 }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ code: "validation", fieldErrors: { equityPct: { code: "equityTotalOver", values: { max: 40 } } } });
    const members = await db.teamMember.findMany({ where: { projectId } });
    expect(members.reduce((sum, m) => sum + m.equityPct, 0)).toBe(60);
    expect((await storedCost(projectId)).memberMonthlyCost).toBe(members.reduce((sum, m) => sum + m.monthlyCost, 0));
  });

  it("never touches another project's member", async () => {
    const mine = await ownerWorld();
    const theirs = await createTeamWithProject();
    const theirMember = await db.teamMember.create({ data: { projectId: theirs.project.id, name: "Theirs" } });
    const theirHire = await db.teamHire.create({ data: { projectId: theirs.project.id, roleId: "dataScientist", targetMonth: "2027-01" } });
    expect(await updateMemberAction({ projectId: mine.projectId, memberId: theirMember.id, version: 1, ...memberFields })).toMatchObject({ ok: false, code: "notFound" });
    expect(await deleteMemberAction({ projectId: mine.projectId, memberId: theirMember.id })).toMatchObject({ ok: false, code: "notFound" });
    expect(await updateHireAction({ projectId: mine.projectId, hireId: theirHire.id, version: 1, ...hireFields })).toMatchObject({ ok: false, code: "notFound" });
    expect(await deleteHireAction({ projectId: mine.projectId, hireId: theirHire.id })).toMatchObject({ ok: false, code: "notFound" });
    expect(await db.teamMember.findUniqueOrThrow({ where: { id: theirMember.id } })).toMatchObject({ name: "Theirs", version: 1 });
    expect(await db.teamHire.count({ where: { id: theirHire.id } })).toBe(1);
  });
});

describe("hiring plan and the stored monthly cost", () => {
  it("keeps the stored cost equal to what the rows give after every kind of write", async () => {
    const { projectId } = await ownerWorld();
    const expectInSync = async () => expect(await storedCost(projectId)).toEqual(await recomputedCost(projectId));

    const memberId = await newMember(projectId);
    await expectInSync();
    await updateMemberAction({ projectId, memberId, version: 1, ...memberFields, monthlyCost: 30000 });
    await expectInSync();
    const added = await addHireAction({ projectId, roleId: "dataScientist", priority: "HIGH", start: "later" });
    if (!added.ok) throw new Error(added.code);
    const hire = await db.teamHire.findUniqueOrThrow({ where: { id: added.data.id } });
    // "later" starts three months from now.
    const now = new Date();
    expect(hire.targetMonth).toBe(monthOf(new Date(now.getFullYear(), now.getMonth() + 3, 1)));
    await updateHireAction({ projectId, hireId: hire.id, version: 1, ...hireFields, targetMonth: hire.targetMonth, monthlyBudget: 20000 });
    await expectInSync();
    expect(await storedCost(projectId)).toEqual({ memberMonthlyCost: 30000, hireCostSteps: [{ month: hire.targetMonth, amount: 20000 }] });

    const facts = await getTeamFacts(projectId as AuthorizedProjectId, now);
    expect(facts.monthlyTeamCost).toBe(30000);
    expect(facts.monthlyTeamCostByMonth.slice(0, 5)).toEqual([30000, 30000, 30000, 50000, 50000]);
    expect(facts.openHires).toBe(1);

    // A filled hire is counted through the member who fills it, not twice.
    await updateHireAction({ projectId, hireId: hire.id, version: 2, ...hireFields, targetMonth: hire.targetMonth, monthlyBudget: 20000, status: "FILLED" });
    await expectInSync();
    expect((await getTeamFacts(projectId as AuthorizedProjectId, now)).monthlyTeamCostByMonth[23]).toBe(30000);

    await deleteHireAction({ projectId, hireId: hire.id });
    await deleteMemberAction({ projectId, memberId });
    await expectInSync();
    expect(await storedCost(projectId)).toEqual({ memberMonthlyCost: 0, hireCostSteps: [] });
  });

  it("refuses bad hire input and a stale hire save", async () => {
    const { projectId } = await ownerWorld();
    const added = await addHireAction({ projectId, roleId: "mlopsEngineer", priority: "HIGH", start: "now" });
    if (!added.ok) throw new Error(added.code);
    const hireId = added.data.id;
    const bad = await updateHireAction({ projectId, hireId, version: 1, ...hireFields, targetMonth: "2026-13", monthlyBudget: -500, channel: "carrierPigeon", status: "MAYBE", roleId: "wizard" });
    expect(bad).toMatchObject({
      ok: false,
      code: "validation",
      fieldErrors: {
        targetMonth: { code: "invalidFormat" },
        monthlyBudget: { code: "tooSmall" },
        channel: { code: "invalidOption" },
        status: { code: "invalidOption" },
        roleId: { code: "invalidOption" },
      },
    });
    expect(await updateHireAction({ projectId, hireId, version: 1, ...hireFields })).toMatchObject({ ok: true, data: { version: 2 } });
    expect(await updateHireAction({ projectId, hireId, version: 1, ...hireFields, title: "stale" })).toMatchObject({ ok: false, code: "conflict", current: { title: "Data scientist", version: 2 } });
  });
});

describe("query counts", () => {
  async function projectWith(members: number) {
    const w = await createTeamWithProject();
    const projectId = w.project.id as AuthorizedProjectId;
    await db.teamPlan.create({ data: { projectId, rolesNow: ["deepLearningEngineer", "dataScientist"] } });
    await db.teamStrategy.create({ data: { projectId, backupPlan: "Pairing" } });
    await db.teamMember.createMany({
      data: Array.from({ length: members }, (_, i) => ({ projectId, name: `Member ${i}`, roles: ["deepLearningEngineer"], skills: { mlEngineering: i % 4 }, monthlyCost: 1000 })),
    });
    await db.teamHire.createMany({ data: Array.from({ length: members }, (_, i) => ({ projectId, roleId: "dataScientist", targetMonth: "2027-01", monthlyBudget: i })) });
    return projectId;
  }

  it("loads the page and the facts with the same number of queries for 3 and 200 members", async () => {
    const small = await projectWith(3);
    const large = await projectWith(200);
    const page3 = await countQueries(() => loadTeamPage(small));
    const page200 = await countQueries(() => loadTeamPage(large));
    expect(page200.result.section.members).toHaveLength(200);
    expect(page200.queries).toBe(page3.queries);
    expect(page3.queries).toBeLessThanOrEqual(6);
    const facts3 = await countQueries(() => getTeamFacts(small));
    const facts200 = await countQueries(() => getTeamFacts(large));
    expect(facts200.result.memberCount).toBe(200);
    expect(facts200.queries).toBe(facts3.queries);
  });
});
