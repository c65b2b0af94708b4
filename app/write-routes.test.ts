// Every route handler that accepts a write is listed here with what guards it, so a new
// unauthenticated write route (like the old benchmark route gated only by an environment variable)
// fails this test instead of shipping in the production app.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";

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

describe("the benchmark's minimal page", () => {
  it("is routed only in a build made with BENCH_PAGES=1", async () => {
    const previous = process.env.BENCH_PAGES;
    try {
      delete process.env.BENCH_PAGES;
      vi.resetModules();
      const production = (await import("../next.config")).default;
      expect(production.pageExtensions).not.toContain("bench.tsx");
      process.env.BENCH_PAGES = "1";
      vi.resetModules();
      expect((await import("../next.config")).default.pageExtensions).toContain("bench.tsx");
    } finally {
      if (previous === undefined) delete process.env.BENCH_PAGES;
      else process.env.BENCH_PAGES = previous;
    }
    // The page file would not be routed under a production page extension, and its server action
    // (the bench's minimal save) is imported by that page alone, so production builds contain neither.
    const files = fs.readdirSync(path.resolve(import.meta.dirname, "bench-baseline"));
    expect(files).toEqual(["actions.ts", "page.bench.tsx"]);
    const read = (file: string) => fs.readFileSync(path.resolve(import.meta.dirname, file), "utf8");
    const sources = fs.readdirSync(import.meta.dirname, { recursive: true, encoding: "utf8" }).filter((f) => /\.tsx?$/.test(f) && !f.endsWith(".test.ts"));
    const importers = sources.filter((f) => read(f).includes("bench-baseline/actions") || (f.startsWith("bench-baseline/") && read(f).includes('from "./actions"')));
    expect(importers).toEqual(["bench-baseline/page.bench.tsx"]);
  });
});
