// Fixed-window limits for the things an attacker would repeat.
export type Limit = { max: number; windowSeconds: number };

export const LIMITS = {
  loginPerEmail: { max: 5, windowSeconds: 15 * 60 },
  loginPerIp: { max: 30, windowSeconds: 15 * 60 },
  signupPerIp: { max: 10, windowSeconds: 60 * 60 },
  sharePasscodePerLink: { max: 10, windowSeconds: 15 * 60 },
  sharePasscodePerIp: { max: 30, windowSeconds: 15 * 60 },
} as const satisfies Record<string, Limit>;

export function isOverLimit(countInWindow: number, limit: Limit): boolean {
  return countInWindow > limit.max;
}
