// Bad-input fuzz of the server actions that are not built with projectAction/teamAction/userAction
// (fuzz-actions.int.test.ts covers those): the sign-in and sign-up forms, which take FormData, and
// the locale switch, which takes one value. Sign-out takes no input, so there is nothing to fuzz.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { signInAction, signUpAction } from "@/lib/auth/actions";
import { db } from "@/lib/db/client";
import { reportBrowserTimeZoneAction, setLocaleAction } from "@/lib/preferences/actions";
import { LOCALE_COOKIE } from "@/lib/i18n/config";
import { ODD_STRINGS, REFUSED_STRINGS, TOP_LEVEL, WRONG_TYPES } from "../../reliability/fuzz/payloads";
import { translatableKeys } from "../../reliability/fuzz/verdict";
import { createUser, TEST_PASSWORD } from "../support/factories";
import { requestCookies, signInAs } from "./session";

// next-intl's server API needs the react-server build; the team name is not what is tested here.
vi.mock("next-intl/server", () => ({ getTranslations: async () => (key: string, values?: Record<string, string>) => `${key} ${values?.name ?? ""}` }));

const ORIGIN = "http://localhost:3000"; // what the mocked request headers say (tests/integration/setup.ts)
const translatable = translatableKeys();
const BAD_TEXT = { ...REFUSED_STRINGS, ...ODD_STRINGS, empty: "" };

type Answer = { ok: boolean; code?: string; fieldErrors?: Record<string, { code: string }>; redirectedTo?: string };

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

/** Runs a form action; a successful sign-in ends in Next's redirect, reported here with its target. */
async function submit(action: typeof signInAction, fields: Record<string, string>): Promise<Answer> {
  try {
    return (await action(null, form(fields))) as Answer;
  } catch (error) {
    const digest = String((error as { digest?: string }).digest ?? "");
    if (digest.startsWith("NEXT_REDIRECT")) return { ok: true, redirectedTo: digest.split(";")[2] };
    throw error;
  }
}

function expectHandled(answer: Answer, label: string) {
  if (answer.ok) return;
  expect(answer.code, label).not.toBe("internal");
  expect(translatable.has(answer.code ?? ""), `${label}: code ${answer.code} is translated`).toBe(true);
  if (answer.code === "validation") {
    expect(Object.keys(answer.fieldErrors ?? {}).length, `${label}: names the bad field`).toBeGreaterThan(0);
    for (const error of Object.values(answer.fieldErrors ?? {})) expect(translatable.has(error.code), `${label}: ${error.code}`).toBe(true);
  }
}

async function clearAuthRateLimits() {
  await db.rateLimitBucket.deleteMany({ where: { OR: [{ key: { startsWith: "login:" } }, { key: { startsWith: "signup:" } }] } });
}

describe("sign-in and sign-up forms with bad input", () => {
  beforeAll(clearAuthRateLimits);
  // Later files sign in from the same (mocked) client address.
  afterAll(clearAuthRateLimits);

  it("sign-in refuses bad emails and passwords with a field error or as wrong credentials", async () => {
    const user = await createUser("Fuzzed signer");
    for (const [name, value] of Object.entries(BAD_TEXT)) {
      for (const field of ["email", "password"] as const) {
        const answer = await submit(signInAction, { email: user.email, password: "wrong-password", redirectTo: "/projects", [field]: value });
        expectHandled(answer, `${field}: ${name}`);
        expect(answer.ok, `${field}: ${name} must not sign in`).toBe(false);
      }
      await clearAuthRateLimits(); // keep the limit from answering instead of the validation
    }
  });

  it("sign-in never redirects to another site, whatever redirectTo says", async () => {
    const user = await createUser("Redirected signer");
    for (const redirectTo of ["//evil.test/x", "/\\evil.test", "https://evil.test/", "javascript:alert(1)", "/%2F%2Fevil.test", ...Object.values(ODD_STRINGS)]) {
      const answer = await submit(signInAction, { email: user.email, password: TEST_PASSWORD, redirectTo });
      expect(answer.ok, redirectTo).toBe(true);
      // Resolved the way a browser resolves a Location header ("/\\evil.test" would leave the site).
      expect(new URL(answer.redirectedTo ?? "", ORIGIN).origin, `redirectTo ${JSON.stringify(redirectTo)} → ${answer.redirectedTo}`).toBe(ORIGIN);
    }
  });

  it("sign-up refuses oversize and unstorable names; any other name, markup included, is kept as typed", async () => {
    for (const [name, value] of Object.entries(BAD_TEXT)) {
      const email = `fuzz.${name.toLowerCase()}.${Date.now()}@example.test`;
      const answer = await submit(signUpAction, { name: value, email, password: TEST_PASSWORD, redirectTo: "/projects" });
      expectHandled(answer, `name: ${name}`);
      const stored = await db.user.findUnique({ where: { email }, select: { name: true } });
      // FormData carries well-formed text only: a lone surrogate arrives as U+FFFD.
      if (answer.ok) expect(stored?.name, name).toBe(value.toWellFormed().trim());
      else expect(stored, `${name}: nothing stored after ${answer.code}`).toBeNull();
      await clearAuthRateLimits();
    }
  });
});

describe("locale switch with bad input", () => {
  it("accepts only a supported locale and sets no cookie otherwise", async () => {
    await signInAs(null);
    for (const [name, value] of Object.entries({ ...TOP_LEVEL, ...WRONG_TYPES, ...REFUSED_STRINGS, ...ODD_STRINGS, nearMiss: "zh-cn", spaced: " en" })) {
      expect(await setLocaleAction(value), name).toEqual({ ok: false, code: "validation" });
      expect(requestCookies().get(LOCALE_COOKIE), name).toBeUndefined();
    }
    expect(await setLocaleAction("zh-CN")).toEqual({ ok: true, data: { locale: "zh-CN" } });
    expect(requestCookies().get(LOCALE_COOKIE)?.value).toBe("zh-CN");
  });

  it("accepts only a real time zone, stores nothing otherwise, and stores a real one for the user", async () => {
    const user = await createUser("Traveller");
    await signInAs(user);
    for (const [name, value] of Object.entries({ ...TOP_LEVEL, ...WRONG_TYPES, ...REFUSED_STRINGS, ...ODD_STRINGS, made: "Mars/Olympus", long: "A".repeat(200) })) {
      expect(await reportBrowserTimeZoneAction(value), name).toEqual({ ok: false, code: "validation" });
    }
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).timeZone).toBeNull();
    expect(await reportBrowserTimeZoneAction("Asia/Shanghai")).toEqual({ ok: true, data: { changed: true } });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).timeZone).toBe("Asia/Shanghai");
  });
});
