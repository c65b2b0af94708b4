"use server";
import { revalidatePath } from "next/cache";
import { projectAction, teamAction, userAction } from "@/lib/actions/define";
import { fail, ok } from "@/lib/actions/result";
import { findTeamMemberByEmail, getTeam } from "@/lib/members/data";
import { afterResponse } from "@/lib/email/later";
import { retryDueMail, sendMail } from "@/lib/email/mutations";
import { mailSettings } from "@/lib/email/settings";
import { appOrigin } from "@/lib/http/origin";
import { expiryFrom, invitationEmail, invitationPath, projectInvitationEmail } from "./model";
import { acceptInvitation, createInvitation, revokeInvitation } from "./mutations";
import { acceptInvitationSchema, createEmailInvitationSchema, createLinkInvitationSchema, createProjectInvitationSchema, revokeInvitationSchema } from "./schema";
import { findProjectMemberByEmail } from "./data";
import { getProject } from "@/lib/projects/data";

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
  const message = invitationEmail({ teamName: team.name, inviterName: access.user.name, role, link: `${await appOrigin()}${path}`, expiresAt: invitation.expiresAt });
  // Sent now so the inviter sees at once whether it went out; a failure stays in the outbox for retries.
  const settings = mailSettings(process.env);
  const sent = await sendMail({ senderId: access.user.id, invitationId: invitation.id, to: email, kind: "invitation", ...message }, settings);
  await afterResponse(() => retryDueMail(new Date(), settings));
  revalidatePath(`/teams/${access.teamId}`);
  return ok({ id: invitation.id, path, expiresAt: invitation.expiresAt.toISOString(), delivery: sent.status });
});

/** Invites one address to this plan only: accepting gives a role on the plan, never on the team. */
export const createProjectInvitationAction = projectAction(createProjectInvitationSchema, "project.manageMembers", async ({ role, expiresInDays, email }, access) => {
  if (await findProjectMemberByEmail(access.projectId, access.teamId, email)) return fail("alreadyMember", { fieldErrors: { email: { code: "alreadyMember" } } });
  const invitation = await createInvitation(access.teamId, access.user.id, { role, email, maxUses: 1, expiresAt: expiryFrom(new Date(), expiresInDays), projectId: access.projectId });
  const path = invitationPath(invitation.token);
  const project = await getProject(access.projectId);
  const message = projectInvitationEmail({ projectName: project.name, inviterName: access.user.name, role, link: `${await appOrigin()}${path}`, expiresAt: invitation.expiresAt });
  const settings = mailSettings(process.env);
  const sent = await sendMail({ senderId: access.user.id, invitationId: invitation.id, to: email, kind: "invitation", ...message }, settings);
  await afterResponse(() => retryDueMail(new Date(), settings));
  revalidatePath(`/projects/${access.projectId}/settings`);
  return ok({ id: invitation.id, path, expiresAt: invitation.expiresAt.toISOString(), delivery: sent.status });
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
  return ok({ teamId: outcome.teamId, projectId: outcome.projectId, alreadyMember: outcome.alreadyMember });
});
