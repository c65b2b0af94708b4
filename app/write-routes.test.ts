// Every route handler that accepts a write is listed here with what guards it, so a new
// unauthenticated write route (like the old benchmark route gated only by an environment variable)
// fails this test instead of shipping in the production app.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const GUARDED_WRITE_ROUTES: Record<string, string> = {
  "api/auth/[...nextauth]/route.ts": "Auth.js (CSRF token, credentials, rate limits)",
  "projects/import/upload/route.ts": "session + the project gate",
  "share/[token]/unlock/route.ts": "share token + passcode, per-client backoff",
  "share/[token]/track/route.ts": "share token capability (counts section opens and reading time only)",
  "share/[token]/email/route.ts": "share token (+ passcode), per-client rate limit on mailed codes",
  "share/[token]/verify/route.ts": "share token + the code cookie, per-client backoff, limited attempts per code",
};

function routeFiles(dir: string, root = dir): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full, root);
    return entry.name === "route.ts" ? [path.relative(root, full).split(path.sep).join("/")] : [];
  });
}

describe("route handlers that accept writes", () => {
  it("are exactly the guarded ones (no benchmark or debug write routes in the app)", () => {
    const appDir = path.resolve(import.meta.dirname);
    const writes = routeFiles(appDir).filter((file) => /export (?:async function\s+|const \{[^}]*?)(POST|PUT|PATCH|DELETE)\b/.test(fs.readFileSync(path.join(appDir, file), "utf8")));
    expect(writes.sort()).toEqual(Object.keys(GUARDED_WRITE_ROUTES).sort());
    expect(writes).not.toContain("api/bench/update/route.ts");
  });
});
