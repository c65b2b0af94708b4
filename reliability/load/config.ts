// Settings of `npm run reliability`, from the environment. RELIABILITY_SHORT=1 is the quick variant
// (fewer editors, ~20 s of load, no database restart).
const short = process.env.RELIABILITY_SHORT === "1";
const num = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a non-negative number`);
  return value;
};

export const config = {
  short,
  editors: num("RELIABILITY_EDITORS", short ? 10 : 50),
  seconds: num("RELIABILITY_SECONDS", short ? 20 : 60),
  /** Items every editor also saves (the rest are one per editor), so the same items are contended. */
  sharedItems: num("RELIABILITY_SHARED_ITEMS", 5),
  /** Share of saves that go to a shared item. */
  sharedShare: num("RELIABILITY_SHARED_SHARE", 0.3),
  /** Pause between one editor's saves (an autosave debounce is ~1 s; lower means more load). */
  thinkMs: num("RELIABILITY_THINK_MS", 1000),
  /** Restart PostgreSQL while editors save. Off in the short variant unless asked for. */
  fault: process.env.RELIABILITY_FAULT ? process.env.RELIABILITY_FAULT === "1" : !short,
  /**
   * "restart": restart the PostgreSQL cluster (disturbs everyone using it for a few seconds).
   * "terminate": only kill this run's database connections — a gentler fault for trying things out.
   */
  faultMode: process.env.RELIABILITY_FAULT_MODE === "terminate" ? ("terminate" as const) : ("restart" as const),
  faultSeconds: num("RELIABILITY_FAULT_SECONDS", 30),
  /** When in the fault phase the restart begins. */
  restartAfterSeconds: num("RELIABILITY_RESTART_AFTER", 8),
  /** After PostgreSQL is back, failures are still expected for this long (the pool reconnects). */
  recoveryGraceMs: num("RELIABILITY_RECOVERY_GRACE_MS", 10_000),
  /** A request without an answer after this long counts as hung. */
  requestTimeoutMs: num("RELIABILITY_REQUEST_TIMEOUT_MS", 30_000),
  /** How long a failed save is retried before it counts as not saved. */
  retryForMs: num("RELIABILITY_RETRY_FOR_MS", 60_000),
  port: num("RELIABILITY_PORT", 3391),
  distDir: process.env.NEXT_DIST_DIR ?? ".next-rel",
  skipBuild: process.env.RELIABILITY_SKIP_BUILD === "1",
  databaseUrl:
    process.env.RELIABILITY_DATABASE_URL ??
    // Same server and naming as the other test databases (tests/support/databases.ts).
    `${process.env.TEST_PG_BASE_URL ?? "postgresql://launchpad:launchpad@127.0.0.1:5432"}/launchpad_reliability${process.env.TEST_DB_SUFFIX ?? ""}`,
};

export type Config = typeof config;
