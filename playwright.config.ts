import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { testDatabaseUrl } from "./tests/support/databases";

const port = Number(process.env.E2E_PORT ?? 3200);
// Fixtures create per-test users and teams directly in the e2e database.
process.env.DATABASE_URL = testDatabaseUrl("e2e");
process.env.E2E_BASE_URL = `http://127.0.0.1:${port}`;
process.env.E2E_PGLITE_URL = `http://127.0.0.1:${port + 1}`;
// The PostgreSQL app sends mail by SMTP to a local server that writes each message here
// (e2e/support/mail.ts reads it); the PGlite app has no mail server and keeps mail in its outbox.
process.env.E2E_SMTP_PORT = String(port + 2);
process.env.E2E_MAIL_DIR = path.join(os.tmpdir(), `launchpad-e2e-mail-${port}`);

const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: process.env.E2E_BASE_URL,
    trace: "retain-on-failure",
    locale: "en-US",
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: chromiumArgs },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: [
    {
      // The app on real PostgreSQL (a fresh e2e database, migrated and seeded).
      command: `npx tsx scripts/e2e-server.ts postgres ${port}`,
      url: `http://127.0.0.1:${port}/signin`,
      timeout: 180_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
    },
    // E2E_PGLITE=0 skips the embedded-database server when working on one section.
    ...(process.env.E2E_PGLITE === "0" ? [] : [{
      // The zero-setup path: embedded PGlite in a fresh data dir, migrated and seeded on start.
      command: `npx tsx scripts/e2e-server.ts pglite ${port + 1}`,
      url: `http://127.0.0.1:${port + 1}/signin`,
      timeout: 180_000,
      reuseExistingServer: false,
      stdout: "pipe" as const,
      stderr: "pipe" as const,
    }]),
  ],
});
