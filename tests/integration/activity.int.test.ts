import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import { listActivity } from "@/lib/activity/data";
import { createCommentAction, resolveCommentAction } from "@/lib/comments/actions";
import { archiveProjectAction, updateProjectAction } from "@/lib/projects/actions";
import { countQueries } from "../support/query-count";
import { createTeamWithProject } from "../support/factories";
import { signInAs } from "./session";

const details = { name: "Test plan", oneLiner: "A test plan", sector: "Legal", stage: "IDEA", currency: "USD" };
const rows = (projectId: string) => db.activity.findMany({ where: { projectId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });

describe("the activity log", () => {
  it("records each successful change exactly once, with who, where, what and which fields", async () => {
    const w = await createTeamWithProject();
    await signInAs(w.members.EDITOR);
    expect(await updateProjectAction({ projectId: w.project.id, version: 1, ...details, name: "Renamed", stage: "MVP" })).toMatchObject({ ok: true });
    expect(await updateProjectAction({ projectId: w.project.id, version: 2, ...details, name: "Renamed", stage: "MVP", sector: "LegalTech" })).toMatchObject({ ok: true });
    await signInAs(w.members.COMMENTER);
    const comment = await createCommentAction({ projectId: w.project.id, section: "risks", itemType: "risk", itemId: "r1", body: "Is this rated too low?" });
    if (!comment.ok) throw new Error(comment.code);
    await createCommentAction({ projectId: w.project.id, section: "risks", parentId: comment.data.id, body: "Agreed" });
    await resolveCommentAction({ projectId: w.project.id, commentId: comment.data.id, resolved: true });
    await signInAs(w.members.OWNER);
    await archiveProjectAction({ projectId: w.project.id, archived: true });

    const log = await rows(w.project.id);
    expect(log.map((r) => [r.actorId, r.section, r.verb, r.itemType, r.fields])).toEqual([
      [w.members.EDITOR.id, "overview", "updated", "project", ["name", "stage"]],
      [w.members.EDITOR.id, "overview", "updated", "project", ["sector"]],
      [w.members.COMMENTER.id, "risks", "commented", "risk", []],
      [w.members.COMMENTER.id, "risks", "replied", "risk", []],
      [w.members.COMMENTER.id, "risks", "resolved", "risk", []],
      [w.members.OWNER.id, "overview", "archived", "project", []],
    ]);
    expect(log[0].itemLabel).toBe("Renamed");
    expect(log[2]).toMatchObject({ itemId: "r1", itemLabel: "Is this rated too low?" });
  });

  it("records nothing for refused, invalid, conflicting or empty saves", async () => {
    const w = await createTeamWithProject();
    await signInAs(w.members.VIEWER);
    expect(await updateProjectAction({ projectId: w.project.id, version: 1, ...details, name: "Viewer edit" })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await createCommentAction({ projectId: w.project.id, section: "risks", body: "hi" })).toMatchObject({ ok: false, code: "forbidden" });
    await signInAs(w.members.EDITOR);
    expect(await updateProjectAction({ projectId: w.project.id, version: 1, ...details, name: "   " })).toMatchObject({ ok: false, code: "validation" });
    // A save that changes nothing writes nothing: the version stays, so it cannot make others' saves stale.
    expect(await updateProjectAction({ projectId: w.project.id, version: 1, ...details })).toMatchObject({ ok: true, data: { changed: [], version: 1 } });
    await db.project.update({ where: { id: w.project.id }, data: { version: 2 } }); // someone else saved
    expect(await updateProjectAction({ projectId: w.project.id, version: 1, ...details, name: "Stale" })).toMatchObject({ ok: false, code: "conflict" });
    await signInAs(null);
    expect(await updateProjectAction({ projectId: w.project.id, version: 2, ...details, name: "Anon" })).toMatchObject({ ok: false, code: "unauthenticated" });
    expect(await rows(w.project.id)).toEqual([]);
  });

  it("filters by person and section and pages through older entries with constant queries", async () => {
    const w = await createTeamWithProject();
    const pid = w.project.id as AuthorizedProjectId;
    const at = (i: number) => new Date(Date.UTC(2026, 10, 1, 9, i));
    await db.activity.createMany({
      data: Array.from({ length: 120 }, (_, i) => ({
        projectId: w.project.id,
        actorId: i % 2 ? w.members.EDITOR.id : w.members.OWNER.id,
        section: i % 3 ? "risks" : "team",
        verb: "created",
        createdAt: at(i),
      })),
    });
    const byEditor = await listActivity(pid, { person: w.members.EDITOR.id }, 100);
    expect(byEditor.entries).toHaveLength(60);
    expect(byEditor.entries.every((e) => e.actorId === w.members.EDITOR.id && e.actor?.name === w.members.EDITOR.name)).toBe(true);
    const team = await listActivity(pid, { section: "team", person: w.members.OWNER.id }, 100);
    expect(team.entries).toHaveLength(20); // i even and divisible by 3: 0, 6, …, 114

    const first = await listActivity(pid, {}, 50);
    expect(first.entries[0].createdAt).toEqual(at(119));
    expect(first.olderCursor).toBe(first.entries[49].id);
    const { result: second, queries } = await countQueries(() => listActivity(pid, { before: first.olderCursor! }, 50));
    expect(second.entries[0].createdAt).toEqual(at(69));
    const third = await listActivity(pid, { before: second.olderCursor! }, 50);
    expect(third.entries).toHaveLength(20);
    expect(third.olderCursor).toBeNull();
    // A plan with two entries pages the same way (its own cursor) in the same number of statements.
    const small = await createTeamWithProject();
    const smallId = small.project.id as AuthorizedProjectId;
    await db.activity.createMany({ data: [0, 1].map((i) => ({ projectId: small.project.id, actorId: small.members.OWNER.id, section: "team", verb: "created", createdAt: at(i) })) });
    const smallFirst = await listActivity(smallId, {}, 1);
    const { result: smallSecond, queries: smallQueries } = await countQueries(() => listActivity(smallId, { before: smallFirst.olderCursor! }, 50));
    expect(smallSecond.entries).toHaveLength(1);
    expect(smallQueries).toBe(queries);
  });

  it("never lists another project's activity, even through a foreign cursor", async () => {
    const w = await createTeamWithProject();
    const other = await createTeamWithProject();
    const foreign = await db.activity.create({ data: { projectId: other.project.id, section: "risks", verb: "created" } });
    const page = await listActivity(w.project.id as AuthorizedProjectId, { before: foreign.id });
    expect(page.entries).toEqual([]);
  });
});
