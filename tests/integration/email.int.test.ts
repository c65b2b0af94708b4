// Mail through a real SMTP server on this machine: what is sent arrives, a refusal is kept and
// retried, a retry never sends twice, and each kind of notice reaches the right person.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createCommentAction } from "@/lib/comments/actions";
import { retryMailAction } from "@/lib/email/actions";
import { listOutbox } from "@/lib/email/data";
import { deliver, retryDueMail, sendMail } from "@/lib/email/mutations";
import { createEmailInvitationAction } from "@/lib/invitations/actions";
import { createShareLinkAction } from "@/lib/share/actions";
import { hashShareToken } from "@/lib/share/model";
import { noteShareView } from "@/lib/share/view-notice";
import { startMailCatcher, type MailCatcher } from "../support/mail-catcher";
import { createTeamWithProject, createUser } from "../support/factories";
import { signInAs } from "./session";

let catcher: MailCatcher;
const saved = { SMTP_URL: process.env.SMTP_URL, MAIL_FROM: process.env.MAIL_FROM };

beforeAll(async () => {
  catcher = await startMailCatcher();
  process.env.SMTP_URL = catcher.url;
  process.env.MAIL_FROM = "Launchpad <pad@launchpad.test>";
});
afterAll(async () => {
  Object.assign(process.env, saved);
  if (saved.SMTP_URL === undefined) delete process.env.SMTP_URL;
  if (saved.MAIL_FROM === undefined) delete process.env.MAIL_FROM;
  await catcher.close();
});
beforeEach(() => {
  catcher.received.length = 0;
  catcher.rejecting = false;
});

const addresses = (mail: MailCatcher["received"][number]) => [mail.to].flat().flatMap((to) => to?.value.map((a) => a.address) ?? []);

describe("mail through SMTP", () => {
  it("delivers an email invitation with its link, and the outbox says it was sent", async () => {
    const w = await createTeamWithProject();
    const invitee = await createUser("Invitee");
    await signInAs(w.members.OWNER);
    const created = await createEmailInvitationAction({ teamId: w.team.id, role: "EDITOR", expiresInDays: 7, email: invitee.email });
    expect(created).toMatchObject({ ok: true, data: { delivery: "sent" } });
    if (!created.ok) return;

    expect(catcher.received).toHaveLength(1);
    const [mail] = catcher.received;
    expect(addresses(mail)).toEqual([invitee.email]);
    expect(mail.from?.value).toEqual([{ name: "Launchpad", address: "pad@launchpad.test" }]);
    expect(mail.subject).toContain(`invited you to ${w.team.name}`);
    expect(mail.text).toContain(`http://localhost:3000${created.data.path}`);

    const [stored] = await listOutbox(w.members.OWNER.id);
    expect(stored).toMatchObject({ status: "sent", attempts: 1, lastError: null, kind: "invitation" });
    expect(stored.sentAt).toBeInstanceOf(Date);
  });

  it("keeps a refused message with the server's answer, waits before retrying, then delivers it", async () => {
    const w = await createTeamWithProject();
    catcher.rejecting = true;
    const sent = await sendMail({ senderId: w.members.OWNER.id, to: "someone@example.test", subject: "Hello", body: "Body", kind: "account" });
    expect(sent.status).toBe("failed");
    const failed = await db.outboxMessage.findUniqueOrThrow({ where: { id: sent.id } });
    expect(failed).toMatchObject({ status: "failed", attempts: 1 });
    expect(failed.lastError).toContain("451");

    catcher.rejecting = false;
    // The backoff after one failure is a minute: not yet after 30 seconds.
    expect(await retryDueMail(new Date(failed.updatedAt.getTime() + 30_000))).toBe(0);
    expect(catcher.received).toHaveLength(0);
    expect(await retryDueMail(new Date(failed.updatedAt.getTime() + 61_000))).toBeGreaterThanOrEqual(1);
    expect(catcher.received.map((m) => m.subject)).toContain("Hello");
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: sent.id } })).toMatchObject({ status: "sent", attempts: 2, lastError: null });
  });

  it("lets only the sender retry a failed message now", async () => {
    const w = await createTeamWithProject();
    catcher.rejecting = true;
    const sent = await sendMail({ senderId: w.members.OWNER.id, to: "someone@example.test", subject: "Retry me", body: "Body", kind: "account" });
    catcher.rejecting = false;

    await signInAs(w.members.EDITOR);
    expect(await retryMailAction({ messageId: sent.id })).toMatchObject({ ok: false, code: "notFound" });
    expect(catcher.received).toHaveLength(0);
    await signInAs(w.members.OWNER);
    expect(await retryMailAction({ messageId: sent.id })).toEqual({ ok: true, data: { status: "sent" } });
    expect(catcher.received.map((m) => m.subject)).toEqual(["Retry me"]);
  });

  it("sends a message once when two servers retry it at the same moment", async () => {
    const w = await createTeamWithProject();
    catcher.rejecting = true;
    const sent = await sendMail({ senderId: w.members.OWNER.id, to: "once@example.test", subject: "Only once", body: "Body", kind: "account" });
    catcher.rejecting = false;
    const outcomes = await Promise.all([deliver(sent.id), deliver(sent.id), deliver(sent.id)]);
    expect(outcomes.filter((o) => o === "sent").length).toBeGreaterThanOrEqual(1);
    expect(catcher.received.filter((m) => m.subject === "Only once")).toHaveLength(1);
  });

  it("emails a member mentioned in a comment, with a link to the thread; the author is not mailed", async () => {
    const w = await createTeamWithProject();
    await signInAs(w.members.COMMENTER);
    const created = await createCommentAction({ projectId: w.project.id, section: "risks", body: `@${w.members.EDITOR.name} is <b>this</b> priced in? cc @${w.members.COMMENTER.name}` });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect(catcher.received).toHaveLength(1);
    const [mail] = catcher.received;
    expect(addresses(mail)).toEqual([w.members.EDITOR.email]);
    expect(mail.subject).toBe(`${w.members.COMMENTER.name} mentioned you in ${w.project.name} / 在 Launchpad 中提到了你`);
    expect(mail.text).toContain("is <b>this</b> priced in?");
    expect(mail.text).toContain(`http://localhost:3000/projects/${w.project.id}/risks?comments=open#comment-${created.data.id}`);
  });

  it("tells a share link's creator about its first view only", async () => {
    const w = await createTeamWithProject();
    await signInAs(w.members.OWNER);
    const link = await createShareLinkAction({ projectId: w.project.id, label: "Fund A", mode: "LIVE", expiresOn: "", passcode: "" });
    if (!link.ok) throw new Error(link.code);
    const token = link.data.path.split("/share/")[1];
    const { id } = await db.shareLink.findUniqueOrThrow({ where: { tokenHash: hashShareToken(token) } });

    await noteShareView(id, new Date("2026-12-06T04:00:00Z"), "https://pad.test");
    await noteShareView(id, new Date("2026-12-06T05:00:00Z"), "https://pad.test");
    expect(catcher.received).toHaveLength(1);
    const [mail] = catcher.received;
    expect(addresses(mail)).toEqual([w.members.OWNER.email]);
    expect(mail.text).toContain(`Someone opened your share link "Fund A" for "${w.project.name}" for the first time`);
    expect(mail.text).toContain(`https://pad.test/projects/${w.project.id}/sharing`);
    expect((await db.shareLink.findUniqueOrThrow({ where: { id } })).viewCount).toBe(2);
  });
});
