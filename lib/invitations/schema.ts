import { z } from "zod";
import { emailField, idField } from "@/lib/validation/fields";

/** Roles an invitation may grant. Ownership is given to an existing member (role change or transfer). */
export const INVITABLE_ROLES = ["EDITOR", "COMMENTER", "VIEWER"] as const;
export const EXPIRY_DAYS = [1, 7, 30] as const;
export const LINK_USAGES = ["single", "multi"] as const;

const expiresInDays = z.coerce.number().refine((d) => (EXPIRY_DAYS as readonly number[]).includes(d), { message: "invalidOption" });

export const createLinkInvitationSchema = z.object({
  teamId: idField,
  role: z.enum(INVITABLE_ROLES),
  expiresInDays,
  usage: z.enum(LINK_USAGES),
});

export const createEmailInvitationSchema = z.object({
  teamId: idField,
  role: z.enum(INVITABLE_ROLES),
  expiresInDays,
  email: emailField,
});

/** An invitation to one project only (by email): the invitee gets a role on that plan, not the team. */
export const createProjectInvitationSchema = z.object({
  projectId: idField,
  role: z.enum(INVITABLE_ROLES),
  expiresInDays,
  email: emailField,
});

export const revokeInvitationSchema = z.object({ teamId: idField, invitationId: idField });

/** 32 random bytes, base64url: 43 characters. */
export const invitationTokenField = z.string().regex(/^[A-Za-z0-9_-]{43}$/, { message: "invalidFormat" });
export const acceptInvitationSchema = z.object({ token: invitationTokenField });
