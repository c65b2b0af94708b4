import { describe, expect, it } from "vitest";
import { addSectionSeconds, countSectionOpen, hashEmailCode, hashShareToken, isValidProof, isWellFormedToken, linkState, MAX_SECTION_SECONDS_PER_REPORT, newEmailCode, newShareToken, passcodeProof, passcodeFailureNotice, PASSCODE_FAILURE_NOTICE_AT, viewerFromProof, viewerProof } from "./model";

describe("share tokens", () => {
  it("are 32 URL-safe characters (192 bits) and never repeat", () => {
    const tokens = new Set(Array.from({ length: 1000 }, newShareToken));
    expect(tokens.size).toBe(1000);
    for (const token of tokens) expect(isWellFormedToken(token)).toBe(true);
  });

  it("are stored as a SHA-256 hash that differs from the token", () => {
    const token = newShareToken();
    expect(hashShareToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashShareToken(token)).not.toContain(token);
    expect(hashShareToken(token)).toBe(hashShareToken(token));
  });

  it("rejects malformed tokens before any lookup", () => {
    for (const bad of ["", "short", "x".repeat(33), "a".repeat(31) + "/", "../../etc/passwd".padEnd(32, "a")]) {
      expect(isWellFormedToken(bad)).toBe(false);
    }
  });
});

describe("link state", () => {
  const now = new Date("2026-03-01T12:00:00Z");
  it("is revoked before anything else", () => {
    expect(linkState({ revokedAt: new Date("2026-02-01"), expiresAt: new Date("2027-01-01") }, now)).toBe("revoked");
  });
  it("expires at the expiry instant", () => {
    expect(linkState({ revokedAt: null, expiresAt: new Date("2026-03-01T12:00:00Z") }, now)).toBe("expired");
    expect(linkState({ revokedAt: null, expiresAt: new Date("2026-03-01T12:00:01Z") }, now)).toBe("active");
  });
  it("never expires without an expiry date", () => {
    expect(linkState({ revokedAt: null, expiresAt: null }, now)).toBe("active");
  });
});

describe("passcode proof", () => {
  it("holds only for the same link, passcode and secret", () => {
    const proof = passcodeProof("secret", "link1", "hash1");
    expect(isValidProof("secret", "link1", "hash1", proof)).toBe(true);
    expect(isValidProof("secret", "link2", "hash1", proof)).toBe(false);
    expect(isValidProof("secret", "link1", "hash2", proof)).toBe(false);
    expect(isValidProof("other", "link1", "hash1", proof)).toBe(false);
    expect(isValidProof("secret", "link1", "hash1", undefined)).toBe(false);
  });
});

describe("section opens", () => {
  it("counts known sections and ignores anything else", () => {
    let opens = countSectionOpen({}, "risks");
    opens = countSectionOpen(opens, "risks");
    opens = countSectionOpen(opens, "team");
    expect(countSectionOpen(opens, "__proto__")).toEqual({ risks: 2, team: 1 });
  });
});

describe("passcode failure notice", () => {
  const now = new Date("2026-03-10T12:00:00Z");
  const daysAgo = (d: number) => new Date(now.getTime() - d * 24 * 60 * 60 * 1000);
  it("tells the owner about repeated wrong passcodes in the past week", () => {
    expect(passcodeFailureNotice({ passcodeFailures: PASSCODE_FAILURE_NOTICE_AT, lastPasscodeFailureAt: daysAgo(1) }, now)).toEqual({ count: PASSCODE_FAILURE_NOTICE_AT, last: daysAgo(1) });
  });
  it("stays quiet for a single typo and for failures older than a week", () => {
    expect(passcodeFailureNotice({ passcodeFailures: PASSCODE_FAILURE_NOTICE_AT - 1, lastPasscodeFailureAt: daysAgo(0) }, now)).toBeNull();
    expect(passcodeFailureNotice({ passcodeFailures: 50, lastPasscodeFailureAt: daysAgo(7) }, now)).toBeNull();
    expect(passcodeFailureNotice({ passcodeFailures: 0, lastPasscodeFailureAt: null }, now)).toBeNull();
  });
});

describe("email-gated links", () => {
  it("a viewer proof names its viewer on its own link only, and cannot be forged", () => {
    const proof = viewerProof("secret", "link1", "cviewer0000000001");
    expect(viewerFromProof("secret", "link1", proof)).toBe("cviewer0000000001");
    expect(viewerFromProof("secret", "link2", proof)).toBeNull();
    expect(viewerFromProof("other", "link1", proof)).toBeNull();
    expect(viewerFromProof("secret", "link1", `cviewer0000000002.${proof.split(".")[1]}`)).toBeNull();
    expect(viewerFromProof("secret", "link1", undefined)).toBeNull();
  });

  it("codes are six digits and hashed per link and address", () => {
    for (let i = 0; i < 50; i++) expect(newEmailCode()).toMatch(/^\d{6}$/);
    const hash = hashEmailCode("s", "l", "a@x.test", "123456");
    expect(hash).not.toContain("123456");
    expect(hashEmailCode("s", "l", "b@x.test", "123456")).not.toBe(hash);
    expect(hashEmailCode("s", "l2", "a@x.test", "123456")).not.toBe(hash);
  });

  it("adds reading seconds per section, dropping what is not a section and capping one report", () => {
    expect(addSectionSeconds({ risks: 10 }, { risks: 4.6, team: 3, nonsense: 99, funding: -5, readiness: "7", milestones: Number.NaN })).toEqual({ risks: 15, team: 3 });
    expect(addSectionSeconds({}, { team: 10 ** 9 })).toEqual({ team: MAX_SECTION_SECONDS_PER_REPORT });
  });
});
