// Invitations: status, acceptance rules, token hashing and how mail is delivered. Pure; time and
// environment are passed in.
import { createHash } from "node:crypto";

const DAY_MS = 24 * 60 * 60 * 1000;

export type InvitationState = { revokedAt: Date | null; expiresAt: Date; uses: number; maxUses: number | null };
export type InvitationStatus = "active" | "revoked" | "expired" | "usedUp";

export function invitationStatus(invitation: InvitationState, now: Date): InvitationStatus {
  if (invitation.revokedAt) return "revoked";
  if (invitation.expiresAt.getTime() <= now.getTime()) return "expired";
  if (invitation.maxUses !== null && invitation.uses >= invitation.maxUses) return "usedUp";
  return "active";
}

export function expiryFrom(now: Date, days: number): Date {
  return new Date(now.getTime() + days * DAY_MS);
}

const STATUS_PROBLEM = { revoked: "invitationRevoked", expired: "invitationExpired", usedUp: "invitationUsedUp" } as const;

/** Why this user cannot accept, as an error code; null when they may. */
export function acceptanceProblem(invitation: InvitationState & { email: string | null }, userEmail: string, now: Date): (typeof STATUS_PROBLEM)[keyof typeof STATUS_PROBLEM] | "invitationWrongEmail" | null {
  const status = invitationStatus(invitation, now);
  if (status !== "active") return STATUS_PROBLEM[status];
  if (invitation.email && invitation.email.toLowerCase() !== userEmail.toLowerCase()) return "invitationWrongEmail";
  return null;
}

/** Tokens are stored only as this hash; looking one up hashes the presented token. */
export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function invitationPath(token: string): string {
  return `/invite/${token}`;
}

/** "ada@example.com" → "a**@example.com": enough to recognise one's own address. */
export function maskEmail(email: string): string {
  const [local, domain] = email.split("@");
  if (!domain) return "***";
  return `${local.slice(0, 1)}${"*".repeat(Math.max(2, local.length - 1))}@${domain}`;
}

const ROLE_NAMES = {
  EDITOR: { en: "editor", zh: "编辑者" },
  COMMENTER: { en: "commenter", zh: "评论者" },
  VIEWER: { en: "viewer", zh: "查看者" },
  OWNER: { en: "owner", zh: "所有者" },
} as const;

/** The invitation mail, in both languages (we do not know the recipient's language). */
/** The mail for an invitation to one plan only (not to its team). */
export function projectInvitationEmail(input: { projectName: string; inviterName: string; role: keyof typeof ROLE_NAMES; link: string; expiresAt: Date }) {
  const date = input.expiresAt.toISOString().slice(0, 10);
  const role = ROLE_NAMES[input.role];
  return {
    subject: `${input.inviterName} invited you to the plan ${input.projectName} on Launchpad / 邀请你查看 Launchpad 计划`,
    body: [
      `${input.inviterName} invited you to the plan "${input.projectName}" on Launchpad as ${role.en}. You will see this plan only, not the team's other plans.`,
      `Open this link to accept (valid until ${date}, UTC):`,
      input.link,
      "",
      `${input.inviterName} 邀请你以「${role.zh}」身份参与 Launchpad 计划「${input.projectName}」。你只能看到这一份计划，看不到团队的其他计划。`,
      `打开以下链接接受邀请（有效期至 ${date}，UTC）：`,
      input.link,
    ].join("\n"),
  };
}

export function invitationEmail(input: { teamName: string; inviterName: string; role: keyof typeof ROLE_NAMES; link: string; expiresAt: Date }) {
  const date = input.expiresAt.toISOString().slice(0, 10);
  const role = ROLE_NAMES[input.role];
  return {
    subject: `${input.inviterName} invited you to ${input.teamName} on Launchpad / 邀请你加入 Launchpad 团队`,
    body: [
      `${input.inviterName} invited you to join the team "${input.teamName}" on Launchpad as ${role.en}.`,
      `Open this link to accept (valid until ${date}, UTC):`,
      input.link,
      "",
      `${input.inviterName} 邀请你以「${role.zh}」身份加入 Launchpad 团队「${input.teamName}」。`,
      `打开以下链接接受邀请（有效期至 ${date}，UTC）：`,
      input.link,
    ].join("\n"),
  };
}
