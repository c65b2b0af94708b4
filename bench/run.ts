// `npm run bench`: builds and starts the production server on a fresh PostgreSQL database,
// generates a small and a large plan, and measures our routes against a bare baseline in the
// same run. Writes bench/results/latest.json and latest.md and prints the table.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { recreateDatabase, testDatabaseUrl } from "../tests/support/databases";
import { load, serverActionId, signInCookie, type LoadResult } from "./http";
import { measureQueries, type QueryCounts } from "./queries";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const PORT = Number(process.env.BENCH_PORT ?? 3600);
const DIST = ".next-bench";
const base = `http://127.0.0.1:${PORT}`;
const databaseUrl = testDatabaseUrl("bench");

async function waitForServer(url: string) {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`server did not start: ${url}`);
}

/** Resident memory of the server: `npx next start` and every process under it (the server itself). */
function rssMegabytes(pid: number): number | null {
  const tree = (root: number): number[] => {
    let children: number[] = [];
    try {
      children = execFileSync("pgrep", ["-P", String(root)], { encoding: "utf8" }).split("\n").filter(Boolean).map(Number);
    } catch {
      // no children
    }
    return [root, ...children.flatMap(tree)];
  };
  try {
    return tree(pid).reduce((sum, p) => {
      const status = fs.readFileSync(`/proc/${p}/status`, "utf8");
      return sum + Number(status.match(/VmRSS:\s+(\d+)/)?.[1] ?? 0) / 1024;
    }, 0);
  } catch {
    return null;
  }
}

type Row = { name: string; result: LoadResult; baseline: LoadResult };

function firstLoadJs(): { route: string; kilobytes: number; ratioToEmpty: number }[] {
  const stats = JSON.parse(fs.readFileSync(path.join(DIST, "diagnostics", "route-bundle-stats.json"), "utf8")) as { route: string; firstLoadUncompressedJsBytes: number }[];
  const empty = stats.find((s) => s.route === "/_not-found")?.firstLoadUncompressedJsBytes ?? stats[0].firstLoadUncompressedJsBytes;
  return stats
    .map((s) => ({ route: s.route, kilobytes: Math.round(s.firstLoadUncompressedJsBytes / 1024), ratioToEmpty: s.firstLoadUncompressedJsBytes / empty }))
    .sort((a, b) => a.route.localeCompare(b.route));
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const fmt = (n: number, digits = 2) => n.toFixed(digits);

type DiffResult = { risks: number; medianMs: number; maxMs: number };

function markdown(rows: Row[], queries: QueryCounts, js: ReturnType<typeof firstLoadJs>, memory: number | null, machine: string, diff: DiffResult): string {
  const lines = [
    `Machine: ${machine}. Each row ran ${SECONDS}s with autocannon against \`next start\` on PostgreSQL; ratios are to the baseline of the same run.`,
    "",
    "| route | req/s | p50 ms | p95 ms | p99 ms | req/s ÷ baseline | p95 ÷ baseline | errors |",
    "|---|---|---|---|---|---|---|---|",
    ...rows.map(
      ({ name, result: r, baseline: b }) =>
        `| ${name} | ${fmt(r.requestsPerSecond, 0)} | ${fmt(r.p50, 1)} | ${fmt(r.p95, 1)} | ${fmt(r.p99, 1)} | ${fmt(ratio(r.requestsPerSecond, b.requestsPerSecond))} | ${fmt(ratio(r.p95, Math.max(1, b.p95)))} | ${r.errors + r.non2xx} |`,
    ),
    "",
    "| queries per page | small plan | large plan |",
    "|---|---|---|",
    ...Object.entries(queries).map(([page, q]) => `| ${page} | ${q.small} | ${q.large} |`),
    "",
    "| first-load JS | KiB (uncompressed) | ÷ empty page |",
    "|---|---|---|",
    ...js.map((j) => `| ${j.route} | ${j.kilobytes} | ${fmt(j.ratioToEmpty)} |`),
    "",
    `Diff of two plans with ${diff.risks} risks: median ${fmt(diff.medianMs, 1)} ms, max ${fmt(diff.maxMs, 1)} ms (in-process).`,
    "",
    `Server memory (RSS) at the end: ${memory === null ? "n/a" : `${Math.round(memory)} MiB`}.`,
  ];
  return lines.join("\n");
}

async function main() {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_DIST_DIR: DIST, NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: databaseUrl, AUTH_SECRET: "bench-secret-bench-secret-bench-secret" };
  console.log("building…");
  execFileSync("npx", ["next", "build"], { env, stdio: ["ignore", "ignore", "inherit"] });
  console.log("database…");
  await recreateDatabase(databaseUrl);
  process.env.DATABASE_URL = databaseUrl;
  const { db } = await import("../lib/db/client");
  const { createBenchWorld } = await import("./plans");
  const world = await createBenchWorld(db);
  const queries = await measureQueries(world);
  const { measureLargeDiff } = await import("../lib/plan-document/benchmark");
  const diff = measureLargeDiff({ risks: 1000, runs: 5 });

  console.log("starting the server…");
  const server = spawn("npx", ["next", "start", "-H", "127.0.0.1", "-p", String(PORT)], { env, stdio: "ignore", detached: true });
  // The bare-update baseline runs in its own small server, not in the production app.
  const baselineBase = `http://127.0.0.1:${PORT + 1}`;
  const baselineServer = spawn("npx", ["tsx", "--conditions=react-server", "bench/baseline-server.ts", String(PORT + 1)], { env, stdio: "ignore", detached: true });
  try {
    await waitForServer(`${base}/api/health`);
    await waitForServer(`${baselineBase}/ready`);
    const cookie = await signInCookie(base, world.email, world.password);
    const authed = { cookie };
    const run = (url: string, extra: Partial<Parameters<typeof load>[0]> = {}) => load({ url, seconds: SECONDS, connections: CONNECTIONS, ...extra });

    // Warm up every route once so compilation and caches do not count.
    for (const url of [`/api/health`, `/share/${world.small.shareToken}`, `/share/${world.large.shareToken}`]) await fetch(base + url);
    for (const url of [`/projects/${world.large.projectId}/readiness`, `/projects/${world.large.projectId}/risks`]) await fetch(base + url, { headers: authed });

    console.log("measuring…");
    const baseline = await run(`${base}/api/health`);
    const rows: Row[] = [{ name: "baseline: /api/health (one query)", result: baseline, baseline }];
    rows.push({ name: "investor summary, small plan", result: await run(`${base}/share/${world.small.shareToken}`), baseline });
    rows.push({ name: "investor summary, large plan", result: await run(`${base}/share/${world.large.shareToken}`), baseline });
    rows.push({ name: "readiness page, large plan", result: await run(`${base}/projects/${world.large.projectId}/readiness`, { headers: authed }), baseline });
    rows.push({ name: "risk register page, large plan", result: await run(`${base}/projects/${world.large.projectId}/risks`, { headers: authed }), baseline });

    // Saves are measured one at a time (latency), each against its own bare baseline.
    const bare = await run(`${baselineBase}/update?projectId=${world.small.projectId}`, { method: "POST", connections: 1 });
    const autosave = await measureAutosave(world, cookie);
    rows.push({ name: "baseline: bare Prisma update (1 connection)", result: bare, baseline: bare });
    rows.push({ name: "autosave action, one field (1 connection)", result: autosave, baseline: bare });

    const memory = rssMegabytes(server.pid!);
    const machine = `${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
    const js = firstLoadJs();
    const table = markdown(rows, queries, js, memory, machine, diff);
    fs.mkdirSync("bench/results", { recursive: true });
    fs.writeFileSync("bench/results/latest.json", JSON.stringify({ at: new Date().toISOString(), machine, seconds: SECONDS, connections: CONNECTIONS, rows, queries, firstLoadJs: js, memoryMiB: memory, diff }, null, 2));
    fs.writeFileSync("bench/results/latest.md", `${table}\n`);
    console.log(`\n${table}\n`);
  } finally {
    for (const child of [server, baselineServer]) {
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        // already gone
      }
    }
    await db.$disconnect();
  }
}

async function measureAutosave(world: Awaited<ReturnType<typeof import("./plans").createBenchWorld>>, cookie: string): Promise<LoadResult> {
  const { db } = await import("../lib/db/client");
  const risk = await db.risk.findFirstOrThrow({ where: { projectId: world.small.projectId }, orderBy: { id: "asc" } });
  const actionId = serverActionId(DIST, "lib/risks/actions.ts", "updateRiskAction");
  let version = risk.version;
  const body = () =>
    JSON.stringify([
      {
        projectId: world.small.projectId,
        riskId: risk.id,
        version: version++,
        title: risk.title,
        description: `Edited ${version}`,
        category: risk.category,
        likelihood: risk.likelihood,
        impact: risk.impact,
        response: risk.response,
        mitigation: risk.mitigation,
        contingency: risk.contingency,
        ownerMemberId: null,
        status: risk.status,
        nextReview: "",
      },
    ]);
  const autocannon = (await import("autocannon")).default;
  const samples: number[] = [];
  const result = await new Promise<import("autocannon").Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${base}/projects/${world.small.projectId}/risks`,
        method: "POST",
        duration: SECONDS,
        connections: 1,
        headers: { cookie, "next-action": actionId, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component" },
        // autocannon applies neither the method nor the body to `requests` entries by itself.
        requests: [{ method: "POST", setupRequest: (request) => ({ ...request, method: "POST", body: body() }) }],
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on("response", (_c, _s, _b, time) => samples.push(time));
  });
  samples.sort((a, b) => a - b);
  const at = (p: number) => samples[Math.min(samples.length - 1, Math.max(0, Math.ceil((p / 100) * samples.length) - 1))] ?? 0;
  const saved = await db.risk.findUniqueOrThrow({ where: { id: risk.id } });
  if (saved.version <= risk.version) throw new Error("autosave benchmark stored nothing: check the action call");
  return { requestsPerSecond: result.requests.average, p50: at(50), p95: at(95), p99: at(99), errors: result.errors, non2xx: result.non2xx, requests: result.requests.total };
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
