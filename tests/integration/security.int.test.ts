// Security basics that live in route handlers: the session cookie Auth.js issues (HttpOnly,
// SameSite=Lax, Secure behind https) and the share-link passcode rate limit. The login rate limit
// is tested in auth.int.test.ts; headers on real responses in e2e/security.spec.ts.
import { afterAll, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { POST as unlock } from "@/app/share/[token]/unlock/route";
import { handlers } from "@/lib/auth/config";
import { db } from "@/lib/db/client";
import { PEER_HEADER } from "@/lib/http/client-address";
import { backoffSeconds, LIMITS, PASSCODE_BACKOFF } from "@/lib/rate-limit/model";
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
async function credentialsSignIn(origin: string, email: string, password: string, forwardedFor = "10.9.9.9") {
  const csrf = await handlers.GET(new NextRequest(`${origin}/api/auth/csrf`));
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = setCookies(csrf).map((c) => `${c.name}=${c.value}`).join("; ");
  const response = await handlers.POST(
    new NextRequest(`${origin}/api/auth/callback/credentials`, {
      method: "POST",
      headers: { cookie, "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": forwardedFor, [PEER_HEADER]: "10.9.9.9" },
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
    await db.rateLimitBucket.deleteMany({ where: { OR: [{ key: { in: keys } }, { key: { startsWith: "share:" } }] } });
  });

  async function passcodeLink(passcode: string) {
    const { project, members } = await createTeamWithProject([]);
    await signInAs(members.OWNER);
    const result = await createShareLinkAction({ projectId: project.id, label: "Investors", mode: "LIVE", expiresOn: "", passcode });
    if (!result.ok) throw new Error(`could not create a share link: ${result.code}`);
    const token = result.data.path.split("/").pop()!;
    const link = await db.shareLink.findFirstOrThrow({ where: { projectId: project.id }, select: { id: true } });
    return { token, linkId: link.id };
  }

  /** A request as the server sees it: `peer` is the socket address instrumentation-node.ts stamps. */
  async function tryPasscode(token: string, passcode: string, peer: string, forwardedFor?: string) {
    const body = new FormData();
    body.set("passcode", passcode);
    const headers: Record<string, string> = { [PEER_HEADER]: peer };
    if (forwardedFor) headers["x-forwarded-for"] = forwardedFor;
    const request = new Request(`http://localhost:3000/share/${token}/unlock`, { method: "POST", body, headers });
    const response = await unlock(request, { params: Promise.resolve({ token }) });
    return { status: response.status, location: response.headers.get("location") };
  }

  const free = PASSCODE_BACKOFF.free;
  const wrong = (token: string) => ({ status: 303, location: `/share/${token}?passcode=wrong` });
  const opened = (token: string) => ({ status: 303, location: `/share/${token}` });

  it("does not count the right passcode toward any limit", async () => {
    const { token } = await passcodeLink("open-sesame");
    for (let i = 0; i < free + 3; i++) expect(await tryPasscode(token, "open-sesame", "10.4.0.1")).toEqual(opened(token));
  });

  it("says a passcode is wrong (not 'not found'), and answers an unknown link like a wrong token", async () => {
    const { token, linkId } = await passcodeLink("open-sesame");
    expect(await tryPasscode(token, "wrong", "10.1.0.1")).toEqual(wrong(token));
    expect(await tryPasscode("not-a-real-token", "open-sesame", "10.1.0.1")).toEqual({ status: 303, location: `/share/not-a-real-token?denied=1` });
    expect(requestCookies().get(passcodeCookieName(linkId))).toBeUndefined();
    expect(await tryPasscode(token, "open-sesame", "10.1.0.1")).toEqual(opened(token));
    expect(requestCookies().get(passcodeCookieName(linkId))?.value).toBeTruthy();
  });

  it("never locks the investor out: after many wrong guesses from elsewhere the right passcode still opens the link", async () => {
    const { token } = await passcodeLink("open-sesame");
    for (let i = 0; i < 25; i++) expect(await tryPasscode(token, `guess-${i}`, `10.2.0.${i}`)).toEqual(wrong(token));
    for (let i = 0; i < free; i++) expect(await tryPasscode(token, `guess-${i}`, "10.2.1.1")).toEqual(wrong(token));
    expect((await tryPasscode(token, "open-sesame", "10.2.1.1")).location).toContain("passcode=wait");
    expect(await tryPasscode(token, "open-sesame", "10.2.9.9")).toEqual(opened(token));
  });

  it(`makes one client wait, with a growing delay, after ${free} wrong passcodes for a link, even for the right one`, async () => {
    const { token } = await passcodeLink("open-sesame");
    for (let i = 0; i < free; i++) expect(await tryPasscode(token, `guess-${i}`, "10.6.0.1")).toEqual(wrong(token));
    const refused = await tryPasscode(token, "open-sesame", "10.6.0.1");
    expect(refused.location).toMatch(new RegExp(`^/share/${token}\\?passcode=wait&retry=\\d+$`));
    const retry = Number(new URL(refused.location!, "http://x").searchParams.get("retry"));
    expect(retry).toBeGreaterThan(0);
    expect(retry).toBeLessThanOrEqual(backoffSeconds(free));
    // Waiting attempts are not evaluated and do not grow the delay.
    expect((await tryPasscode(token, "guess-x", "10.6.0.1")).location).toContain("passcode=wait");
    // Once the wait is over (moved into the past here), the right passcode works and clears the backoff.
    await db.rateLimitBucket.updateMany({ where: { key: { startsWith: "share:link-client:" }, blockedUntil: { not: null } }, data: { blockedUntil: new Date(Date.now() - 1000) } });
    expect(await tryPasscode(token, "open-sesame", "10.6.0.1")).toEqual(opened(token));
    expect(await tryPasscode(token, "guess-y", "10.6.0.1")).toEqual(wrong(token));
  });

  it("ignores a rotated X-Forwarded-For from an untrusted peer (no fresh limit per forged address)", async () => {
    const { token } = await passcodeLink("open-sesame");
    for (let i = 0; i < free; i++) expect(await tryPasscode(token, `guess-${i}`, "10.7.0.1", `198.51.100.${i}`)).toEqual(wrong(token));
    expect((await tryPasscode(token, "guess-y", "10.7.0.1", "198.51.100.201")).location).toContain("passcode=wait");
  });

  it(`limits one address to ${LIMITS.sharePasscodePerIp.max} wrong passcodes across links, without limiting other addresses`, async () => {
    const second = await passcodeLink("second-code");
    const links = await Promise.all(Array.from({ length: Math.ceil(LIMITS.sharePasscodePerIp.max / free) }, (_, i) => passcodeLink(`code-${i}`)));
    for (let i = 0; i < LIMITS.sharePasscodePerIp.max; i++) expect(await tryPasscode(links[Math.floor(i / free)].token, `guess-${i}`, "10.3.0.1")).toEqual(wrong(links[Math.floor(i / free)].token));
    expect((await tryPasscode(second.token, "second-code", "10.3.0.1")).location).toContain("passcode=wait");
    expect(await tryPasscode(second.token, "second-code", "10.3.0.2")).toEqual(opened(second.token));
  });

  it(`checks at most ${free} of 40 parallel wrong passcodes from one client`, async () => {
    const { token } = await passcodeLink("open-sesame");
    evaluations.count = 0;
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => tryPasscode(token, `guess-${i}`, "10.5.0.1", `203.0.113.${i}`)));
    expect(results.every((r) => r.location?.includes("passcode=wrong") || r.location?.includes("passcode=wait"))).toBe(true);
    expect(evaluations.count).toBeGreaterThan(0);
    expect(evaluations.count).toBeLessThanOrEqual(free);
  });

  it("counts wrong passcodes for the owner's notice", async () => {
    const { token, linkId } = await passcodeLink("open-sesame");
    for (let i = 0; i < 3; i++) await tryPasscode(token, `guess-${i}`, `10.8.0.${i}`);
    await tryPasscode(token, "open-sesame", "10.8.1.1");
    const link = await db.shareLink.findUniqueOrThrow({ where: { id: linkId } });
    expect(link.passcodeFailures).toBe(3);
    expect(link.lastPasscodeFailureAt).toBeInstanceOf(Date);
  });
});

describe("sign-in rate limit under concurrency", () => {
  it(`checks at most ${LIMITS.loginPerEmail.max} of 40 parallel wrong passwords for one email`, async () => {
    const user = await createUser("Parallel target");
    evaluations.count = 0;
    await Promise.all(Array.from({ length: 40 }, () => credentialsSignIn("http://localhost:3000", user.email, "not-the-password")));
    expect(evaluations.count).toBeGreaterThan(0);
    expect(evaluations.count).toBeLessThanOrEqual(LIMITS.loginPerEmail.max);
    await db.rateLimitBucket.deleteMany({ where: { key: { startsWith: "login:" } } });
  });

  it("does not give a fresh per-address limit to a rotated X-Forwarded-For", async () => {
    const users = await Promise.all(Array.from({ length: 3 }, (_, i) => createUser(`Spray ${i}`)));
    // Wrong passwords for many emails from one peer, each with a new forged X-Forwarded-For.
    let n = 0;
    for (let round = 0; n < LIMITS.loginPerIp.max; round++) {
      for (const user of users) {
        if (n >= LIMITS.loginPerIp.max) break;
        await credentialsSignIn("http://localhost:3000", `${round}-${user.email}`, "nope", `198.51.100.${n++}`);
      }
    }
    const { cookies } = await credentialsSignIn("http://localhost:3000", users[0].email, TEST_PASSWORD, "198.51.100.250");
    expect(cookies.find((c) => c.name.endsWith("authjs.session-token"))).toBeUndefined();
    await db.rateLimitBucket.deleteMany({ where: { key: { startsWith: "login:" } } });
  });
});
