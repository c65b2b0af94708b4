// Share links: token handling and link state. Pure (crypto only), no I/O; time passed in.
import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from "node:crypto";

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

/** Proof that this browser verified `viewerId` on this link: "viewerId.hmac", so it cannot be forged or moved to another link. */
export function viewerProof(secret: string, linkId: string, viewerId: string): string {
  return `${viewerId}.${createHmac("sha256", secret).update(`viewer:${linkId}:${viewerId}`).digest("base64url")}`;
}

/** The viewer a proof names, or null when it is missing or not ours. */
export function viewerFromProof(secret: string, linkId: string, proof: string | undefined): string | null {
  const viewerId = proof?.split(".")[0];
  if (!proof || !viewerId || !/^[a-z0-9]{10,40}$/.test(viewerId)) return null;
  const expected = Buffer.from(viewerProof(secret, linkId, viewerId));
  const actual = Buffer.from(proof);
  return expected.length === actual.length && timingSafeEqual(expected, actual) ? viewerId : null;
}

export function viewerCookieName(linkId: string): string {
  return `lp_viewer_${linkId}`;
}

/** Remembers which code this browser asked for, so the code form needs no email field. */
export function codeCookieName(linkId: string): string {
  return `lp_code_${linkId}`;
}

/** A one-time code lives this long, and this many wrong entries use it up. */
export const EMAIL_CODE_TTL_MS = 15 * 60 * 1000;
export const EMAIL_CODE_MAX_ATTEMPTS = 5;

/** Six digits, uniformly random. */
export function newEmailCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, "0");
}

/** Codes are kept only as a keyed hash bound to their link and address. */
export function hashEmailCode(secret: string, linkId: string, email: string, code: string): string {
  return createHmac("sha256", secret).update(`code:${linkId}:${email}:${code}`).digest("hex");
}

export function sameHash(a: string, b: string): boolean {
  const [x, y] = [Buffer.from(a), Buffer.from(b)];
  return x.length === y.length && timingSafeEqual(x, y);
}

/** One report of reading time is at most this long per section (a tab left open all night is not reading). */
export const MAX_SECTION_SECONDS_PER_REPORT = 30 * 60;

/**
 * Adds a report of seconds per section to a viewer's totals. Unknown sections, non-numbers and
 * negatives are dropped; each report is capped per section; totals stay whole seconds.
 */
export function addSectionSeconds(totals: Record<string, number>, report: Record<string, unknown>): Record<string, number> {
  const next = { ...totals };
  for (const section of SUMMARY_SECTIONS) {
    const value = report[section];
    if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) continue;
    next[section] = (next[section] ?? 0) + Math.min(Math.round(value), MAX_SECTION_SECONDS_PER_REPORT);
  }
  return next;
}
