import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { AuthorizedTeamId } from "@/lib/authz/gate";
import { listOutbox } from "@/lib/email/data";
import { acceptInvitationAction, createEmailInvitationAction, createLinkInvitationAction, revokeInvitationAction } from "@/lib/invitations/actions";
import { hashInvitationToken } from "@/lib/invitations/model";
import { createInvitation } from "@/lib/invitations/mutations";
import { describeGateMatrix } from "../support/authz-matrix";
import { createTeamWithProject, createUser } from "../support/factories";
import { signInAs } from "./session";

const tokenOf = (path: string) => path.split("/invite/")[1];

async function linkInvitation(teamId: string, over: Partial<{ role: "EDITOR" | "VIEWER"; maxUses: number | null; expiresAt: Date; email: string | null }> = {}) {
  const owner = await db.membership.findFirstOrThrow({ where: { teamId, role: "OWNER" } });
  return createInvitation(teamId as AuthorizedTeamId, owner.userId, { role: "EDITOR", email: null, maxUses: 1, expiresAt: new Date(Date.now() + 86_400_000), ...over });
}

describeGateMatrix("invitation actions", [
  {
    name: "createLinkInvitation",
    permission: "team.manageMembers",
    run: (w) => createLinkInvitationAction({ teamId: w.team.id, role: "EDITOR", expiresInDays: 7, usage: "single" }),
  },
  {
    name: "createEmailInvitation",
    permission: "team.manageMembers",
    run: (w) => createEmailInvitationAction({ teamId: w.team.id, role: "VIEWER", expiresInDays: 1, email: "new.person@example.test" }),
  },
  {
    name: "revokeInvitation",
    permission: "team.manageMembers",
    prepare: (w) => linkInvitation(w.team.id),
    run: (w, inv) => revokeInvitationAction({ teamId: w.team.id, invitationId: (inv as { id: string }).id }),
  },
]);

describe("accepting an invitation", () => {
  it("joins the team with the invited role, by link, after signing in", async () => {
    const w = await createTeamWithProject();
    await signInAs(w.members.OWNER);
    const created = await createLinkInvitationAction({ teamId: w.team.id, role: "EDITOR", expiresInDays: 7, usage: "single" });
    if (!created.ok) throw new Error(created.code);
    const joiner = await createUser("Joiner");
    await signInAs(null);
    expect(await acceptInvitationAction({ token: tokenOf(created.data.path) })).toMatchObject({ ok: false, code: "unauthenticated" });
    await signInAs(joiner);
    expect(await acceptInvitationAction({ token: tokenOf(created.data.path) })).toEqual({ ok: true, data: { teamId: w.team.id, projectId: null, alreadyMember: false } });
    expect(await db.membership.findUniqueOrThrow({ where: { teamId_userId: { teamId: w.team.id, userId: joiner.id } } })).toMatchObject({ role: "EDITOR" });
  });

  it("stores only the SHA-256 hash of a 256-bit token", async () => {
    const w = await createTeamWithProject();
    await signInAs(w.members.OWNER);
    const created = await createLinkInvitationAction({ teamId: w.team.id, role: "VIEWER", expiresInDays: 1, usage: "multi" });
    if (!created.ok) throw new Error(created.code);
    const token = tokenOf(created.data.path);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    const row = await db.invitation.findUniqueOrThrow({ where: { id: created.data.id } });
    expect(row.tokenHash).toBe(hashInvitationToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
  });

  it("lets a single-use link be used once, and a multi-use link by several people", async () => {
    const w = await createTeamWithProject();
    const single = await linkInvitation(w.team.id, { maxUses: 1 });
    const multi = await linkInvitation(w.team.id, { maxUses: null, role: "VIEWER" });
    const [a, b] = [await createUser("A"), await createUser("B")];
    await signInAs(a);
    expect(await acceptInvitationAction({ token: single.token })).toMatchObject({ ok: true });
    expect(await acceptInvitationAction({ token: multi.token })).toMatchObject({ ok: true, data: { alreadyMember: true } });
    await signInAs(b);
    expect(await acceptInvitationAction({ token: single.token })).toMatchObject({ ok: false, code: "invitationUsedUp" });
    expect(await acceptInvitationAction({ token: multi.token })).toMatchObject({ ok: true, data: { alreadyMember: false } });
    expect(await db.invitation.findUniqueOrThrow({ where: { id: multi.id } })).toMatchObject({ uses: 1 });
  });

  it("refuses a revoked, expired, unknown or malformed invitation and changes nothing", async () => {
    const w = await createTeamWithProject();
    const revoked = await linkInvitation(w.team.id);
    const expired = await linkInvitation(w.team.id, { expiresAt: new Date(Date.now() - 1000) });
    await signInAs(w.members.OWNER);
    expect(await revokeInvitationAction({ teamId: w.team.id, invitationId: revoked.id })).toMatchObject({ ok: true });
    expect(await revokeInvitationAction({ teamId: w.team.id, invitationId: revoked.id })).toMatchObject({ ok: false, code: "notFound" });
    const joiner = await createUser("Late");
    await signInAs(joiner);
    expect(await acceptInvitationAction({ token: revoked.token })).toMatchObject({ ok: false, code: "invitationRevoked" });
    expect(await acceptInvitationAction({ token: expired.token })).toMatchObject({ ok: false, code: "invitationExpired" });
    expect(await acceptInvitationAction({ token: "A".repeat(43) })).toMatchObject({ ok: false, code: "notFound" });
    expect(await acceptInvitationAction({ token: "short" })).toMatchObject({ ok: false, code: "validation", fieldErrors: { token: { code: "invalidFormat" } } });
    expect(await db.membership.count({ where: { userId: joiner.id, teamId: w.team.id } })).toBe(0);
    expect(await db.invitation.findUniqueOrThrow({ where: { id: revoked.id } })).toMatchObject({ uses: 0 });
  });

  it("cannot revoke another team's invitation", async () => {
    const w = await createTeamWithProject();
    const other = await createTeamWithProject();
    const foreign = await linkInvitation(other.team.id);
    await signInAs(w.members.OWNER);
    expect(await revokeInvitationAction({ teamId: w.team.id, invitationId: foreign.id })).toMatchObject({ ok: false, code: "notFound" });
    expect((await db.invitation.findUniqueOrThrow({ where: { id: foreign.id } })).revokedAt).toBeNull();
  });

  it("binds an email invitation to its address and records it, sealed, in the sender's outbox", async () => {
    const w = await createTeamWithProject();
    const invitee = await createUser("Invitee");
    await signInAs(w.members.OWNER);
    const created = await createEmailInvitationAction({ teamId: w.team.id, role: "COMMENTER", expiresInDays: 30, email: invitee.email.toUpperCase() });
    if (!created.ok) throw new Error(created.code);
    expect(created.data.delivery).toBe("kept");
    const token = tokenOf(created.data.path);
    const stored = await db.outboxMessage.findFirstOrThrow({ where: { invitationId: created.data.id } });
    expect(stored.to).toBe(invitee.email);
    expect(stored.sealedBody).not.toContain(token);
    const [message] = await listOutbox(w.members.OWNER.id);
    expect(message.body).toContain(`http://localhost:3000/invite/${token}`);
    expect(await listOutbox(w.members.EDITOR.id)).toEqual([]);

    const stranger = await createUser("Stranger");
    await signInAs(stranger);
    expect(await acceptInvitationAction({ token })).toMatchObject({ ok: false, code: "invitationWrongEmail" });
    await signInAs(invitee);
    expect(await acceptInvitationAction({ token })).toMatchObject({ ok: true });
    expect(await db.membership.findUniqueOrThrow({ where: { teamId_userId: { teamId: w.team.id, userId: invitee.id } } })).toMatchObject({ role: "COMMENTER" });
  });

  it("says when the address already belongs to a member", async () => {
    const w = await createTeamWithProject();
    await signInAs(w.members.OWNER);
    expect(await createEmailInvitationAction({ teamId: w.team.id, role: "VIEWER", expiresInDays: 7, email: w.members.EDITOR.email })).toMatchObject({
      ok: false,
      code: "alreadyMember",
    });
  });

  it("does not change the role of someone already in the team", async () => {
    const w = await createTeamWithProject();
    const inv = await linkInvitation(w.team.id, { role: "VIEWER", maxUses: 1 });
    await signInAs(w.members.EDITOR);
    expect(await acceptInvitationAction({ token: inv.token })).toMatchObject({ ok: true, data: { alreadyMember: true } });
    expect(await db.membership.findUniqueOrThrow({ where: { teamId_userId: { teamId: w.team.id, userId: w.members.EDITOR.id } } })).toMatchObject({ role: "EDITOR" });
    expect(await db.invitation.findUniqueOrThrow({ where: { id: inv.id } })).toMatchObject({ uses: 0 });
  });

  it("refuses bad input with field errors and creates nothing", async () => {
    const w = await createTeamWithProject();
    await signInAs(w.members.OWNER);
    const link = await createLinkInvitationAction({ teamId: w.team.id, role: "OWNER", expiresInDays: 3, usage: "forever" });
    expect(link).toMatchObject({
      ok: false,
      code: "validation",
      fieldErrors: { role: { code: "invalidOption" }, expiresInDays: { code: "invalidOption" }, usage: { code: "invalidOption" } },
    });
    const email = await createEmailInvitationAction({ teamId: w.team.id, role: "EDITOR", expiresInDays: 7, email: "<b>x</b>@example.test" });
    expect(email).toMatchObject({ ok: false, code: "validation", fieldErrors: { email: { code: "invalidEmail" } } });
    expect(await db.invitation.count({ where: { teamId: w.team.id } })).toBe(0);
  });

  it("lets only one of two simultaneous acceptances take a single-use link", async () => {
    const w = await createTeamWithProject();
    const inv = await linkInvitation(w.team.id, { maxUses: 1 });
    const [a, b] = [await createUser("Racer A"), await createUser("Racer B")];
    const { acceptInvitation } = await import("@/lib/invitations/mutations");
    // A's acceptance is in flight: it has claimed the use and joined, but not committed yet.
    let claimed!: () => void;
    const started = new Promise<void>((resolve) => (claimed = resolve));
    const first = db.$transaction(async (tx) => {
      await tx.invitation.update({ where: { id: inv.id }, data: { uses: { increment: 1 } } });
      await tx.membership.create({ data: { teamId: w.team.id, userId: a.id, role: "EDITOR" } });
      claimed();
      await new Promise((r) => setTimeout(r, 300));
    });
    await started;
    // B still reads "0 uses" until A commits; only the compare-and-set on `uses` stops a second join.
    expect(await acceptInvitation(inv.token, b, new Date())).toEqual({ ok: false, code: "invitationUsedUp" });
    await first;
    expect(await db.invitation.findUniqueOrThrow({ where: { id: inv.id } })).toMatchObject({ uses: 1 });
    expect(await db.membership.count({ where: { teamId: w.team.id, userId: { in: [a.id, b.id] } } })).toBe(1);
  });
});
