// Fixed-window limits for the things an attacker would repeat.
export type Limit = { max: number; windowSeconds: number };

export const LIMITS = {
  loginPerEmail: { max: 5, windowSeconds: 15 * 60 },
  loginPerIp: { max: 30, windowSeconds: 15 * 60 },
  signupPerIp: { max: 10, windowSeconds: 60 * 60 },
  sharePasscodePerIp: { max: 30, windowSeconds: 15 * 60 },
  /** Codes mailed for email-gated share links: each is a mail to someone, so fewer than passcode tries. */
  shareEmailCodePerIp: { max: 10, windowSeconds: 15 * 60 },
} as const satisfies Record<string, Limit>;

export function isOverLimit(countInWindow: number, limit: Limit): boolean {
  return countInWindow > limit.max;
}

/**
 * Exponential backoff for share-link passcodes, per (link, client): `free` wrong passcodes in a
 * row are evaluated without delay, then the wait before the next one doubles with each, up to
 * `maxSeconds`. A client's failures are forgotten after `forgetSeconds` without an attempt.
 * Unlike a per-link lock, one guesser cannot lock everyone else (the investor) out.
 */
export const PASSCODE_BACKOFF = { free: 5, baseSeconds: 2, maxSeconds: 15 * 60, forgetSeconds: 24 * 60 * 60 } as const;
export type Backoff = typeof PASSCODE_BACKOFF;

/** Seconds to wait after the `failures`-th failure before the next attempt is evaluated. */
export function backoffSeconds(failures: number, backoff: Backoff = PASSCODE_BACKOFF): number {
  if (failures < backoff.free) return 0;
  return Math.min(backoff.baseSeconds * 2 ** (failures - backoff.free), backoff.maxSeconds);
}
