// Snapshots: listing (fixed query count, no documents loaded, authors as members' names), storage
// that does not touch normal pages, frozen share links storing the whole plan, exports.
import { describe, expect, it, vi } from "vitest";
import { GET as exportPlan } from "@/app/projects/[projectId]/export/route";
import { db, Prisma } from "@/lib/db/client";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import { buildInvestorSummary } from "@/lib/investor-summary/data";
import { readPlanDocument } from "@/lib/plan-document/data";
import { createProjectFromDocument } from "@/lib/plan-document/mutations";
import { planDocumentSchema } from "@/lib/plan-document/schema";
import { fullPlan } from "@/lib/plan-document/test-plans";
import { getProject } from "@/lib/projects/data";
import { createShareLinkAction } from "@/lib/share/actions";
import { listShareLinks } from "@/lib/share/data";
import { createSnapshotAction } from "@/lib/snapshots/actions";
import { listSnapshots, loadPlanVersion } from "@/lib/snapshots/data";
import { getTeamSection } from "@/lib/team/data";
import { clearPlanCache } from "@/lib/plan-cache/cache";
import { createTeamWithProject } from "../support/factories";
import { countQueries } from "../support/query-count";
import { signInAs } from "./session";

vi.setConfig({ testTimeout: 120_000 });

const id = (projectId: string) => projectId as AuthorizedProjectId;

async function addSnapshots(projectId: string, count: number, authorId: string) {
  const document = (await readPlanDocument(id(projectId))) as Prisma.InputJsonValue;
  await db.planSnapshot.createMany({ data: Array.from({ length: count }, (_, i) => ({ projectId, name: `Week ${i}`, kind: "MANUAL" as const, summary: {}, document, createdById: authorId })) });
}

describe("the snapshot list", () => {
  it("takes the same number of queries for 3 and 60 snapshots and never loads their documents", async () => {
    const [small, large] = [await createTeamWithProject(), await createTeamWithProject()];
    await addSnapshots(small.project.id, 3, small.members.OWNER.id);
    await addSnapshots(large.project.id, 60, large.members.EDITOR.id);
    const a = await countQueries(() => listSnapshots(id(small.project.id)));
    const b = await countQueries(() => listSnapshots(id(large.project.id)));
    expect(b.result).toHaveLength(60);
    expect(b.queries).toBe(a.queries);
    // Documents are only read when a version is opened: no statement selects the column.
    for (const sql of b.statements) expect(sql.split(/\bFROM\b/i)[0]).not.toMatch(/"document"/);
    expect(b.result[0]).toMatchObject({ author: large.members.EDITOR.name, kind: "MANUAL", hasDocument: true });
  });

  it("names only authors who are members of the team", async () => {
    const world = await createTeamWithProject();
    await addSnapshots(world.project.id, 1, world.outsider.id);
    expect((await listSnapshots(id(world.project.id)))[0].author).toBeNull();
  });
});

describe("snapshot storage", () => {
  it("adds no queries to normal pages", async () => {
    const world = await createTeamWithProject();
    // Measured without the plan cache both times: snapshots are not plan content (no new revision),
    // so a warm cache would hide the summary's own statements.
    const loaders = () => (clearPlanCache(), Promise.all([getProject(id(world.project.id)), getTeamSection(id(world.project.id)), buildInvestorSummary(id(world.project.id)), listShareLinks(id(world.project.id))]));
    const before = await countQueries(loaders);
    await addSnapshots(world.project.id, 40, world.members.OWNER.id);
    const after = await countQueries(loaders);
    expect(after.queries).toBe(before.queries);
  });

  it("keeps the whole plan and the investor summary of a saved snapshot", async () => {
    const world = await createTeamWithProject();
    await signInAs(world.members.OWNER);
    const result = await createSnapshotAction({ projectId: world.project.id, name: "  Before the seed pitch " });
    if (!result.ok) throw new Error(result.code);
    const stored = await db.planSnapshot.findUniqueOrThrow({ where: { id: result.data.id } });
    expect(stored).toMatchObject({ name: "Before the seed pitch", kind: "MANUAL", createdById: world.members.OWNER.id, summary: { project: { name: "Test plan" } } });
    expect(planDocumentSchema.parse(stored.document)).toEqual(await readPlanDocument(id(world.project.id)));
  });

  it("refuses an empty or over-long name and stores nothing", async () => {
    const world = await createTeamWithProject();
    await signInAs(world.members.OWNER);
    expect(await createSnapshotAction({ projectId: world.project.id, name: "   " })).toMatchObject({ ok: false, code: "validation", fieldErrors: { name: { code: "required" } } });
    expect(await createSnapshotAction({ projectId: world.project.id, name: "x".repeat(121) })).toMatchObject({ ok: false, fieldErrors: { name: { code: "tooLong" } } });
    expect(await db.planSnapshot.count({ where: { projectId: world.project.id } })).toBe(0);
  });

  it("of a frozen share link holds the whole plan too, so history can compare it", async () => {
    const world = await createTeamWithProject();
    await signInAs(world.members.OWNER);
    await createShareLinkAction({ projectId: world.project.id, label: "Fund A", mode: "SNAPSHOT", expiresOn: "", passcode: "" });
    const [listed] = await listSnapshots(id(world.project.id));
    expect(listed).toMatchObject({ kind: "SHARE_LINK", name: "Fund A", hasDocument: true });
    const version = await loadPlanVersion(id(world.project.id), listed.id);
    expect(version?.document).toEqual(await readPlanDocument(id(world.project.id)));
  });

  it("is read only through its own project", async () => {
    const [a, b] = [await createTeamWithProject(), await createTeamWithProject()];
    await addSnapshots(b.project.id, 1, b.members.OWNER.id);
    const [foreign] = await listSnapshots(id(b.project.id));
    expect(await loadPlanVersion(id(a.project.id), foreign.id)).toBeNull();
  });
});

describe("the export download", () => {
  const get = (projectId: string, query: string) => exportPlan(new Request(`http://localhost:3000/projects/${projectId}/export?${query}`), { params: Promise.resolve({ projectId }) });

  it("gives every member the plan as JSON and as Markdown, of now or of a snapshot", async () => {
    const world = await createTeamWithProject();
    const filled = await createProjectFromDocument(world.team.id as never, fullPlan(), { now: new Date() });
    await addSnapshots(filled.id, 1, world.members.OWNER.id);
    const [snapshot] = await listSnapshots(id(filled.id));
    await db.project.update({ where: { id: filled.id }, data: { oneLiner: "Changed after the snapshot" } });

    await signInAs(world.members.VIEWER);
    const json = await get(filled.id, "format=json");
    expect(json.status).toBe(200);
    expect(json.headers.get("content-disposition")).toMatch(/^attachment; filename="plan\.json"; filename\*=UTF-8''ClinicNote-AI-\d{4}-\d{2}-\d{2}\.json$/);
    expect(planDocumentSchema.parse(await json.json()).project.oneLiner).toBe("Changed after the snapshot");

    const old = await get(filled.id, `format=json&snapshot=${snapshot.id}`);
    expect((await old.json()).project.oneLiner).toBe("An ambient scribe for outpatient clinics.");

    const markdown = await get(filled.id, "format=markdown&locale=zh-CN");
    expect(markdown.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    const text = await markdown.text();
    expect(text).toContain("# ClinicNote AI");
    expect(text).toContain("## 风险");
    expect(text).toContain("- **负责人**: Tom Berg");
  });

  it("is a plain not-found for outsiders, anonymous callers and other projects' snapshots", async () => {
    const [world, other] = [await createTeamWithProject(), await createTeamWithProject()];
    await addSnapshots(other.project.id, 1, other.members.OWNER.id);
    const [foreign] = await listSnapshots(id(other.project.id));
    await signInAs(world.outsider);
    expect((await get(world.project.id, "format=json")).status).toBe(404);
    await signInAs(null);
    expect((await get(world.project.id, "format=json")).status).toBe(404);
    await signInAs(world.members.OWNER);
    expect((await get(world.project.id, `format=json&snapshot=${foreign.id}`)).status).toBe(404);
  });
});
