// The bench's saves: server actions posted as the browser posts them (the action's id in a header, its
// arguments as JSON), one at a time, each checked to have stored something.
import { serverActionId, type LoadResult } from "./http";
import type { BenchWorld } from "./plans";

/** Where and how long to post: the server's base URL, its build directory (for action ids), the session. */
export type SaveBench = { server: string; dist: string; seconds: number; cookie: string };

function actionHeaders(bench: SaveBench, file: string, exportedName: string): Record<string, string> {
  return { cookie: bench.cookie, "next-action": serverActionId(bench.dist, file, exportedName), "content-type": "text/plain;charset=UTF-8", accept: "text/x-component" };
}

/** A write to the plan outside the app (its revision changes), so the next page finds nothing cached. */
export async function touchPlan(projectId: string) {
  const { db } = await import("../lib/db/client");
  await db.project.update({ where: { id: projectId }, data: { updatedAt: new Date() }, select: { id: true } });
}

/** An autosave of one risk field: each call of `body` is the next version's save. */
async function riskAutosave(bench: SaveBench, world: BenchWorld) {
  const { db } = await import("../lib/db/client");
  const risk = await db.risk.findFirstOrThrow({ where: { projectId: world.small.projectId }, orderBy: { id: "asc" } });
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
  return { risk, body, url: `${bench.server}/projects/${world.small.projectId}/risks`, headers: actionHeaders(bench, "lib/risks/actions.ts", "updateRiskAction") };
}

/** One risk autosave (the statement count's sample). */
export async function saveOnce(bench: SaveBench, world: BenchWorld) {
  const { body, url, headers } = await riskAutosave(bench, world);
  const response = await fetch(url, { method: "POST", headers, body: body() });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`autosave answered ${response.status}`);
}

export async function measureRiskAutosave(bench: SaveBench, world: BenchWorld): Promise<LoadResult> {
  const { db } = await import("../lib/db/client");
  const { risk, body, url, headers } = await riskAutosave(bench, world);
  const result = await postOneAtATime(bench, url, headers, body);
  const saved = await db.risk.findUniqueOrThrow({ where: { id: risk.id } });
  if (saved.version <= risk.version) throw new Error("autosave benchmark stored nothing: check the action call");
  return result;
}

/** A save of another section (a singleton record), to show saves cost the same in every section. */
export async function measureResearchAutosave(bench: SaveBench, world: BenchWorld): Promise<LoadResult> {
  const { db } = await import("../lib/db/client");
  const projectId = world.small.projectId;
  const before = (await db.marketResearch.findUnique({ where: { projectId } }))?.version ?? 0;
  let version = before;
  const body = () => JSON.stringify([{ projectId, version, objective: `Edited ${version++}`, dataCollection: "", analysis: "", findings: "" }]);
  const result = await postOneAtATime(bench, `${bench.server}/projects/${projectId}/market`, actionHeaders(bench, "lib/market/actions.ts", "saveResearchAction"), body);
  const saved = await db.marketResearch.findUniqueOrThrow({ where: { projectId } });
  if (saved.version <= before + 1) throw new Error("research autosave benchmark stored nothing: check the action call");
  return result;
}

/** The bench's minimal server action (app/bench-baseline/actions.ts), posted like an autosave. */
export async function measureMinimalAction(bench: SaveBench, world: BenchWorld): Promise<LoadResult> {
  const url = `${bench.server}/bench-baseline`;
  const headers = actionHeaders(bench, "app/bench-baseline/actions.ts", "benchMinimalSave");
  const body = () => JSON.stringify([{ projectId: world.small.projectId }]);
  const check = await fetch(url, { method: "POST", headers, body: body() });
  await check.arrayBuffer();
  if (!check.ok) throw new Error(`minimal action answered ${check.status}`);
  return postOneAtATime(bench, url, headers, body);
}

/** Posts one request at a time for the bench's duration; latency percentiles from every answer. */
async function postOneAtATime(bench: SaveBench, url: string, headers: Record<string, string>, body: () => string): Promise<LoadResult> {
  const autocannon = (await import("autocannon")).default;
  const samples: number[] = [];
  const result = await new Promise<import("autocannon").Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        method: "POST",
        duration: bench.seconds,
        connections: 1,
        headers,
        // autocannon applies neither the method nor the body to `requests` entries by itself.
        requests: [{ method: "POST", setupRequest: (request) => ({ ...request, method: "POST", body: body() }) }],
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on("response", (_c, _s, _b, time) => samples.push(time));
  });
  samples.sort((a, b) => a - b);
  const at = (p: number) => samples[Math.min(samples.length - 1, Math.max(0, Math.ceil((p / 100) * samples.length) - 1))] ?? 0;
  return { requestsPerSecond: result.requests.average, p50: at(50), p95: at(95), p99: at(99), errors: result.errors, non2xx: result.non2xx, requests: result.requests.total };
}
