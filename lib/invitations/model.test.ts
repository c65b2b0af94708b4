import { describe, expect, it } from "vitest";
import { acceptanceProblem, expiryFrom, hashInvitationToken, invitationEmail, invitationStatus, maskEmail } from "./model";

const now = new Date("2026-11-27T12:00:00Z");
const open = { revokedAt: null, expiresAt: new Date("2026-11-28T12:00:00Z"), uses: 0, maxUses: 1, email: null };

describe("invitationStatus", () => {
  it("is active until revoked, expired or used up", () => {
    expect(invitationStatus(open, now)).toBe("active");
    expect(invitationStatus({ ...open, revokedAt: now }, now)).toBe("revoked");
    expect(invitationStatus({ ...open, expiresAt: now }, now)).toBe("expired");
    expect(invitationStatus({ ...open, uses: 1 }, now)).toBe("usedUp");
    expect(invitationStatus({ ...open, uses: 57, maxUses: null }, now)).toBe("active");
  });
  it("reports revocation before expiry", () => {
    expect(invitationStatus({ ...open, revokedAt: now, expiresAt: new Date(0) }, now)).toBe("revoked");
  });
});

describe("acceptanceProblem", () => {
  it("maps each status to an error code", () => {
    expect(acceptanceProblem(open, "a@x.test", now)).toBeNull();
    expect(acceptanceProblem({ ...open, uses: 1 }, "a@x.test", now)).toBe("invitationUsedUp");
    expect(acceptanceProblem({ ...open, revokedAt: now }, "a@x.test", now)).toBe("invitationRevoked");
    expect(acceptanceProblem({ ...open, expiresAt: new Date("2026-11-27T11:59:59Z") }, "a@x.test", now)).toBe("invitationExpired");
  });
  it("binds an email invitation to its address (case-insensitive)", () => {
    expect(acceptanceProblem({ ...open, email: "ada@x.test" }, "ADA@x.test", now)).toBeNull();
    expect(acceptanceProblem({ ...open, email: "ada@x.test" }, "eve@x.test", now)).toBe("invitationWrongEmail");
  });
});

describe("tokens, expiry, mail", () => {
  it("hashes tokens with SHA-256 (hex)", () => {
    // echo -n abc | sha256sum
    expect(hashInvitationToken("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });
  it("expires whole days later", () => {
    expect(expiryFrom(now, 7).toISOString()).toBe("2026-12-04T12:00:00.000Z");
  });
  it("masks an address but keeps its domain", () => {
    expect(maskEmail("ada@example.com")).toBe("a**@example.com");
    expect(maskEmail("bartholomew@x.test")).toBe("b**********@x.test");
    expect(maskEmail("broken")).toBe("***");
  });
  it("writes the mail in both languages with the link", () => {
    const mail = invitationEmail({ teamName: "Orbit", inviterName: "Ada", role: "EDITOR", link: "http://h/invite/t", expiresAt: now });
    expect(mail.subject).toContain("Orbit");
    expect(mail.body).toContain("as editor");
    expect(mail.body).toContain("编辑者");
    expect(mail.body.match(/http:\/\/h\/invite\/t/g)).toHaveLength(2);
    expect(mail.body).toContain("2026-11-27");
  });
});
