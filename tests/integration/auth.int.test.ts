// Sign-in through the real Auth.js credentials provider: rate limiting and no account oracle.
import { describe, expect, it } from "vitest";
import { signInAction } from "@/lib/auth/actions";
import { db } from "@/lib/db/client";
import { createUser, TEST_PASSWORD } from "../support/factories";

function form(email: string, password: string) {
  const data = new FormData();
  data.set("email", email);
  data.set("password", password);
  data.set("redirectTo", "/projects");
  return data;
}

async function attempt(email: string, password: string) {
  try {
    return await signInAction(null, form(email, password));
  } catch (error) {
    // Success redirects (NEXT_REDIRECT).
    if (String((error as { digest?: string }).digest ?? "").startsWith("NEXT_REDIRECT")) return { ok: true as const, data: undefined };
    throw error;
  }
}

describe("sign-in", () => {
  it("accepts the right password", async () => {
    const user = await createUser("Signer");
    expect(await attempt(user.email, TEST_PASSWORD)).toMatchObject({ ok: true });
  });

  it("answers a wrong password and an unknown email the same way", async () => {
    const user = await createUser("Known");
    const wrong = await attempt(user.email, "not-the-password");
    const unknown = await attempt(`nobody-${Date.now()}@example.test`, "not-the-password");
    expect(wrong).toEqual({ ok: false, code: "invalidCredentials" });
    expect(unknown).toEqual(wrong);
  });

  it("rate-limits repeated failures for an email, even with the right password afterwards", async () => {
    const user = await createUser("Target");
    for (let i = 0; i < 5; i++) expect(await attempt(user.email, "wrong-password")).toMatchObject({ code: "invalidCredentials" });
    expect(await attempt(user.email, "wrong-password")).toEqual({ ok: false, code: "rateLimited" });
    expect(await attempt(user.email, TEST_PASSWORD)).toEqual({ ok: false, code: "rateLimited" });
    await db.rateLimitBucket.deleteMany({ where: { key: { startsWith: "login:" } } });
  });

  it("refuses malformed input without touching the database", async () => {
    const result = await attempt("not-an-email", "");
    expect(result).toMatchObject({ ok: false, code: "validation" });
  });
});
