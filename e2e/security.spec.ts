// Security basics on the real server (`next start`): the security headers on pages and API
// routes, a CSP the app itself does not violate, and the cookie flags of the session and of an
// unlocked share link — on plain http and behind a TLS-terminating proxy (x-forwarded-proto).
import { db } from "../lib/db/client";
import { createUser, expect, signIn, test } from "./support/fixtures";
import { TEST_PASSWORD } from "../tests/support/factories";

const base = () => process.env.E2E_BASE_URL!;

function directives(csp: string): Map<string, string[]> {
  return new Map(csp.split(";").map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name, values]));
}

function expectSecurityHeaders(headers: Record<string, string>, where: string) {
  const csp = directives(headers["content-security-policy"] ?? "");
  expect(csp.get("default-src"), where).toEqual(["'self'"]);
  expect(csp.get("script-src"), where).toContain("'self'");
  expect(csp.get("script-src"), `${where}: no inline scripts without this response's nonce`).not.toContain("'unsafe-inline'");
  expect(csp.get("script-src")?.some((v) => /^'nonce-[A-Za-z0-9+/=]{16,}'$/.test(v)), `${where}: a nonce`).toBe(true);
  expect(csp.get("script-src"), `${where}: no eval in production`).not.toContain("'unsafe-eval'");
  expect(csp.get("object-src"), where).toEqual(["'none'"]);
  expect(csp.get("frame-ancestors"), where).toEqual(["'none'"]);
  expect(csp.get("base-uri"), where).toEqual(["'self'"]);
  expect(csp.get("form-action"), where).toEqual(["'self'"]);
  expect(headers["x-content-type-options"], where).toBe("nosniff");
  expect(headers["x-frame-options"], where).toBe("DENY");
  expect(headers["referrer-policy"], where).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"], where).toContain("camera=()");
  expect(headers["x-powered-by"], where).toBeUndefined();
}

/** Set-Cookie lines as name + attributes, lower-cased for comparison. */
type Cookie = { name: string; attributes: string[] };
function parseSetCookies(response: Response): Cookie[] {
  return response.headers.getSetCookie().map((line) => {
    const [pair, ...attributes] = line.split(";").map((p) => p.trim());
    return { name: pair.slice(0, pair.indexOf("=")), attributes: attributes.map((a) => a.toLowerCase()) };
  });
}

/** Signs in with plain fetch, optionally as a TLS proxy would forward the request. */
async function signInResponse(email: string, proxiedHttps: boolean): Promise<Response> {
  const forwarded: Record<string, string> = proxiedHttps ? { "x-forwarded-proto": "https" } : {};
  const csrf = await fetch(`${base()}/api/auth/csrf`, { headers: forwarded });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  return fetch(`${base()}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { ...forwarded, cookie, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, email, password: TEST_PASSWORD, callbackUrl: `${base()}/projects` }),
  });
}

test("pages, API routes and not-found answers carry the security headers", async ({ request, ownerPage, world }) => {
  for (const path of ["/", "/signin", "/signup", "/projects", "/api/health", "/api/auth/csrf", "/api/auth/session", "/share/not-a-real-token", "/no-such-page"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBeLessThan(500);
    expectSecurityHeaders(response.headers(), path);
  }
  const page = await ownerPage.goto(`/projects/${world.project.id}/risks`);
  expectSecurityHeaders(page!.headers(), "a signed-in project page");
});

test("the app's own pages run without CSP violations, with a fresh nonce on every response", async ({ page, browser, world }) => {
  const violations: string[] = [];
  const watch = (p: typeof page) =>
    p.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
  watch(page);
  await page.goto("/signup");
  await page.goto("/");
  await signIn(page, world.members.OWNER);
  await page.goto(`/projects/${world.project.id}`);
  await page.goto(`/projects/${world.project.id}/risks`);
  await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
  // Hydrated client components work under the policy: the share-link form creates a link.
  await page.goto(`/projects/${world.project.id}/sharing`);
  await page.getByLabel("Label (for you)").fill("CSP");
  await page.getByRole("button", { name: "Create link" }).click();
  const shareUrl = await page.getByTestId("created-share-url").textContent();
  const investor = await (await browser.newContext()).newPage();
  watch(investor);
  await investor.goto(new URL(shareUrl!).pathname);
  await expect(investor.getByTestId("summary-project-name")).toHaveText(world.project.name);
  expect(violations).toEqual([]);

  // Every Next script carries the nonce of its own response, and the nonce changes per request.
  const nonces = [];
  for (let i = 0; i < 2; i++) {
    const response = await fetch(`${base()}/signin`);
    const html = await response.text();
    const nonce = /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy") ?? "")?.[1];
    expect(nonce).toBeTruthy();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag, tag).toContain(`nonce="${nonce}"`);
    nonces.push(nonce);
  }
  expect(nonces[0]).not.toBe(nonces[1]);
});

test("injected markup cannot run script: inline handlers are blocked without 'unsafe-inline'", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto("/signin");
  const ran = await page.evaluate(async () => {
    const w = window as unknown as { injected?: boolean };
    w.injected = false;
    // What an HTML-injection bug would produce: markup with an inline event handler.
    const holder = document.createElement("div");
    holder.innerHTML = '<img src="/no-such-image.png" onerror="window.injected = true">';
    document.body.appendChild(holder);
    await new Promise((r) => setTimeout(r, 500));
    return w.injected;
  });
  expect(ran).toBe(false);
  expect(violations.length).toBeGreaterThan(0);
});

test("HSTS is sent over https (behind a TLS proxy) and not on plain http", async () => {
  const plain = await fetch(`${base()}/signin`);
  expect(plain.headers.get("strict-transport-security")).toBeNull();
  const tls = await fetch(`${base()}/signin`, { headers: { "x-forwarded-proto": "https" } });
  expect(tls.headers.get("strict-transport-security")).toMatch(/max-age=\d{8,}/);
  // Next's own security headers stay on both.
  expect(tls.headers.get("x-frame-options")).toBe("DENY");
});

test("sign-up with an email that already has an account looks exactly like a new sign-up", async ({ page }) => {
  const existing = await createUser("Registered");
  const signUp = async (email: string) => {
    await page.goto("/signup");
    await page.getByLabel("Your name").fill("Someone");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("a-strong-password");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByTestId("signup-done")).toBeVisible();
    return { url: page.url(), text: await page.getByRole("main").textContent() };
  };
  const fresh = await signUp(`fresh.${Date.now()}@example.test`);
  const taken = await signUp(existing.email);
  expect(taken).toEqual(fresh);
  // The account's owner is told instead, by mail (sent after the response).
  await expect.poll(() => db.outboxMessage.count({ where: { senderId: existing.id, to: existing.email, kind: "account" } })).toBe(1);
});

test("the session cookie is HttpOnly and SameSite=Lax; Secure with the __Secure- prefix behind https", async ({ page, world }) => {
  await signIn(page, world.members.OWNER);
  const session = (await page.context().cookies()).find((c) => c.name === "authjs.session-token");
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: false, path: "/" });

  const proxied = parseSetCookies(await signInResponse(world.members.EDITOR.email, true));
  const secure = proxied.find((c) => c.name === "__Secure-authjs.session-token");
  expect(secure?.attributes).toEqual(expect.arrayContaining(["httponly", "samesite=lax", "secure", "path=/"]));
});

test("an unlocked share link's cookie is HttpOnly, SameSite=Lax, limited to the link, and Secure behind https", async ({ ownerPage: page, world }) => {
  await page.goto(`/projects/${world.project.id}/sharing`);
  await page.getByLabel("Label (for you)").fill("Security");
  await page.getByLabel("Passcode (optional)").fill("open-sesame");
  await page.getByRole("button", { name: "Create link" }).click();
  const token = new URL((await page.getByTestId("created-share-url").textContent())!).pathname.split("/").pop()!;
  for (const proxiedHttps of [false, true]) {
    const response = await fetch(`${base()}/share/${token}/unlock`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": `10.77.0.${proxiedHttps ? 2 : 1}`, ...(proxiedHttps ? { "x-forwarded-proto": "https" } : {}) },
      body: new URLSearchParams({ passcode: "open-sesame" }),
    });
    expect(response.status).toBe(303);
    const cookie = parseSetCookies(response).find((c) => c.name.startsWith("lp_share_"));
    expect(cookie?.attributes).toEqual(expect.arrayContaining(["httponly", "samesite=lax", `path=/share/${token}`.toLowerCase()]));
    expect(cookie?.attributes.includes("secure"), proxiedHttps ? "behind https" : "on http").toBe(proxiedHttps);
  }
});
