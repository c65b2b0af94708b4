// Test databases: real PostgreSQL on this machine, recreated for each run. A guard refuses any
// non-local server so a test can never wipe a real database.
import { execFileSync } from "node:child_process";
import pg from "pg";
import { parse } from "pg-connection-string";

const BASE = process.env.TEST_PG_BASE_URL ?? "postgresql://launchpad:launchpad@127.0.0.1:5432";
const SUFFIX = process.env.TEST_DB_SUFFIX ?? "";

export function testDatabaseUrl(kind: "integration" | "e2e" | "bench"): string {
  const explicit = { integration: process.env.TEST_DATABASE_URL, e2e: process.env.E2E_DATABASE_URL, bench: process.env.BENCH_DATABASE_URL }[kind];
  return explicit ?? `${BASE}/launchpad_${kind}${SUFFIX}`;
}

export function assertLocal(url: string): void {
  const host = parse(url).host ?? "";
  if (!["127.0.0.1", "localhost", "::1", ""].includes(host) && !host.startsWith("/")) {
    throw new Error(`Refusing to run tests against a non-local database host "${host}".`);
  }
}

/** Drops and recreates the database, then applies all migrations with the Prisma CLI. */
export async function recreateDatabase(url: string): Promise<void> {
  assertLocal(url);
  const { database } = parse(url);
  if (!database || !/^[a-z0-9_]+$/.test(database)) throw new Error(`Unexpected test database name: ${database}`);
  const admin = new pg.Client({ connectionString: url.replace(/\/[^/?]+(\?|$)/, "/postgres$1") });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${database}"`);
  } finally {
    await admin.end();
  }
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url }, stdio: "pipe" });
}
