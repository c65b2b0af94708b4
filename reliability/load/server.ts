// The production server under test, and the PostgreSQL restart of the fault phase.
import { execFile, execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { promisify } from "node:util";
import pg from "pg";
import type { Config } from "./config";

export function serverEnv(config: Config): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NEXT_DIST_DIR: config.distDir,
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: config.databaseUrl,
    AUTH_SECRET: "reliability-secret-reliability-secret-reliability",
  };
}

export function build(config: Config) {
  if (config.skipBuild && fs.existsSync(`${config.distDir}/BUILD_ID`)) return;
  execFileSync("npx", ["next", "build"], { env: serverEnv(config), stdio: ["ignore", "ignore", "inherit"] });
}

export type RunningServer = { process: ChildProcess; base: string; log: () => string; alive: () => boolean; stop: () => void };

export async function startServer(config: Config): Promise<RunningServer> {
  const child = spawn("npx", ["next", "start", "-H", "127.0.0.1", "-p", String(config.port)], {
    env: serverEnv(config),
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  let exited = false;
  child.on("exit", () => (exited = true));
  const base = `http://127.0.0.1:${config.port}`;
  for (let i = 0; i < 240 && !exited; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  if (exited) throw new Error(`next start exited:\n${output}`);
  return {
    process: child,
    base,
    log: () => output,
    alive: () => !exited,
    stop: () => {
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        // already gone
      }
    },
  };
}

/** The local cluster's version, the way .ci/run finds it. */
function clusterVersion(): string {
  const versions = fs.readdirSync("/etc/postgresql").sort((a, b) => a.localeCompare(b, undefined, { numeric: true }));
  if (!versions.length) throw new Error("no PostgreSQL cluster in /etc/postgresql");
  return versions[versions.length - 1];
}

/**
 * Restarts the local PostgreSQL cluster; resolves when it accepts connections again. Asynchronous,
 * so the simulated editors keep running (and waiting) meanwhile.
 */
export async function restartPostgres(): Promise<void> {
  await promisify(execFile)("pg_ctlcluster", [clusterVersion(), "main", "restart"]);
}

/** Kills every connection to the run's database (the app's pool included), leaving the server up. */
export async function terminateConnections(databaseUrl: string): Promise<void> {
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  try {
    await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()");
  } finally {
    await admin.end();
  }
}
