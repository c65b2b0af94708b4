// The plan revision (database triggers) and the cache keyed by it (lib/plan-cache): every write to
// a plan's content changes the revision, nothing else does, and cached facts, scores and summaries
// are never older than the data.
import { describe, expect, it } from "vitest";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import { db } from "@/lib/db/client";
import { buildInvestorSummary } from "@/lib/investor-summary/data";
import { revisionKey } from "@/lib/plan-cache/cache";
import { computeLiveReadiness, loadPlanFacts } from "@/lib/readiness/data";
import { createTeamWithProject } from "../support/factories";
import { countQueries } from "../support/query-count";

const asId = (id: string) => id as AuthorizedProjectId;

/** Tables with a projectId that are not the plan's content: writing them must not change the revision. */
const NOT_CONTENT = ["Activity", "Comment", "CommentMention", "Invitation", "Notification", "PlanRevision", "PlanSnapshot", "Presence", "ProjectMember", "ShareLink"];

const revisionOf = async (projectId: string) => (await db.planRevision.findUnique({ where: { projectId } }))?.revision ?? 0;

describe("plan revision", () => {
  it("every table with a projectId is either content (a trigger bumps the revision) or listed as not content", async () => {
    const tables = await db.$queryRaw<{ table: string }[]>`
      SELECT table_name AS "table" FROM information_schema.columns
      WHERE table_schema = current_schema() AND column_name = 'projectId' ORDER BY table_name`;
    const triggers = await db.$queryRaw<{ table: string; name: string }[]>`
      SELECT c.relname AS "table", t.tgname AS "name" FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
      WHERE NOT t.tgisinternal AND t.tgname LIKE '%\\_revision'`;
    const unclassified: string[] = [];
    for (const { table } of tables) {
      const names = triggers.filter((t) => t.table === table).map((t) => t.name).sort();
      if (NOT_CONTENT.includes(table)) expect(names, table).toEqual([]);
      else if (names.length !== 1) unclassified.push(table);
      else expect(names).toEqual([`${table}_revision`]);
    }
    expect(unclassified, "tables with a projectId that neither bump the plan revision nor are listed as not content").toEqual([]);
    expect(tables.length).toBeGreaterThan(40);
  });

  it("changes with every insert, update and delete of content and with the plan's own columns, once per transaction", async () => {
    const w = await createTeamWithProject();
    const id = w.project.id;
    let last = await revisionOf(id);
    const expectBumped = async () => {
      const now = await revisionOf(id);
      expect(now).toBeGreaterThan(last);
      last = now;
    };

    const risk = await db.risk.create({ data: { projectId: id, title: "GPU supply", category: "technical", likelihood: 3, impact: 4, score: 12 } });
    await expectBumped();
    await db.risk.update({ where: { id: risk.id }, data: { title: "GPU supply shock" } });
    await expectBumped();
    await db.risk.delete({ where: { id: risk.id } });
    await expectBumped();
    await db.project.update({ where: { id }, data: { name: "Renamed" } });
    await expectBumped();

    // A bulk insert, and a transaction of several writes: one bump each, whatever the number of rows.
    await db.milestone.createMany({ data: Array.from({ length: 50 }, (_, i) => ({ projectId: id, title: `M${i}` })) });
    expect(await revisionOf(id)).toBe(last + 1);
    last += 1;
    await db.$transaction(async (tx) => {
      await tx.teamMember.create({ data: { projectId: id, name: "Ada" } });
      await tx.fundingRound.create({ data: { projectId: id, stage: "seed" } });
      await tx.project.update({ where: { id }, data: { oneLiner: "Agents for clinics" } });
      // Not visible to anyone else before the commit.
      expect(await revisionOf(id)).toBe(last);
    });
    expect(await revisionOf(id)).toBe(last + 1);
    last += 1;

    // Another plan's write leaves this one's revision alone.
    const other = await createTeamWithProject();
    await db.teamMember.create({ data: { projectId: other.project.id, name: "Grace" } });
    expect(await revisionOf(id)).toBe(last);
  });

  it("does not change for comments, activity, presence or share-link views (not the plan's content)", async () => {
    const w = await createTeamWithProject();
    const id = w.project.id;
    const before = await revisionOf(id);
    await db.comment.create({ data: { projectId: id, authorId: w.members.OWNER.id, section: "team", body: "Looks right" } });
    await db.activity.create({ data: { projectId: id, actorId: w.members.OWNER.id, section: "team", verb: "updated", fields: [] } });
    await db.presence.create({ data: { projectId: id, userId: w.members.OWNER.id, lastSeen: new Date() } });
    expect(await revisionOf(id)).toBe(before);
  });

  it("does not deadlock a save with a whole-plan write that holds the project row and then writes the same row", async () => {
    const w = await createTeamWithProject();
    const id = w.project.id;
    const risk = await db.risk.create({ data: { projectId: id, title: "Churn", category: "market", likelihood: 2, impact: 2, score: 4 } });
    const before = await revisionOf(id);
    let locked!: () => void;
    const projectLocked = new Promise<void>((resolve) => (locked = resolve));
    // Like a plan restore (lib/plan-document lockPlan): the project row first, then the plan's rows.
    const restore = db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "Project" WHERE id = ${id} FOR UPDATE`;
      locked();
      await new Promise((r) => setTimeout(r, 300));
      await tx.risk.update({ where: { id: risk.id }, data: { title: "Churn (restored)" } });
    });
    await projectLocked;
    // A save of that risk meanwhile: it must not wait for the project row while holding the risk.
    const save = db.risk.update({ where: { id: risk.id }, data: { mitigation: "Annual contracts" } });
    await expect(Promise.all([restore, save])).resolves.toBeDefined();
    expect(await db.risk.findUniqueOrThrow({ where: { id: risk.id } })).toMatchObject({ title: "Churn (restored)", mitigation: "Annual contracts" });
    expect(await revisionOf(id)).toBe(before + 2);
  });

  it("lets a plan with content be deleted (the cascade's triggers find no project to bump)", async () => {
    const w = await createTeamWithProject();
    await db.risk.create({ data: { projectId: w.project.id, title: "Churn", category: "market", likelihood: 2, impact: 2, score: 4 } });
    await db.teamMember.create({ data: { projectId: w.project.id, name: "Ada" } });
    await db.project.delete({ where: { id: w.project.id } });
    expect(await db.risk.count({ where: { projectId: w.project.id } })).toBe(0);
  });
});

describe("plan cache", () => {
  it("serves facts and the live score from memory while the revision stands, and recomputes after any write", async () => {
    const w = await createTeamWithProject();
    const id = asId(w.project.id);
    const first = await computeLiveReadiness(id);
    // Served again: the same value, for one statement (the revision).
    const again = await countQueries(() => computeLiveReadiness(id));
    expect(again.result).toBe(first);
    expect(again.queries).toBe(1);

    // A core technical member (deep learning and data science): the team criterion A1 rises.
    await db.teamMember.create({ data: { projectId: id, name: "Ada", commitment: "FULL_TIME", roles: ["deepLearningEngineer", "dataScientist"] } });
    const after = await computeLiveReadiness(id);
    expect(after).not.toBe(first);
    expect(after.result.total).toBeGreaterThan(first.result.total);
    expect((await loadPlanFacts(id)).facts.team.memberCount).toBe(1);
  });

  it("hands out frozen values, so no caller can change what the next request is served", async () => {
    const w = await createTeamWithProject();
    const { facts } = await loadPlanFacts(asId(w.project.id));
    expect(() => {
      (facts.team as { memberCount: number }).memberCount = 99;
    }).toThrow(TypeError);
    expect((await loadPlanFacts(asId(w.project.id))).facts.team.memberCount).toBe(0);
  });

  it("shows an investor the plan as it is now: a rename and a new risk appear at once, with a fresh generation time", async () => {
    const w = await createTeamWithProject();
    const id = asId(w.project.id);
    const first = await buildInvestorSummary(id);
    await db.project.update({ where: { id }, data: { name: "Atlas AI" } });
    await db.risk.create({ data: { projectId: id, title: "Model provider raises prices", category: "technical", likelihood: 4, impact: 4, score: 16 } });
    const second = await buildInvestorSummary(id);
    expect(second.project.name).toBe("Atlas AI");
    expect(second.risks.map((r) => r.title)).toEqual(["Model provider raises prices"]);
    expect(first.risks).toEqual([]);
    const third = await buildInvestorSummary(id);
    expect(Date.parse(third.generatedAt)).toBeGreaterThanOrEqual(Date.parse(second.generatedAt));
  });

  it("keys values by the day in UTC and in the plan's time zone, since 'overdue' and the forecast's month 1 move with it", () => {
    const state = { revision: 7, timeZone: "Asia/Shanghai" };
    const lateUtc = new Date("2026-12-31T20:00:00Z"); // already 1 January in Shanghai
    const nextUtcDay = new Date("2027-01-01T01:00:00Z");
    expect(revisionKey("facts", "p1", state, lateUtc)).toBe("facts:p1:7:2026-12-31:2027-01-01");
    expect(revisionKey("facts", "p1", state, nextUtcDay)).toBe("facts:p1:7:2027-01-01:2027-01-01");
    expect(revisionKey("facts", "p1", { ...state, revision: 8 }, lateUtc)).not.toBe(revisionKey("facts", "p1", state, lateUtc));
  });
});
