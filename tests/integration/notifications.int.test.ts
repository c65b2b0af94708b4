// Notifications: who is told about comments and share-link views, what the bell counts, and that
// opening or marking one only ever touches the recipient's own.
import { describe, expect, it } from "vitest";
import { GET as openRoute } from "@/app/notifications/open/[id]/route";
import { db } from "@/lib/db/client";
import { createCommentAction } from "@/lib/comments/actions";
import { markNotificationsReadAction } from "@/lib/notifications/actions";
import { countUnread, listNotifications } from "@/lib/notifications/data";
import { notify } from "@/lib/notifications/mutations";
import { createShareLink } from "@/lib/share/mutations";
import { noteShareView } from "@/lib/share/view-notice";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import { createTeamWithProject } from "../support/factories";
import { signInAs } from "./session";

const open = (id: string) => openRoute(new Request(`http://localhost:3000/notifications/open/${id}`), { params: Promise.resolve({ id }) });

describe("notifications", () => {
  it("a mention tells the mentioned member; a reply tells the thread's earlier writers, never the author", async () => {
    const w = await createTeamWithProject();
    await signInAs(w.members.COMMENTER);
    const first = await createCommentAction({ projectId: w.project.id, section: "risks", body: `@${w.members.EDITOR.name} is the GPU budget real?` });
    if (!first.ok) throw new Error(first.code);
    expect(await listNotifications(w.members.EDITOR.id)).toMatchObject([{ kind: "mention", actorName: w.members.COMMENTER.name, excerpt: `@${w.members.EDITOR.name} is the GPU budget real?`, readAt: null, project: { name: w.project.name } }]);
    expect(await countUnread(w.members.COMMENTER.id)).toBe(0);

    await signInAs(w.members.EDITOR);
    const reply = await createCommentAction({ projectId: w.project.id, section: "risks", parentId: first.data.id, body: "Yes, quoted last week." });
    expect(reply.ok).toBe(true);
    expect(await listNotifications(w.members.COMMENTER.id)).toMatchObject([{ kind: "reply", actorName: w.members.EDITOR.name, excerpt: "Yes, quoted last week." }]);
    // The editor wrote the reply: nothing new for them, and the owner took no part.
    expect(await countUnread(w.members.EDITOR.id)).toBe(1);
    expect(await countUnread(w.members.OWNER.id)).toBe(0);
  });

  it("a share link's creator is told of each new visit, not of a re-render seconds later", async () => {
    const w = await createTeamWithProject();
    const { token } = await createShareLink(w.project.id as AuthorizedProjectId, { label: "Fund A", mode: "LIVE", expiresAt: null, passcodeHash: null, createdById: w.members.OWNER.id, frozenSummary: null, frozenDocument: null, snapshotName: "Fund A" });
    const link = await db.shareLink.findFirstOrThrow({ where: { projectId: w.project.id } });
    expect(token).toBeTruthy();
    const at = (minutes: number) => new Date(Date.UTC(2026, 11, 6, 9, minutes));
    await noteShareView(link.id, at(0), "http://localhost:3000");
    await noteShareView(link.id, new Date(at(0).getTime() + 2_000), "http://localhost:3000");
    await noteShareView(link.id, at(30), "http://localhost:3000");
    const told = await listNotifications(w.members.OWNER.id);
    expect(told.map((n) => [n.kind, n.excerpt])).toEqual([
      ["linkViewed", "Fund A"],
      ["linkViewed", "Fund A"],
    ]);
  });

  it("the bell counts only plans the user can still open", async () => {
    const w = await createTeamWithProject();
    await notify([{ userId: w.members.VIEWER.id, projectId: w.project.id, kind: "mention", path: `/projects/${w.project.id}`, actorName: "Ana", excerpt: "hi" }]);
    expect(await countUnread(w.members.VIEWER.id)).toBe(1);
    await db.membership.deleteMany({ where: { teamId: w.team.id, userId: w.members.VIEWER.id } });
    expect(await countUnread(w.members.VIEWER.id)).toBe(0);
    expect(await listNotifications(w.members.VIEWER.id)).toEqual([]);
  });

  it("opening marks one read and goes to its page; someone else's or a foreign path goes to the list", async () => {
    const w = await createTeamWithProject();
    const path = `/projects/${w.project.id}/risks?comments=open#comment-x`;
    await notify([
      { userId: w.members.EDITOR.id, projectId: w.project.id, kind: "mention", path },
      { userId: w.members.EDITOR.id, projectId: w.project.id, kind: "mention", path: "//evil.test/phish" },
    ]);
    const [evil, mine] = await db.notification.findMany({ where: { userId: w.members.EDITOR.id }, orderBy: { path: "asc" } });

    await signInAs(w.members.VIEWER);
    const foreign = await open(mine.id);
    expect(foreign.headers.get("location")).toBe("/notifications");
    expect((await db.notification.findUniqueOrThrow({ where: { id: mine.id } })).readAt).toBeNull();

    await signInAs(w.members.EDITOR);
    const followed = await open(mine.id);
    expect(followed.status).toBe(303);
    expect(followed.headers.get("location")).toBe(path);
    expect((await db.notification.findUniqueOrThrow({ where: { id: mine.id } })).readAt).toBeInstanceOf(Date);
    expect((await open(evil.id)).headers.get("location")).toBe("/notifications");

    await signInAs(null);
    expect((await open(mine.id)).headers.get("location")).toBe("/signin");
  });

  it("mark all read touches only the caller's notifications", async () => {
    const w = await createTeamWithProject();
    await notify([
      { userId: w.members.EDITOR.id, projectId: w.project.id, kind: "mention", path: "/projects" },
      { userId: w.members.VIEWER.id, projectId: w.project.id, kind: "mention", path: "/projects" },
    ]);
    await signInAs(w.members.EDITOR);
    expect(await markNotificationsReadAction({ ids: "all" })).toEqual({ ok: true, data: { marked: 1 } });
    expect(await countUnread(w.members.EDITOR.id)).toBe(0);
    expect(await countUnread(w.members.VIEWER.id)).toBe(1);
    expect(await markNotificationsReadAction({ ids: "everything" })).toMatchObject({ ok: false, code: "validation" });
  });
});
