"use server";
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { teamAction, userAction } from "@/lib/actions/define";
import { fail, ok } from "@/lib/actions/result";
import { findTeamMemberByEmail, getTeam } from "@/lib/members/data";
import { expiryFrom, invitationEmail, invitationPath, mailDelivery } from "./model";
import { acceptInvitation, createInvitation, recordOutboxMessage, revokeInvitation } from "./mutations";
import { acceptInvitationSchema, createEmailInvitationSchema, createLinkInvitationSchema, revokeInvitationSchema } from "./schema";

/** The address the app is reached at, for links in mail. */
async function origin(): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? "http";
  return `${proto}://${host}`;
}

export const createLinkInvitationAction = teamAction(createLinkInvitationSchema, "team.manageMembers", async ({ role, expiresInDays, usage }, access) => {
  const invitation = await createInvitation(access.teamId, access.user.id, {
    role,
    email: null,
    maxUses: usage === "single" ? 1 : null,
    expiresAt: expiryFrom(new Date(), expiresInDays),
  });
  revalidatePath(`/teams/${access.teamId}`);
  return ok({ id: invitation.id, path: invitationPath(invitation.token), expiresAt: invitation.expiresAt.toISOString() });
});

export const createEmailInvitationAction = teamAction(createEmailInvitationSchema, "team.manageMembers", async ({ role, expiresInDays, email }, access) => {
  if (await findTeamMemberByEmail(access.teamId, email)) return fail("alreadyMember", { fieldErrors: { email: { code: "alreadyMember" } } });
  const invitation = await createInvitation(access.teamId, access.user.id, { role, email, maxUses: 1, expiresAt: expiryFrom(new Date(), expiresInDays) });
  const path = invitationPath(invitation.token);
  const team = await getTeam(access.teamId);
  const message = invitationEmail({ teamName: team.name, inviterName: access.user.name, role, link: `${await origin()}${path}`, expiresAt: invitation.expiresAt });
  // No mail transport ships in this build: the message is always recorded (see mailDelivery).
  await recordOutboxMessage({ senderId: access.user.id, invitationId: invitation.id, to: email, ...message });
  revalidatePath(`/teams/${access.teamId}`);
  return ok({ id: invitation.id, path, expiresAt: invitation.expiresAt.toISOString(), delivery: mailDelivery(process.env) });
});

export const revokeInvitationAction = teamAction(revokeInvitationSchema, "team.manageMembers", async ({ invitationId }, access) => {
  if (!(await revokeInvitation(access.teamId, invitationId, new Date()))) return fail("notFound");
  revalidatePath(`/teams/${access.teamId}`);
  return ok({ revoked: true });
});

export const acceptInvitationAction = userAction(acceptInvitationSchema, async ({ token }, user) => {
  const outcome = await acceptInvitation(token, user, new Date());
  if (!outcome.ok) return fail(outcome.code);
  revalidatePath("/projects");
  return ok({ teamId: outcome.teamId, alreadyMember: outcome.alreadyMember });
});
