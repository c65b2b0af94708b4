// Version history: who may save, restore, copy and import (every action in a gate matrix), and what
// a restore does — a BEFORE_RESTORE snapshot first, then the snapshot's plan, in one transaction.
import { describe, expect, it, vi } from "vitest";
import { db, Prisma } from "@/lib/db/client";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import { readPlanDocument } from "@/lib/plan-document/data";
import { importPlanFile } from "@/lib/plan-document/import";
import { createProjectFromDocument } from "@/lib/plan-document/mutations";
import { fullPlan, fullPlanInput } from "@/lib/plan-document/test-plans";
import { updateProjectAction } from "@/lib/projects/actions";
import { createSnapshotAction, duplicateSnapshotAction, restoreSnapshotAction } from "@/lib/snapshots/actions";
import { describeGateMatrix, type MatrixWorld } from "../support/authz-matrix";
import { createTeamWithProject } from "../support/factories";
import { signInAs } from "./session";

vi.setConfig({ testTimeout: 120_000 });

const read = (projectId: string) => readPlanDocument(projectId as AuthorizedProjectId);

/** A snapshot of the world's project as it is now, made directly in the database. */
async function snapshotOf(world: MatrixWorld, name = "Before pitch") {
  const document = await read(world.project.id);
  return db.planSnapshot.create({
    data: { projectId: world.project.id, name, kind: "MANUAL", summary: {}, document: document as Prisma.InputJsonValue, createdById: world.members.OWNER.id },
  });
}

/** A world whose project holds the full sample plan (team, risks, milestones, …). */
async function filledWorld() {
  const world = await createTeamWithProject();
  const filled = await createProjectFromDocument(world.team.id as never, fullPlan(), { now: new Date() });
  return { ...world, project: await db.project.findUniqueOrThrow({ where: { id: filled.id } }) };
}

describeGateMatrix("version history actions", [
  { name: "createSnapshot", permission: "snapshot.create", run: (w) => createSnapshotAction({ projectId: w.project.id, name: "Week 12" }) },
  {
    name: "restoreSnapshot",
    permission: "snapshot.restore",
    prepare: (w) => snapshotOf(w),
    run: (w, snapshot) => restoreSnapshotAction({ projectId: w.project.id, snapshotId: (snapshot as { id: string }).id }),
  },
  {
    name: "duplicateSnapshot",
    permission: "plan.import",
    prepare: (w) => snapshotOf(w),
    run: (w, snapshot) => duplicateSnapshotAction({ projectId: w.project.id, snapshotId: (snapshot as { id: string }).id, name: "Pivot" }),
  },
  { name: "importPlan", permission: "plan.import", run: (w) => importPlanFile(w.team.id, JSON.stringify(fullPlanInput())) },
]);

describe("a VIEWER", () => {
  it("can neither restore nor import, and nothing changes", async () => {
    const world = await filledWorld();
    const snapshot = await snapshotOf(world);
    await db.project.update({ where: { id: world.project.id }, data: { oneLiner: "Changed since" } });
    const projects = await db.project.count();
    await signInAs(world.members.VIEWER);
    expect(await restoreSnapshotAction({ projectId: world.project.id, snapshotId: snapshot.id })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await importPlanFile(world.team.id, JSON.stringify(fullPlanInput()))).toMatchObject({ ok: false, code: "forbidden" });
    expect(await duplicateSnapshotAction({ projectId: world.project.id, snapshotId: snapshot.id, name: "Copy" })).toMatchObject({ ok: false, code: "forbidden" });
    expect((await read(world.project.id)).project.oneLiner).toBe("Changed since");
    expect(await db.project.count()).toBe(projects);
    expect(await db.planSnapshot.count({ where: { projectId: world.project.id } })).toBe(1);
  });
});

describe("restoring a snapshot", () => {
  it("brings back the old plan after saving the current one as a BEFORE_RESTORE snapshot", async () => {
    const world = await filledWorld();
    await signInAs(world.members.EDITOR);
    const saved = await createSnapshotAction({ projectId: world.project.id, name: "Before pitch" });
    if (!saved.ok) throw new Error(saved.code);
    const original = await read(world.project.id);

    // The plan changes: details, a risk deleted, a member added, the strategy rewritten.
    await updateProjectAction({ projectId: world.project.id, version: world.project.version, ...original.project, oneLiner: "Now for hospitals" });
    await db.risk.deleteMany({ where: { projectId: world.project.id, title: "Model API price rises" } });
    await db.teamMember.create({ data: { projectId: world.project.id, name: "New Hire" } });
    await db.teamStrategy.update({ where: { projectId: world.project.id }, data: { bonus: "Stock only", version: { increment: 1 } } });
    const changed = await read(world.project.id);
    const strategyVersion = (await db.teamStrategy.findUniqueOrThrow({ where: { projectId: world.project.id } })).version;
    const oldRiskIds = (await db.risk.findMany({ where: { projectId: world.project.id }, select: { id: true } })).map((r) => r.id);

    const restored = await restoreSnapshotAction({ projectId: world.project.id, snapshotId: saved.data.id });
    expect(restored).toMatchObject({ ok: true, data: { name: "Before pitch" } });
    expect(JSON.stringify(await read(world.project.id))).toBe(JSON.stringify(original));

    const backup = await db.planSnapshot.findFirstOrThrow({ where: { projectId: world.project.id, kind: "BEFORE_RESTORE" } });
    expect(backup).toMatchObject({ name: "Before pitch", createdById: world.members.EDITOR.id });
    expect(backup.document).toEqual(JSON.parse(JSON.stringify(changed)));
    // Rows are new (stale editors get "not found"); one-per-project records move to a new version.
    expect(await db.risk.count({ where: { id: { in: oldRiskIds } } })).toBe(0);
    expect((await db.teamStrategy.findUniqueOrThrow({ where: { projectId: world.project.id } })).version).toBe(strategyVersion + 1);
    expect((await db.teamCost.findUniqueOrThrow({ where: { projectId: world.project.id } })).memberMonthlyCost).toBe(17_000);
    // The change is in the activity log, and snapshots, comments and share links are untouched.
    expect(await db.activity.count({ where: { projectId: world.project.id, section: "history", verb: "restored" } })).toBe(1);
    expect(await db.planSnapshot.count({ where: { projectId: world.project.id } })).toBe(2);

    // The restore itself can be undone from its BEFORE_RESTORE snapshot.
    await restoreSnapshotAction({ projectId: world.project.id, snapshotId: backup.id });
    expect((await read(world.project.id)).project.oneLiner).toBe("Now for hospitals");
  });

  it("changes nothing when the write fails half-way", async () => {
    const world = await filledWorld();
    const doc = fullPlan();
    doc.compliance.items[1].title = FAILING_TITLE;
    const snapshot = await db.planSnapshot.create({ data: { projectId: world.project.id, name: "Bad", kind: "MANUAL", summary: {}, document: doc as Prisma.InputJsonValue } });
    await db.project.update({ where: { id: world.project.id }, data: { oneLiner: "Current" } });
    const before = JSON.stringify(await read(world.project.id));
    await signInAs(world.members.OWNER);
    const result = await withFailingInsert(() => restoreSnapshotAction({ projectId: world.project.id, snapshotId: snapshot.id }));
    expect(result).toMatchObject({ ok: false, code: "internal" });
    expect(JSON.stringify(await read(world.project.id))).toBe(before);
    expect(await db.planSnapshot.count({ where: { projectId: world.project.id, kind: "BEFORE_RESTORE" } })).toBe(0);
  });

  it("only restores this project's snapshots, and refuses one whose document cannot be read", async () => {
    const [a, b] = [await createTeamWithProject(), await createTeamWithProject()];
    const foreign = await snapshotOf(b);
    await signInAs(a.members.OWNER);
    expect(await restoreSnapshotAction({ projectId: a.project.id, snapshotId: foreign.id })).toMatchObject({ ok: false, code: "notFound" });
    expect(await duplicateSnapshotAction({ projectId: a.project.id, snapshotId: foreign.id, name: "Stolen" })).toMatchObject({ ok: false, code: "notFound" });

    const legacy = await db.planSnapshot.create({ data: { projectId: a.project.id, name: "Old link", kind: "SHARE_LINK", summary: {} } });
    expect(await restoreSnapshotAction({ projectId: a.project.id, snapshotId: legacy.id })).toMatchObject({ ok: false, code: "snapshotUnreadable" });
  });
});

describe("duplicating a snapshot", () => {
  it("creates a new project of the same team with the snapshot's plan, leaving this one alone", async () => {
    const world = await filledWorld();
    const snapshot = await snapshotOf(world, "Pivot base");
    await db.project.update({ where: { id: world.project.id }, data: { oneLiner: "Moved on" } });
    await signInAs(world.members.EDITOR);
    const result = await duplicateSnapshotAction({ projectId: world.project.id, snapshotId: snapshot.id, name: "ClinicNote for dentists" });
    if (!result.ok) throw new Error(result.code);
    const copy = await db.project.findUniqueOrThrow({ where: { id: result.data.projectId } });
    expect(copy.teamId).toBe(world.team.id);
    const copied = await read(copy.id);
    const expected = snapshot.document as { project: { name: string } };
    expect(copied).toEqual({ ...expected, project: { ...expected.project, name: "ClinicNote for dentists" } });
    expect((await read(world.project.id)).project.oneLiner).toBe("Moved on");
  });

  it("refuses an over-long name and creates nothing", async () => {
    const world = await createTeamWithProject();
    const snapshot = await snapshotOf(world);
    const projects = await db.project.count();
    await signInAs(world.members.OWNER);
    expect(await duplicateSnapshotAction({ projectId: world.project.id, snapshotId: snapshot.id, name: "x".repeat(121) })).toMatchObject({
      ok: false,
      code: "validation",
      fieldErrors: { name: { code: "tooLong", values: { max: 80 } } },
    });
    expect(await db.project.count()).toBe(projects);
  });
});

const FAILING_TITLE = "Refused by a test trigger";
/** A database failure in the middle of a whole-plan write: a trigger refuses one compliance title. */
async function withFailingInsert<T>(run: () => Promise<T>): Promise<T> {
  await db.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION test_refuse_insert() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'refused by test'; END $$ LANGUAGE plpgsql`);
  await db.$executeRawUnsafe(`CREATE TRIGGER test_refuse_insert BEFORE INSERT ON "ComplianceItem" FOR EACH ROW WHEN (NEW.title = '${FAILING_TITLE}') EXECUTE FUNCTION test_refuse_insert()`);
  try {
    return await run();
  } finally {
    await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS test_refuse_insert ON "ComplianceItem"`);
  }
}
