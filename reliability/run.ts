// `npm run reliability`: builds and starts the production server on a fresh PostgreSQL database,
// then simulated editors save risks through the real server-action protocol:
//   1. load  — N editors for S seconds, own and shared items: no server errors, conflicts reported
//              as conflicts, every acknowledged save read back;
//   2. fault — editors keep saving while PostgreSQL restarts: failures are visible (no hangs),
//              retried saves succeed, the app recovers without a restart, nothing acknowledged is lost.
// Prints a summary table, writes reliability/results/latest.{md,json}, exits 1 on a failed check.
// RELIABILITY_SHORT=1: 10 editors, 20 s, no restart. Settings: reliability/load/config.ts.
import os from "node:os";
import { recreateDatabase } from "../tests/support/databases";
import { serverActionId, signInCookie } from "../bench/http";
import { config } from "./load/config";
import { MAX_REBASES, runEditors, type Ack, type Attempt, type Editor, type PhaseLog } from "./load/editors";
import { markdownTable, percentile, writeResults, type Check } from "./load/report";
import { build, restartPostgres, startServer, terminateConnections } from "./load/server";
import { verifyAcknowledged, type Stored } from "./load/verify";
import { createLoadWorld } from "./load/world";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const UNEXPECTED_IN_LOG = /\[action\] unexpected error|Unhandled|uncaught/gi;

async function signInEditors(base: string, emails: string[], password: string, items: { id: string }[]): Promise<Editor[]> {
  const editors: Editor[] = [];
  for (let start = 0; start < emails.length; start += 5) {
    const batch = emails.slice(start, start + 5);
    const cookies = await Promise.all(batch.map((email) => signInCookie(base, email, password)));
    cookies.forEach((cookie, i) => editors.push({ index: start + i, cookie, versions: new Map(items.map((item) => [item.id, 1])) }));
  }
  return editors;
}

function phaseChecks(phase: string, log: PhaseLog, seconds: number, outage?: { from: number; to: number }): Check[] {
  // A request overlapping the outage (started before it, answered during it) belongs to it.
  const inOutage = (a: Attempt) => outage !== undefined && a.at <= outage.to && a.at + a.ms >= outage.from;
  const failed = log.attempts.filter((a) => a.outcome === "failed");
  const conflicts = log.attempts.filter((a) => a.outcome === "conflict").length;
  const unexpected = log.attempts.filter((a) => a.outcome === "unexpected");
  const serverErrors = failed.filter((a) => a.serverError && !inOutage(a));
  const otherFailures = failed.filter((a) => !a.serverError && !inOutage(a));
  const latencies = log.attempts.map((a) => a.ms);
  const sample = (list: { detail?: string }[]) => (list[0]?.detail ? ` (e.g. ${list[0].detail.replaceAll("|", "/")})` : "");
  const after = outage ? " outside the outage" : "";
  return [
    { phase, check: "save requests", value: `${log.attempts.length} (${(log.attempts.length / seconds).toFixed(1)}/s)`, pass: log.attempts.length > 0 },
    { phase, check: "acknowledged saves", value: String(log.acks.length), pass: log.acks.length > 0 },
    { phase, check: "conflicts (answered as conflicts, saved again on top)", value: `${conflicts}; ${log.leftAfterConflicts} saves left after ${MAX_REBASES} in a row`, pass: null },
    { phase, check: `server errors (HTTP 5xx or "internal")${after}`, value: `${serverErrors.length}${sample(serverErrors)}`, pass: serverErrors.length === 0 },
    { phase, check: `other failures (no connection, timeouts)${after}`, value: `${otherFailures.length}${sample(otherFailures)}`, pass: otherFailures.length === 0 },
    { phase, check: "unexpected answers (any other error code)", value: `${unexpected.length}${sample(unexpected)}`, pass: unexpected.length === 0 },
    { phase, check: "saves not acknowledged after retrying", value: String(log.unsaved.length), pass: log.unsaved.length === 0 },
    { phase, check: "latency p50 / p95 / p99 / max (ms)", value: [50, 95, 99, 100].map((p) => percentile(latencies, p)).join(" / "), pass: null },
  ];
}

function verificationChecks(phase: string, acks: Ack[], stored: Stored, sent: Map<string, Set<string>>): Check[] {
  const v = verifyAcknowledged(acks, stored, sent);
  const lost = v.lost[0] ? ` (e.g. expected v${v.lost[0].expectedVersion} "${v.lost[0].expected}", stored v${v.lost[0].storedVersion} "${v.lost[0].stored}")` : "";
  return [
    { phase, check: "acknowledged saves read back: last value of every item stored", value: `${v.items} items, ${v.acknowledged} saves, ${v.lost.length} lost${lost}`, pass: v.lost.length === 0 && v.items > 0 },
    { phase, check: "two saves acknowledged with the same version (lost update)", value: String(v.duplicateVersions), pass: v.duplicateVersions === 0 },
    { phase, check: "items holding a later save whose answer was lost", value: String(v.committedWithoutAnswer), pass: null },
  ];
}

/** "internal ×80, HTTP 500 ×19": how failed attempts failed. */
function failureKinds(attempts: Attempt[]): string {
  const kinds = new Map<string, number>();
  for (const a of attempts) {
    const kind = a.timedOut ? "timeout" : a.detail === "code internal" ? "internal" : /^\d{3} /.test(a.detail ?? "") ? `HTTP ${a.detail!.slice(0, 3)}` : "no connection";
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  return [...kinds].map(([kind, n]) => `${kind} ×${n}`).join(", ") || "none";
}

function faultChecks(log: PhaseLog, restart: { startedAt: number; finishedAt: number }): Check[] {
  const phase = "fault";
  const restarted = config.faultMode === "restart";
  const failedDuring = log.attempts.filter((a) => a.outcome === "failed" && a.at <= restart.finishedAt + config.recoveryGraceMs && a.at + a.ms >= restart.startedAt);
  const hung = log.attempts.filter((a) => a.timedOut).length;
  const firstAck = log.acks.find((a) => a.at > restart.finishedAt);
  const lastFailure = Math.max(0, ...log.attempts.filter((a) => a.outcome === "failed").map((a) => a.at + a.ms));
  const failedMs = failedDuring.map((a) => a.ms);
  return [
    {
      phase,
      check: restarted ? "PostgreSQL restart (pg_ctlcluster … restart)" : "database connections killed (pg_terminate_backend)",
      value: `${((restart.finishedAt - restart.startedAt) / 1000).toFixed(1)} s`,
      pass: null,
    },
    // Killing connections leaves no outage window, so failing saves are possible but not required then.
    {
      phase,
      check: "saves during the outage failed visibly (non-ok answers)",
      value: `${failedDuring.length} (${failureKinds(failedDuring)}), answered in ≤ ${Math.max(0, ...failedMs)} ms`,
      pass: restarted ? failedDuring.length > 0 : null,
    },
    { phase, check: `hung requests (no answer within ${config.requestTimeoutMs / 1000} s)`, value: String(hung), pass: hung === 0 },
    {
      phase,
      check: "failed saves retried until acknowledged (or answered as a conflict)",
      value: `${log.retriedThenSaved} + ${log.retriedThenLeftAfterConflicts} of ${log.retried}`,
      pass: log.unsaved.length === 0 && log.retriedThenSaved + log.retriedThenLeftAfterConflicts === log.retried,
    },
    { phase, check: "app recovered without a restart: first save acknowledged after PostgreSQL was back", value: firstAck ? `after ${firstAck.at - restart.finishedAt} ms; last failure ${Math.max(0, lastFailure - restart.finishedAt)} ms after` : "never", pass: firstAck !== undefined },
  ];
}

async function main() {
  const started = Date.now();
  console.log(`reliability: ${config.editors} editors, ${config.seconds} s load${config.fault ? `, then ${config.faultSeconds} s with a fault (${config.faultMode})` : ""}; build in ${config.distDir}, port ${config.port}`);
  build(config);
  await recreateDatabase(config.databaseUrl);
  process.env.DATABASE_URL = config.databaseUrl;
  const { db } = await import("../lib/db/client");
  const world = await createLoadWorld(db, config.editors, config.sharedItems);
  const server = await startServer(config);
  const checks: Check[] = [];
  const acks: Ack[] = [];
  const sent = new Map<string, Set<string>>();
  const remember = (log: PhaseLog) => {
    acks.push(...log.acks);
    for (const [item, values] of log.sent) sent.set(item, new Set([...(sent.get(item) ?? []), ...values]));
  };
  const readBack = async (): Promise<Stored> =>
    new Map((await db.risk.findMany({ where: { projectId: world.projectId }, select: { id: true, description: true, version: true } })).map((r) => [r.id, r]));
  try {
    const actionId = serverActionId(config.distDir, "lib/risks/actions.ts", "updateRiskAction");
    const editors = await signInEditors(server.base, world.editorEmails, world.password, world.items);
    const run = (seconds: number) => runEditors({ config, base: server.base, projectId: world.projectId, actionId, editors, items: world.items, until: Date.now() + seconds * 1000 });

    console.log("load…");
    const logBefore = server.log().length;
    const load = await run(config.seconds);
    remember(load);
    checks.push(...phaseChecks("load", load, config.seconds), ...verificationChecks("load", acks, await readBack(), sent));
    const logErrors = server.log().slice(logBefore).match(UNEXPECTED_IN_LOG)?.length ?? 0;
    checks.push({ phase: "load", check: "unexpected errors in the server log", value: String(logErrors), pass: logErrors === 0 });

    if (config.fault) {
      console.log(`fault: ${config.faultMode === "restart" ? "restarting PostgreSQL" : "killing the database connections"} while editors save…`);
      const restart = (async () => {
        await sleep(config.restartAfterSeconds * 1000);
        const startedAt = Date.now();
        if (config.faultMode === "restart") await restartPostgres();
        else await terminateConnections(config.databaseUrl);
        return { startedAt, finishedAt: Date.now() };
      })();
      const [fault, window] = await Promise.all([run(config.faultSeconds), restart]);
      remember(fault);
      const outage = { from: window.startedAt, to: window.finishedAt + config.recoveryGraceMs };
      checks.push(...phaseChecks("fault", fault, config.faultSeconds, outage), ...faultChecks(fault, window), ...verificationChecks("fault", acks, await readBack(), sent));
    }
    checks.push({ phase: "all", check: "the same server process served every phase", value: server.alive() ? `pid ${server.process.pid}` : "exited", pass: server.alive() });
  } finally {
    server.stop();
    await db.$disconnect();
  }

  const machine = `${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), load average ${os.loadavg()[0].toFixed(1)} at the end, Node ${process.version}`;
  const table = markdownTable(checks, `Reliability run ${new Date().toISOString()}: ${config.editors} editors (${config.sharedItems} shared items, ${config.thinkMs} ms think time), ${config.seconds} s load${config.fault ? ` + ${config.faultSeconds} s with a fault (${config.faultMode === "restart" ? "PostgreSQL restart" : "connections killed"})` : ""}. Machine: ${machine}. Took ${Math.round((Date.now() - started) / 1000)} s.`);
  writeResults(config.short ? "reliability/results/short" : "reliability/results", table, { at: new Date().toISOString(), config, machine, checks });
  console.log(`\n${table}\n`);
  const failed = checks.filter((c) => c.pass === false);
  if (failed.length) console.error(`${failed.length} check(s) failed.`);
  process.exit(failed.length ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
