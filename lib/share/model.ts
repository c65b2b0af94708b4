// Share links: token handling and link state. Pure (crypto only), no I/O; time passed in.
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/** 192 bits of randomness, URL-safe. Only its hash is stored. */
export function newShareToken(): string {
  return randomBytes(24).toString("base64url");
}

export function hashShareToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Tokens we issue are 32 base64url characters; anything else is not looked up at all. */
export function isWellFormedToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{32}$/.test(token);
}

export type LinkState = "active" | "expired" | "revoked";

export function linkState(link: { revokedAt: Date | null; expiresAt: Date | null }, now: Date): LinkState {
  if (link.revokedAt) return "revoked";
  if (link.expiresAt && link.expiresAt.getTime() <= now.getTime()) return "expired";
  return "active";
}

/**
 * Proof that this browser entered the passcode of this link: an HMAC over the link id and the
 * passcode hash, so changing the passcode or revoking the link invalidates it.
 */
export function passcodeProof(secret: string, linkId: string, passcodeHash: string): string {
  return createHmac("sha256", secret).update(`${linkId}:${passcodeHash}`).digest("base64url");
}

export function isValidProof(secret: string, linkId: string, passcodeHash: string, proof: string | undefined): boolean {
  if (!proof) return false;
  const expected = Buffer.from(passcodeProof(secret, linkId, passcodeHash));
  const actual = Buffer.from(proof);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

export function passcodeCookieName(linkId: string): string {
  return `lp_share_${linkId}`;
}

export const SUMMARY_SECTIONS = ["team", "businessModel", "risks", "readiness", "funding", "milestones"] as const;
export type SummarySection = (typeof SUMMARY_SECTIONS)[number];

/** Adds one opening of `section` to a link's per-section counters (unknown sections ignored). */
export function countSectionOpen(opens: Record<string, number>, section: string): Record<string, number> {
  if (!(SUMMARY_SECTIONS as readonly string[]).includes(section)) return opens;
  return { ...opens, [section]: (opens[section] ?? 0) + 1 };
}

/** Wrong passcodes are shown to the owner for a week after the last one. */
export const PASSCODE_FAILURE_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;
/** From this many wrong passcodes in that week the sharing page warns the owner. */
export const PASSCODE_FAILURE_NOTICE_AT = 3;

/** The owner's notice about a link's wrong passcodes, or null when there is nothing to tell. */
export function passcodeFailureNotice(link: { passcodeFailures: number; lastPasscodeFailureAt: Date | null }, now: Date): { count: number; last: Date } | null {
  if (!link.lastPasscodeFailureAt || now.getTime() - link.lastPasscodeFailureAt.getTime() >= PASSCODE_FAILURE_WINDOW_MS) return null;
  if (link.passcodeFailures < PASSCODE_FAILURE_NOTICE_AT) return null;
  return { count: link.passcodeFailures, last: link.lastPasscodeFailureAt };
}
