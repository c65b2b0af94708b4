import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import { createCommentAction, deleteCommentAction, loadThreadsAction, resolveCommentAction } from "@/lib/comments/actions";
import { countOpenThreadsByItem, countOpenThreadsBySection, listMentionsOf, loadThreads } from "@/lib/comments/data";
import { describeGateMatrix, type MatrixWorld } from "../support/authz-matrix";
import { countQueries } from "../support/query-count";
import { createTeamWithProject } from "../support/factories";
import { signInAs } from "./session";

function addComment(w: MatrixWorld, over: Partial<{ section: string; itemType: string; itemId: string; parentId: string; authorId: string; body: string; resolvedAt: Date }> = {}) {
  return db.comment.create({ data: { projectId: w.project.id, section: "risks", authorId: w.members.OWNER.id, body: "Is this likely?", ...over } });
}

describeGateMatrix("comment actions", [
  {
    name: "loadThreads",
    permission: "project.read",
    run: (w) => loadThreadsAction({ projectId: w.project.id, section: "risks" }),
  },
  {
    name: "createComment",
    permission: "comment.create",
    run: (w) => createCommentAction({ projectId: w.project.id, section: "risks", body: "Who owns this risk?" }),
  },
  {
    name: "resolveComment",
    permission: "comment.resolve",
    prepare: (w) => addComment(w),
    run: (w, c) => resolveCommentAction({ projectId: w.project.id, commentId: (c as { id: string }).id, resolved: true }),
  },
  {
    // Authors may delete their own comments; deleting someone else's is moderation (owners).
    name: "deleteComment (another member's)",
    permission: "comment.moderate",
    prepare: (w) => addComment(w),
    run: (w, c) => deleteCommentAction({ projectId: w.project.id, commentId: (c as { id: string }).id }),
  },
]);

describe("comments", () => {
  it("a commenter comments with an @mention; the mentioned editor sees it and resolves the thread", async () => {
    const w = await createTeamWithProject();
    await signInAs(w.members.COMMENTER);
    const created = await createCommentAction({ projectId: w.project.id, section: "overview", body: `@${w.members.EDITOR.name} can you check the pricing? cc @${w.members.COMMENTER.name}` });
    expect(created).toMatchObject({ ok: true, data: { section: "overview", isReply: false, mentioned: [w.members.EDITOR.id] } });
    if (!created.ok) return;

    const pid = w.project.id as AuthorizedProjectId;
    const mentions = await listMentionsOf(pid, w.members.EDITOR.id);
    expect(mentions).toMatchObject([{ id: created.data.id, threadId: created.data.id, resolved: false, section: "overview" }]);
    expect(await listMentionsOf(pid, w.members.COMMENTER.id)).toEqual([]); // self-mentions are not stored

    await signInAs(w.members.EDITOR);
    expect(await resolveCommentAction({ projectId: w.project.id, commentId: created.data.id, resolved: true })).toMatchObject({ ok: true });
    expect((await listMentionsOf(pid, w.members.EDITOR.id))[0].resolved).toBe(true);
    expect(await countOpenThreadsBySection(pid)).toEqual({});
    expect(await resolveCommentAction({ projectId: w.project.id, commentId: created.data.id, resolved: false })).toMatchObject({ ok: true });
    expect(await countOpenThreadsBySection(pid)).toEqual({ overview: 1 });
  });

  it("a viewer cannot comment: the server refuses and stores nothing", async () => {
    const w = await createTeamWithProject();
    await signInAs(w.members.VIEWER);
    expect(await createCommentAction({ projectId: w.project.id, section: "risks", body: `@${w.members.OWNER.name} hello` })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await db.comment.count({ where: { projectId: w.project.id } })).toBe(0);
    expect(await db.commentMention.count({ where: { projectId: w.project.id } })).toBe(0);
    const loaded = await loadThreadsAction({ projectId: w.project.id, section: "risks" });
    expect(loaded).toMatchObject({ ok: true, data: { viewer: { canComment: false, canResolve: false, canModerate: false } } });
  });

  it("files replies under the thread's first comment and anchor; resolving a reply resolves the thread", async () => {
    const w = await createTeamWithProject();
    const root = await addComment(w, { itemType: "risk", itemId: "risk-1" });
    await signInAs(w.members.EDITOR);
    const reply = await createCommentAction({ projectId: w.project.id, section: "overview", parentId: root.id, body: "Yes, see the data." });
    expect(reply).toMatchObject({ ok: true, data: { section: "risks", itemType: "risk", itemId: "risk-1", isReply: true } });
    if (!reply.ok) return;
    const replyToReply = await createCommentAction({ projectId: w.project.id, section: "risks", parentId: reply.data.id, body: "Thanks" });
    expect(replyToReply.ok).toBe(true);
    expect(await db.comment.count({ where: { parentId: root.id } })).toBe(2);
    await resolveCommentAction({ projectId: w.project.id, commentId: reply.data.id, resolved: true });
    expect((await db.comment.findUniqueOrThrow({ where: { id: root.id } })).resolvedAt).not.toBeNull();
  });

  it("never reaches into another project", async () => {
    const w = await createTeamWithProject();
    const other = await createTeamWithProject();
    const foreign = await addComment(other);
    await signInAs(w.members.OWNER);
    expect(await createCommentAction({ projectId: w.project.id, section: "risks", parentId: foreign.id, body: "hijack" })).toMatchObject({ ok: false, code: "notFound" });
    expect(await resolveCommentAction({ projectId: w.project.id, commentId: foreign.id, resolved: true })).toMatchObject({ ok: false, code: "notFound" });
    expect(await deleteCommentAction({ projectId: w.project.id, commentId: foreign.id })).toMatchObject({ ok: false, code: "notFound" });
    expect(await db.comment.findUniqueOrThrow({ where: { id: foreign.id } })).toMatchObject({ resolvedAt: null });
  });

  it("lets authors delete their own comments, with their replies", async () => {
    const w = await createTeamWithProject();
    const mine = await addComment(w, { authorId: w.members.COMMENTER.id });
    await addComment(w, { parentId: mine.id, authorId: w.members.EDITOR.id });
    await signInAs(w.members.COMMENTER);
    expect(await deleteCommentAction({ projectId: w.project.id, commentId: mine.id })).toMatchObject({ ok: true });
    expect(await db.comment.count({ where: { projectId: w.project.id } })).toBe(0);
  });

  it("refuses bad input with field errors and stores nothing", async () => {
    const w = await createTeamWithProject();
    await signInAs(w.members.EDITOR);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ section: "risks", body: "nul\u0000byte" }, "body", "invalid"],
      [{ section: "risks", body: "x".repeat(4001) }, "body", "tooLong"],
      [{ section: "risks", body: "   " }, "body", "required"],
      [{ section: "nowhere", body: "hi" }, "section", "invalidOption"],
      [{ section: "risks", itemType: "risk", body: "hi" }, "itemId", "required"],
      [{ section: "risks", itemType: "<b>", itemId: "1", body: "hi" }, "itemType", "invalidFormat"],
    ];
    for (const [input, field, code] of cases) {
      const result = await createCommentAction({ projectId: w.project.id, ...input });
      expect(result, JSON.stringify(input)).toMatchObject({ ok: false, code: "validation", fieldErrors: { [field]: { code } } });
    }
    expect(await db.comment.count({ where: { projectId: w.project.id } })).toBe(0);
  });

  it("counts open threads per section in one grouped query, and per item", async () => {
    const w = await createTeamWithProject();
    await addComment(w, { section: "risks" });
    await addComment(w, { section: "risks", itemType: "risk", itemId: "r1" });
    await addComment(w, { section: "risks", itemType: "risk", itemId: "r1" });
    await addComment(w, { section: "team", resolvedAt: new Date() });
    const root = await addComment(w, { section: "market" });
    await addComment(w, { section: "market", parentId: root.id });
    const pid = w.project.id as AuthorizedProjectId;
    const { result, queries } = await countQueries(() => countOpenThreadsBySection(pid));
    expect(result).toEqual({ risks: 3, market: 1 });
    expect(queries).toBe(1);
    expect(await countOpenThreadsByItem(pid, "risks", "risk")).toEqual({ r1: 2 });
  });

  it("loads a section's threads with the same number of queries for 3 and 200 threads", async () => {
    const small = await createTeamWithProject();
    const large = await createTeamWithProject();
    for (let i = 0; i < 3; i++) await addComment(small);
    await db.comment.createMany({ data: Array.from({ length: 200 }, (_, i) => ({ projectId: large.project.id, section: "risks", authorId: large.members.OWNER.id, body: `c${i}` })) });
    const roots = await db.comment.findMany({ where: { projectId: large.project.id }, take: 50 });
    await db.comment.createMany({ data: roots.map((r) => ({ projectId: large.project.id, section: "risks", parentId: r.id, authorId: large.members.EDITOR.id, body: "reply" })) });
    const a = await countQueries(() => loadThreads(small.project.id as AuthorizedProjectId, { section: "risks" }, false));
    const b = await countQueries(() => loadThreads(large.project.id as AuthorizedProjectId, { section: "risks" }, false));
    expect(a.result.threads).toHaveLength(3);
    expect(b.result.threads).toHaveLength(200);
    expect(b.queries).toBe(a.queries);
  });

  it("shows item threads on their item and all of a section's threads on the section", async () => {
    const w = await createTeamWithProject();
    await addComment(w, { body: "section-level" });
    await addComment(w, { itemType: "risk", itemId: "r1", body: "on r1" });
    await addComment(w, { itemType: "risk", itemId: "r2", body: "on r2" });
    await signInAs(w.members.VIEWER);
    const item = await loadThreadsAction({ projectId: w.project.id, section: "risks", itemType: "risk", itemId: "r1" });
    expect(item.ok && item.data.threads.map((t) => t.body)).toEqual(["on r1"]);
    const section = await loadThreadsAction({ projectId: w.project.id, section: "risks" });
    expect(section.ok && section.data.threads.map((t) => t.body)).toEqual(["section-level", "on r1", "on r2"]);
  });
});
