// Sign-in through the real Auth.js credentials provider: rate limiting and no account oracle.
import { describe, expect, it, vi } from "vitest";
import { signInAction, signUpAction } from "@/lib/auth/actions";
import { db } from "@/lib/db/client";
import { createUser, TEST_PASSWORD } from "../support/factories";

// next-intl's server API needs the react-server build: the English messages, looked up directly.
vi.mock("next-intl/server", async () => {
  const messages: Record<string, Record<string, string>> = {
    auth: (await import("@/messages/en/auth.json")).default,
    projects: (await import("@/messages/en/projects.json")).default as unknown as Record<string, string>,
  };
  return { getTranslations: async (ns: string) => (key: string, values?: Record<string, string>) => messages[ns][key].replace(/\{(\w+)\}/g, (_m, k: string) => values?.[k] ?? "") };
});

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

describe("sign-up", () => {
  async function signUp(email: string, name = "Newcomer") {
    const data = new FormData();
    data.set("name", name);
    data.set("email", email);
    data.set("password", "a-strong-password");
    data.set("redirectTo", "/invite/abc");
    try {
      return { result: await signUpAction(null, data), redirectedTo: null };
    } catch (error) {
      const digest = String((error as { digest?: string }).digest ?? "");
      if (!digest.startsWith("NEXT_REDIRECT")) throw error;
      return { result: null, redirectedTo: digest.split(";")[2] };
    }
  }

  it("answers a new and an already registered email the same way, and tells the existing account's owner", async () => {
    const existing = await createUser("Already here");
    const fresh = await signUp(`new-${Date.now()}@example.test`);
    const taken = await signUp(existing.email, "Someone else");
    expect(fresh).toEqual({ result: null, redirectedTo: `/signin?created=1&next=${encodeURIComponent("/invite/abc")}` });
    expect(taken).toEqual(fresh);
    // The existing account is untouched and its owner has a notice in their outbox.
    const user = await db.user.findUniqueOrThrow({ where: { email: existing.email } });
    expect(user.name).toBe(existing.name);
    const notices = await db.outboxMessage.findMany({ where: { senderId: existing.id, to: existing.email } });
    expect(notices).toHaveLength(1);
    expect(notices[0].subject).toContain("You already have a Launchpad account");
    expect(notices[0].kind).toBe("account");
    expect(await signInAction(null, form(existing.email, "a-strong-password"))).toEqual({ ok: false, code: "invalidCredentials" });
    await db.rateLimitBucket.deleteMany({ where: { key: { startsWith: "signup:" } } });
    await db.rateLimitBucket.deleteMany({ where: { key: { startsWith: "login:" } } });
  });
});
