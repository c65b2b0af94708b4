// Starts the built app for Playwright on a fresh database: `postgres` recreates the e2e database,
// `pglite` uses a new embedded data dir (the zero-setup path). Both migrate and seed first.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { recreateDatabase, testDatabaseUrl } from "../tests/support/databases";
import { startMailCatcher } from "../tests/support/mail-catcher";

const [engine, port] = process.argv.slice(2);
const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-secret-e2e-secret-e2e-secret-e2e" };

/** A real SMTP server for the PostgreSQL app; each message it receives becomes a file in E2E_MAIL_DIR. */
async function startMail() {
  const dir = process.env.E2E_MAIL_DIR;
  if (!dir || !process.env.E2E_SMTP_PORT) return;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  let count = 0;
  const catcher = await startMailCatcher({
    port: Number(process.env.E2E_SMTP_PORT),
    onMessage: (_mail, raw) => fs.writeFileSync(path.join(dir, `${Date.now()}-${++count}.eml`), raw),
  });
  env.SMTP_URL = catcher.url;
  env.MAIL_FROM = "Launchpad <noreply@launchpad.test>";
}

async function prepareDatabase() {
  if (engine === "postgres") {
    env.DATABASE_URL = testDatabaseUrl("e2e");
    await recreateDatabase(env.DATABASE_URL);
    await startMail();
    return;
  }
  delete env.DATABASE_URL;
  env.PGLITE_DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "launchpad-e2e-pglite-"));
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env, stdio: "inherit" });
}

function start() {
  execFileSync("npx", ["tsx", "prisma/seed.ts"], { env, stdio: "inherit" });
  const server = spawn("npx", ["next", "start", "-H", "127.0.0.1", "-p", port], { env, stdio: "inherit" });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}

prepareDatabase().then(start, (error) => {
  console.error(error);
  process.exit(1);
});
