// `npm run bench`: builds and starts the production server on a fresh PostgreSQL database,
// generates a small and a large plan, and measures our routes against a bare baseline in the
// same run. Writes bench/results/latest.json and latest.md and prints the table.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { recreateDatabase, testDatabaseUrl } from "../tests/support/databases";
import { load, signInCookie, type LoadResult } from "./http";
import type { BenchWorld } from "./plans";
import { parse } from "pg-connection-string";
import type { QueryCounts } from "./queries";
import { measureMinimalAction, measureResearchAutosave, measureRiskAutosave, saveOnce, touchPlan } from "./saves";

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

/** `base` names the baseline row its ratios are taken against. */
type Row = { name: string; result: LoadResult; baseline: LoadResult; base: string; peakRssMiB: number | null };

/** Samples the server's RSS while `fn` runs; returns the peak. */
async function withPeakRss<T>(pid: number, fn: () => Promise<T>): Promise<{ value: T; peak: number | null }> {
  let peak: number | null = null;
  const sample = () => {
    const now = rssMegabytes(pid);
    if (now !== null) peak = Math.max(peak ?? 0, now);
  };
  const timer = setInterval(sample, 250);
  try {
    const value = await fn();
    sample();
    return { value, peak };
  } finally {
    clearInterval(timer);
  }
}

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

/** The pages measured for a small and a large plan: path under /projects/<id>, or the share page. */
const PAGES: { name: string; path: string | "share" }[] = [
  { name: "overview", path: "" },
  { name: "team", path: "/team" },
  { name: "business model", path: "/business-model" },
  { name: "market", path: "/market" },
  { name: "platform", path: "/platform" },
  { name: "funding", path: "/funding" },
  { name: "milestones", path: "/milestones" },
  { name: "compliance", path: "/compliance" },
  { name: "risks", path: "/risks" },
  { name: "cases", path: "/cases" },
  { name: "readiness", path: "/readiness" },
  { name: "investor summary (share link)", path: "share" },
];

/** Pages that read the plan cache (facts, live score or summary by plan revision). */
const CACHED_PAGES = ["overview", "risks", "cases", "readiness", "investor summary (share link)"];

type Plans = BenchWorld;
type PlanKey = "small" | "large" | "smallScored" | "largeScored";
const PLAN_LABEL: Record<PlanKey, string> = { small: "small plan", large: "large plan", smallScored: "small plan, scored", largeScored: "large plan, scored" };

function pageUrl(world: Plans, plan: PlanKey, path: string): string {
  return path === "share" ? `/share/${world[plan].shareToken}` : `/projects/${world[plan].projectId}${path}`;
}

/** The summary is measured for plans never scored (it computes the score live) and scored ones (it reads the snapshot). */
function pageCases(): { name: string; path: string; plan: PlanKey }[] {
  return PAGES.flatMap((p) => {
    const plans: PlanKey[] = p.path === "share" ? ["small", "large", "smallScored", "largeScored"] : ["small", "large"];
    return plans.map((plan) => ({ name: `${p.name}, ${PLAN_LABEL[plan]}`, path: p.path, plan }));
  });
}

function markdown(rows: Row[], queries: QueryCounts, js: ReturnType<typeof firstLoadJs>, memory: number | null, machine: string, diff: DiffResult, coldRows: ColdRow[]): string {
  const minimalAction = rows.find((r) => r.name.startsWith("baseline: minimal server action"))?.result;
  const autosave = rows.find((r) => r.name.startsWith("autosave action"))?.result;
  const p95Of = (name: string) => rows.find((r) => r.name === name)?.result.p95 ?? 0;
  const sizes = PAGES.flatMap((p) => {
    const pairs: [string, string][] = p.path === "share" ? [["small plan", "large plan"], ["small plan, scored", "large plan, scored"]] : [["small plan", "large plan"]];
    return pairs.map(([small, large]) => ({ page: `${p.name}${small.includes("scored") ? " (scored)" : ""}`, ratio: ratio(p95Of(`${p.name}, ${large}`), p95Of(`${p.name}, ${small}`)) }));
  });
  const lines = [
    `Machine: ${machine}. Each row ran ${SECONDS}s with autocannon (${CONNECTIONS} connections unless noted) against \`next start\` on PostgreSQL, after a warm-up of every path; ratios are to the named baseline of the same run. Peak RSS: the server's resident memory while the row ran.`,
    "",
    "| route | req/s | p50 ms | p95 ms | p99 ms | baseline | req/s ÷ baseline | p95 ÷ baseline | peak RSS MiB | errors |",
    "|---|---|---|---|---|---|---|---|---|---|",
    ...rows.map(
      ({ name, result: r, baseline: b, base, peakRssMiB }) =>
        `| ${name} | ${fmt(r.requestsPerSecond, 0)} | ${fmt(r.p50, 1)} | ${fmt(r.p95, 1)} | ${fmt(r.p99, 1)} | ${base} | ${fmt(ratio(r.requestsPerSecond, b.requestsPerSecond))} | ${fmt(ratio(r.p95, Math.max(1, b.p95)))} | ${peakRssMiB === null ? "n/a" : Math.round(peakRssMiB)} | ${r.errors + r.non2xx} |`,
    ),
    "",
    `Autosave ÷ the minimal server action: p50 ${fmt(ratio(autosave?.p50 ?? 0, minimalAction?.p50 ?? 0))}, p95 ${fmt(ratio(autosave?.p95 ?? 0, minimalAction?.p95 ?? 0))}.`,
    "",
    `Right after a save (a write to the plan before each request, so nothing is cached for its revision; one request at a time, ${COLD_SAMPLES} samples; the minimal page one at a time for comparison):`,
    "",
    "| route, right after a save | p50 ms | p95 ms | p95 ÷ minimal page (one at a time) |",
    "|---|---|---|---|",
    ...coldRows.map((c) => `| ${c.name} | ${fmt(c.p50, 1)} | ${fmt(c.p95, 1)} | ${fmt(ratio(c.p95, coldRows.find((r) => r.name.startsWith("baseline"))?.p95 ?? 0))} |`),
    "",
    "| large plan p95 ÷ small plan p95 | ratio |",
    "|---|---|",
    ...sizes.map((s) => `| ${s.page} | ${fmt(s.ratio)} |`),
    "",
    "Statements per request, counted at the PostgreSQL wire (session, access check, layout, page and work after the response):",
    "",
    "| statements per request | small plan | large plan | right after a save: small | right after a save: large |",
    "|---|---|---|---|---|",
    ...Object.entries(queries).map(([page, q]) => `| ${page} | ${q.small} | ${q.large} | ${q.afterSave?.small ?? "same"} | ${q.afterSave?.large ?? "same"} |`),
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

function startServer(env: NodeJS.ProcessEnv, port: number) {
  return spawn("npx", ["next", "start", "-H", "127.0.0.1", "-p", String(port)], { env, stdio: "ignore", detached: true });
}

function stop(child: ReturnType<typeof spawn>) {
  try {
    process.kill(-child.pid!, "SIGTERM");
  } catch {
    // already gone
  }
}

/**
 * Statements per request: a server whose database connection runs through the counting relay
 * answers each path a few times in a row; the count of the cheapest answer is kept (a first
 * answer may include one-off work such as a time-zone lookup that is cached afterwards).
 */
async function countStatements(env: NodeJS.ProcessEnv, world: Plans, cookie: string): Promise<QueryCounts> {
  const { startQueryCounter } = await import("./query-counter");
  const target = parse(databaseUrl);
  const counter = await startQueryCounter({ host: target.host ?? "127.0.0.1", port: Number(target.port ?? 5432) });
  const relayed = new URL(databaseUrl);
  relayed.hostname = "127.0.0.1";
  relayed.port = String(counter.port);
  const port = PORT + 2;
  const server = startServer({ ...env, DATABASE_URL: relayed.toString() }, port);
  const countedBase = `http://127.0.0.1:${port}`;
  try {
    await waitForServer(`${countedBase}/api/health`);
    const counted = async (url: string, init: RequestInit = {}, save?: () => Promise<void>) => {
      let fewest = Infinity;
      for (let i = 0; i < 4; i++) {
        // A save first (not counted): the request then finds nothing cached for the new revision.
        if (save) await save();
        const before = counter.count();
        const response = await fetch(countedBase + url, init);
        await response.arrayBuffer();
        // Work scheduled after the response (a share view's count) belongs to the request.
        await new Promise((r) => setTimeout(r, 300));
        if (!response.ok) throw new Error(`${url} answered ${response.status}`);
        if (i > 0) fewest = Math.min(fewest, counter.count() - before);
      }
      return fewest;
    };
    const counts: QueryCounts = {};
    counts["baseline: minimal dynamic page"] = { small: await counted("/bench-baseline", { headers: { cookie } }), large: 0 };
    counts["baseline: minimal dynamic page"].large = counts["baseline: minimal dynamic page"].small;
    const saveTo = (plan: PlanKey) => () => touchPlan(world[plan].projectId);
    for (const page of PAGES) {
      const headers: Record<string, string> = page.path === "share" ? {} : { cookie };
      const at = (plan: PlanKey, save?: boolean) => counted(pageUrl(world, plan, page.path), { headers }, save ? saveTo(plan) : undefined);
      counts[page.name] = { small: await at("small"), large: await at("large") };
      if (CACHED_PAGES.includes(page.name)) counts[page.name].afterSave = { small: await at("small", true), large: await at("large", true) };
    }
    const scored = (plan: PlanKey, save?: boolean) => counted(pageUrl(world, plan, "share"), {}, save ? saveTo(plan) : undefined);
    counts["investor summary (share link), scored"] = {
      small: await scored("smallScored"),
      large: await scored("largeScored"),
      afterSave: { small: await scored("smallScored", true), large: await scored("largeScored", true) },
    };
    const before = counter.count();
    await saveOnce({ server: countedBase, dist: DIST, seconds: SECONDS, cookie }, world);
    await new Promise((r) => setTimeout(r, 300));
    const saved = counter.count() - before;
    counts["autosave action (one risk field)"] = { small: saved, large: saved };
    return counts;
  } finally {
    stop(server);
    await counter.close();
  }
}

async function main() {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_DIST_DIR: DIST, NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: databaseUrl, AUTH_SECRET: "bench-secret-bench-secret-bench-secret", BENCH_PAGES: "1" };
  if (process.env.BENCH_SKIP_BUILD !== "1") {
    console.log("building…");
    execFileSync("npx", ["next", "build"], { env, stdio: ["ignore", "ignore", "inherit"] });
  }
  console.log("database…");
  await recreateDatabase(databaseUrl);
  process.env.DATABASE_URL = databaseUrl;
  const { db } = await import("../lib/db/client");
  const { createBenchWorld } = await import("./plans");
  const world = await createBenchWorld(db);
  // Statistics and visibility maps for the freshly generated plans now, as a live database has them:
  // otherwise autovacuum analyses the new tables a minute in, in the middle of the measured rows.
  await db.$executeRawUnsafe("VACUUM ANALYZE");
  const { measureLargeDiff } = await import("../lib/plan-document/benchmark");
  const diff = measureLargeDiff({ risks: 1000, runs: 5 });

  console.log("starting the server…");
  const server = startServer(env, PORT);
  // The bare-update baseline runs in its own small server, not in the production app.
  const baselineBase = `http://127.0.0.1:${PORT + 1}`;
  const baselineServer = spawn("npx", ["tsx", "--conditions=react-server", "bench/baseline-server.ts", String(PORT + 1)], { env, stdio: "ignore", detached: true });
  try {
    await waitForServer(`${base}/api/health`);
    await waitForServer(`${baselineBase}/ready`);
    const cookie = await signInCookie(base, world.email, world.password);
    const authed = { cookie };
    const run = (url: string, extra: Partial<Parameters<typeof load>[0]> = {}) => load({ url, seconds: SECONDS, connections: CONNECTIONS, ...extra });
    const cases = pageCases();

    // Warm up every path (compilation, module loading, caches) so the rows measure steady state.
    console.log("warming up…");
    for (let i = 0; i < 5; i++) {
      await (await fetch(`${base}/api/health`)).arrayBuffer();
      await (await fetch(`${base}/bench-baseline`, { headers: authed })).arrayBuffer();
      for (const c of cases) await (await fetch(base + pageUrl(world, c.plan, c.path), { headers: c.path === "share" ? {} : authed })).arrayBuffer();
    }

    const rows: Row[] = [];
    const coldRows: ColdRow[] = [];
    // BENCH_COUNT_ONLY=1 skips the load rows (for iterating on statement counts).
    if (process.env.BENCH_COUNT_ONLY !== "1") await measureRows();
    async function measureRows() {
      console.log("measuring…");
      const measure = async (name: string, base: string, baselineResult: LoadResult | null, fn: () => Promise<LoadResult>) => {
        const { value, peak } = await withPeakRss(server.pid!, fn);
        rows.push({ name, result: value, baseline: baselineResult ?? value, base, peakRssMiB: peak });
        return value;
      };
      const health = await measure("baseline: `/api/health` (one query, JSON)", "health", null, () => run(`${base}/api/health`));
      const minimal = await measure("baseline: minimal dynamic page (root layout, session, one query)", "page", null, () => run(`${base}/bench-baseline`, { headers: authed }));
      for (const c of cases) {
        const share = c.path === "share";
        // The summary's targets are against /api/health; a section page's against the minimal page.
        await measure(c.name, share ? "health" : "page", share ? health : minimal, () => run(base + pageUrl(world, c.plan, c.path), { headers: share ? {} : authed }));
      }

      // Saves are measured one at a time (latency), each against its own bare baseline.
      const bare = await measure("baseline: bare Prisma update (1 connection)", "update", null, () => run(`${baselineBase}/update?projectId=${world.small.projectId}`, { method: "POST", connections: 1 }));
      const saves = { server: base, dist: DIST, seconds: SECONDS, cookie };
      await measure("autosave action, one field (1 connection)", "update", bare, () => measureRiskAutosave(saves, world));
      await measure("autosave action, market research field (1 connection)", "update", bare, () => measureResearchAutosave(saves, world));
      // The framework's floor for a save: a server action that reads the session and updates one row.
      await measure("baseline: minimal server action (session, one update; 1 connection)", "update", bare, () => measureMinimalAction(saves, world));
      // Pages that read the plan cache, right after a save (nothing cached for the new revision yet).
      coldRows.push(...(await measureAfterSave(world, cookie)));
    }

    const memory = rssMegabytes(server.pid!);
    stop(server);
    stop(baselineServer);
    console.log("counting statements…");
    const queries = await countStatements(env, world, cookie);
    const machine = `${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
    const js = firstLoadJs();
    const table = markdown(rows, queries, js, memory, machine, diff, coldRows);
    fs.mkdirSync("bench/results", { recursive: true });
    fs.writeFileSync("bench/results/latest.json", JSON.stringify({ at: new Date().toISOString(), machine, seconds: SECONDS, connections: CONNECTIONS, rows, coldRows, queries, firstLoadJs: js, memoryMiB: memory, diff }, null, 2));
    fs.writeFileSync("bench/results/latest.md", `${table}\n`);
    console.log(`\n${table}\n`);
  } finally {
    stop(server);
    stop(baselineServer);
    await db.$disconnect();
  }
}

const COLD_SAMPLES = Number(process.env.BENCH_COLD_SAMPLES ?? 30);
type ColdRow = { name: string; p50: number; p95: number };

/** Pages that read the plan cache, each request right after a save to its plan (one at a time). */
async function measureAfterSave(world: Plans, cookie: string): Promise<ColdRow[]> {
  const sample = async (name: string, url: string, headers: Record<string, string>, projectId?: string): Promise<ColdRow> => {
    const times: number[] = [];
    for (let i = 0; i < COLD_SAMPLES; i++) {
      if (projectId) await touchPlan(projectId);
      const start = performance.now();
      const response = await fetch(base + url, { headers });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`${url} answered ${response.status}`);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const at = (p: number) => times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)];
    return { name, p50: at(50), p95: at(95) };
  };
  const rows = [await sample("baseline: minimal dynamic page", "/bench-baseline", { cookie })];
  for (const page of PAGES.filter((p) => CACHED_PAGES.includes(p.name))) {
    for (const plan of ["small", "large"] as const) {
      rows.push(await sample(`${page.name}, ${PLAN_LABEL[plan]}`, pageUrl(world, plan, page.path), page.path === "share" ? {} : { cookie }, world[plan].projectId));
    }
  }
  return rows;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
