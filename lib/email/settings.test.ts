import { describe, expect, it } from "vitest";
import { DEFAULT_FROM, isDueForRetry, mailSettings, MAX_ATTEMPTS, retryDelayMs } from "./settings";

describe("mailSettings", () => {
  it("keeps mail in the outbox when no SMTP server is configured", () => {
    expect(mailSettings({})).toEqual({ delivery: "outbox" });
    expect(mailSettings({ SMTP_HOST: "  ", SMTP_URL: "" })).toEqual({ delivery: "outbox" });
  });

  it("uses SMTP_URL as it is, or builds the transport from SMTP_HOST and friends", () => {
    expect(mailSettings({ SMTP_URL: "smtp://u:p@mail.test:2525", MAIL_FROM: "Pad <pad@x.test>" })).toEqual({ delivery: "smtp", transport: "smtp://u:p@mail.test:2525", from: "Pad <pad@x.test>" });
    expect(mailSettings({ SMTP_HOST: "mail.test" })).toEqual({ delivery: "smtp", transport: { host: "mail.test", port: 587, secure: false }, from: DEFAULT_FROM });
    expect(mailSettings({ SMTP_HOST: "mail.test", SMTP_PORT: "465", SMTP_SECURE: "true", SMTP_USER: "u", SMTP_PASSWORD: "p" })).toEqual({
      delivery: "smtp",
      transport: { host: "mail.test", port: 465, secure: true, auth: { user: "u", pass: "p" } },
      from: DEFAULT_FROM,
    });
  });

  it("refuses a port that is not one, instead of mailing nowhere", () => {
    expect(() => mailSettings({ SMTP_HOST: "mail.test", SMTP_PORT: "smtp" })).toThrow(/SMTP_PORT/);
  });
});

describe("retries", () => {
  it("wait 1, 2, 4 … minutes after each failure, at most an hour", () => {
    expect([1, 2, 3, 4, 7, 8].map((n) => retryDelayMs(n) / 60_000)).toEqual([1, 2, 4, 8, 60, 60]);
  });

  it("are due only for failed messages, after the delay, and stop after the last attempt", () => {
    const now = new Date("2026-12-06T12:00:00Z");
    const failedAt = (minutesAgo: number) => new Date(now.getTime() - minutesAgo * 60_000);
    expect(isDueForRetry({ status: "failed", attempts: 3, updatedAt: failedAt(4) }, now)).toBe(true);
    expect(isDueForRetry({ status: "failed", attempts: 3, updatedAt: failedAt(3) }, now)).toBe(false);
    expect(isDueForRetry({ status: "sent", attempts: 1, updatedAt: failedAt(90) }, now)).toBe(false);
    expect(isDueForRetry({ status: "kept", attempts: 0, updatedAt: failedAt(90) }, now)).toBe(false);
    expect(isDueForRetry({ status: "failed", attempts: MAX_ATTEMPTS, updatedAt: failedAt(600) }, now)).toBe(false);
    // Left mid-send by a server that stopped: tried again after ten minutes, not while it may still be sending.
    expect(isDueForRetry({ status: "sending", attempts: 1, updatedAt: failedAt(11) }, now)).toBe(true);
    expect(isDueForRetry({ status: "sending", attempts: 1, updatedAt: failedAt(2) }, now)).toBe(false);
  });
});
