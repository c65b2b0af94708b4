// Security basics that live in route handlers: the session cookie Auth.js issues (HttpOnly,
// SameSite=Lax, Secure behind https) and the share-link passcode rate limit. The login rate limit
// is tested in auth.int.test.ts; headers on real responses in e2e/security.spec.ts.
import { afterAll, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { POST as unlock } from "@/app/share/[token]/unlock/route";
import { handlers } from "@/lib/auth/config";
import { db } from "@/lib/db/client";
import { LIMITS } from "@/lib/rate-limit/model";
import { createShareLinkAction } from "@/lib/share/actions";
import { passcodeCookieName } from "@/lib/share/model";
import { createTeamWithProject, createUser, TEST_PASSWORD } from "../support/factories";
import { requestCookies, signInAs } from "./session";

// Counts real passcode/password evaluations (the real function still runs) so the concurrency
// test can prove how many guesses were actually checked.
const evaluations = vi.hoisted(() => ({ count: 0 }));
vi.mock("@/lib/auth/password", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/auth/password")>();
  return {
    ...real,
    verifyPassword: async (...args: Parameters<typeof real.verifyPassword>) => {
      evaluations.count++;
      return real.verifyPassword(...args);
    },
  };
});

type SetCookie = { name: string; value: string; attributes: string[] };

function setCookies(response: Response): SetCookie[] {
  return response.headers.getSetCookie().map((line) => {
    const [pair, ...attributes] = line.split(";").map((part) => part.trim());
    const at = pair.indexOf("=");
    return { name: pair.slice(0, at), value: pair.slice(at + 1), attributes: attributes.map((a) => a.toLowerCase()) };
  });
}

/** Signs in through Auth.js's own route handlers, as a browser would. */
async function credentialsSignIn(origin: string, email: string, password: string) {
  const csrf = await handlers.GET(new NextRequest(`${origin}/api/auth/csrf`));
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = setCookies(csrf).map((c) => `${c.name}=${c.value}`).join("; ");
  const response = await handlers.POST(
    new NextRequest(`${origin}/api/auth/callback/credentials`, {
      method: "POST",
      headers: { cookie, "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": "10.9.9.9" },
      body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${origin}/projects` }),
    }),
  );
  return { csrf: setCookies(csrf), response, cookies: setCookies(response) };
}

describe("session cookie", () => {
  it("is HttpOnly and SameSite=Lax, and not Secure on plain http (local use)", async () => {
    const user = await createUser("Cookie http");
    const { cookies, response } = await credentialsSignIn("http://localhost:3000", user.email, TEST_PASSWORD);
    expect(response.status).toBe(302);
    const session = cookies.find((c) => c.name === "authjs.session-token");
    expect(session?.value).toBeTruthy();
    expect(session?.attributes).toEqual(expect.arrayContaining(["httponly", "samesite=lax", "path=/"]));
    expect(session?.attributes).not.toContain("secure");
  });

  it("is Secure with the __Secure- prefix when served over https", async () => {
    // Behind a TLS proxy (x-forwarded-proto) Next builds the https URL itself: e2e/security.spec.ts.
    const user = await createUser("Cookie https");
    const { cookies, csrf } = await credentialsSignIn("https://launchpad.example", user.email, TEST_PASSWORD);
    const session = cookies.find((c) => c.name === "__Secure-authjs.session-token");
    expect(session?.value).toBeTruthy();
    expect(session?.attributes).toEqual(expect.arrayContaining(["httponly", "samesite=lax", "secure", "path=/"]));
    // The CSRF cookie is host-only and Secure as well.
    expect(csrf.find((c) => c.name === "__Host-authjs.csrf-token")?.attributes).toEqual(expect.arrayContaining(["httponly", "samesite=lax", "secure"]));
  });

  it("is not issued for a wrong password", async () => {
    const user = await createUser("Cookie wrong");
    const { cookies } = await credentialsSignIn("http://localhost:3000", user.email, "not-the-password");
    expect(cookies.find((c) => c.name.endsWith("authjs.session-token"))).toBeUndefined();
    await db.rateLimitBucket.deleteMany({ where: { key: { in: [`login:email:${user.email}`, "login:ip:10.9.9.9"] } } });
  });
});

describe("share-link passcode rate limit", () => {
  const keys: string[] = [];
  afterAll(async () => {
    await db.rateLimitBucket.deleteMany({ where: { key: { in: keys } } });
  });

  async function passcodeLink(passcode: string) {
    const { project, members } = await createTeamWithProject([]);
    await signInAs(members.OWNER);
    const result = await createShareLinkAction({ projectId: project.id, label: "Investors", mode: "LIVE", expiresOn: "", passcode });
    if (!result.ok) throw new Error(`could not create a share link: ${result.code}`);
    const token = result.data.path.split("/").pop()!;
    const link = await db.shareLink.findFirstOrThrow({ where: { projectId: project.id }, select: { id: true } });
    keys.push(`share:link:${link.id}`);
    return { token, linkId: link.id };
  }

  async function tryPasscode(token: string, passcode: string, ip: string) {
    keys.push(`share:ip:${ip}`);
    const body = new FormData();
    body.set("passcode", passcode);
    const request = new Request(`http://localhost:3000/share/${token}/unlock`, { method: "POST", body, headers: { "x-forwarded-for": ip } });
    const response = await unlock(request, { params: Promise.resolve({ token }) });
    return { status: response.status, location: response.headers.get("location") };
  }

  const max = LIMITS.sharePasscodePerLink.max;

  it("does not count the right passcode toward the limit", async () => {
    const { token } = await passcodeLink("open-sesame");
    for (let i = 0; i < max + 2; i++) expect(await tryPasscode(token, "open-sesame", "10.4.0.1")).toEqual({ status: 303, location: `/share/${token}` });
  });

  it("lets the right passcode in and refuses a wrong one the same way as an unknown link", async () => {
    const { token, linkId } = await passcodeLink("open-sesame");
    expect(await tryPasscode(token, "wrong", "10.1.0.1")).toEqual({ status: 303, location: `/share/${token}?denied=1` });
    expect(await tryPasscode("not-a-real-token", "open-sesame", "10.1.0.1")).toEqual({ status: 303, location: `/share/not-a-real-token?denied=1` });
    expect(requestCookies().get(passcodeCookieName(linkId))).toBeUndefined();
    expect(await tryPasscode(token, "open-sesame", "10.1.0.1")).toEqual({ status: 303, location: `/share/${token}` });
    expect(requestCookies().get(passcodeCookieName(linkId))?.value).toBeTruthy();
  });

  it(`locks a link after ${max} attempts, even from many addresses and with the right passcode`, async () => {
    const { token } = await passcodeLink("open-sesame");
    for (let i = 0; i < max; i++) expect((await tryPasscode(token, `guess-${i}`, `10.2.0.${i}`)).location).toContain("denied=1");
    expect(await tryPasscode(token, "open-sesame", "10.2.1.1")).toEqual({ status: 303, location: `/share/${token}?denied=1` });
  });

  it(`limits one address to ${LIMITS.sharePasscodePerIp.max} wrong passcodes across links, without locking out other addresses`, async () => {
    const second = await passcodeLink("second-code");
    // Spread over several links so no single link's own limit is reached first.
    const links = await Promise.all(Array.from({ length: Math.ceil(LIMITS.sharePasscodePerIp.max / (max - 1)) }, (_, i) => passcodeLink(`code-${i}`)));
    for (let i = 0; i < LIMITS.sharePasscodePerIp.max; i++) await tryPasscode(links[Math.floor(i / (max - 1))].token, `guess-${i}`, "10.3.0.1");
    expect((await tryPasscode(second.token, "second-code", "10.3.0.1")).location).toContain("denied=1");
    expect(await tryPasscode(second.token, "second-code", "10.3.0.2")).toEqual({ status: 303, location: `/share/${second.token}` });
  });

  it(`checks at most ${max} of 40 parallel wrong passcodes against one link`, async () => {
    const { token } = await passcodeLink("open-sesame");
    evaluations.count = 0;
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => tryPasscode(token, `guess-${i}`, `10.5.0.${i}`)));
    expect(results.every((r) => r.location?.includes("denied=1"))).toBe(true);
    expect(evaluations.count).toBeGreaterThan(0);
    expect(evaluations.count).toBeLessThanOrEqual(max);
  });
});
