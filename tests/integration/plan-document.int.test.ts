// The plan document: export → import → export gives the identical document (demo plans of every
// seeded section, and a plan with every collection filled), and bad files create nothing.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { POST as uploadPlan } from "@/app/projects/import/upload/route";
import { db } from "@/lib/db/client";
import { loadMessages } from "@/lib/i18n/messages";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import { planRowsSelect, readPlanDocument } from "@/lib/plan-document/data";
import { importPlanFile } from "@/lib/plan-document/import";
import { planDocumentSchema } from "@/lib/plan-document/schema";
import { fullPlanInput } from "@/lib/plan-document/test-plans";
import { SECTION_SEEDERS } from "@/prisma/seed/sections";
import { createTeamWithProject } from "../support/factories";
import { countQueries } from "../support/query-count";
import { signInAs } from "./session";

vi.setConfig({ testTimeout: 120_000 });

const read = (projectId: string) => readPlanDocument(projectId as AuthorizedProjectId);

async function importAs(world: Awaited<ReturnType<typeof createTeamWithProject>>, text: string) {
  await signInAs(world.members.OWNER);
  return importPlanFile(world.team.id, text);
}

const projectCount = () => db.project.count();

/** A database failure in the middle of a whole-plan write: a trigger refuses one compliance title. */
const FAILING_TITLE = "Refused by a test trigger";
async function withFailingInsert<T>(run: () => Promise<T>): Promise<T> {
  await db.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION test_refuse_insert() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'refused by test'; END $$ LANGUAGE plpgsql`);
  await db.$executeRawUnsafe(`CREATE TRIGGER test_refuse_insert BEFORE INSERT ON "ComplianceItem" FOR EACH ROW WHEN (NEW.title = '${FAILING_TITLE}') EXECUTE FUNCTION test_refuse_insert()`);
  try {
    return await run();
  } finally {
    await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS test_refuse_insert ON "ComplianceItem"`);
  }
}

describe("export → import → export", () => {
  it("gives the identical document for the seeded demo plans (Chinese and English)", async () => {
    const world = await createTeamWithProject();
    const en = await db.project.create({ data: { teamId: world.team.id, name: "ClinicNote AI", stage: "PROTOTYPE", currency: "USD" } });
    for (const seed of SECTION_SEEDERS) await seed(db as never, { userId: world.members.OWNER.id, teamId: world.team.id, zhProjectId: world.project.id, enProjectId: en.id });

    for (const projectId of [world.project.id, en.id]) {
      const exported = await read(projectId);
      // The seeded plan passes the import schema as it is (the export is not a raw fallback).
      expect(planDocumentSchema.safeParse(exported).success).toBe(true);
      expect(exported.team.members.length).toBeGreaterThan(0);
      expect(exported.risks.items.length).toBeGreaterThan(0);

      const imported = await importAs(world, JSON.stringify(exported));
      if (!imported.ok) throw new Error(`import failed: ${imported.code} ${JSON.stringify(imported.fieldErrors)}`);
      const again = await read(imported.data.projectId);
      expect(JSON.stringify(again)).toBe(JSON.stringify(exported));
    }
  });

  it("gives the identical document for a plan with every collection filled, references re-mapped", async () => {
    const world = await createTeamWithProject();
    const first = await importAs(world, JSON.stringify(fullPlanInput()));
    if (!first.ok) throw new Error(first.code);
    const exported = await read(first.data.projectId);
    expect(exported).toEqual(planDocumentSchema.parse(fullPlanInput()));

    const second = await importAs(world, JSON.stringify(exported, null, 2));
    if (!second.ok) throw new Error(second.code);
    expect(JSON.stringify(await read(second.data.projectId))).toBe(JSON.stringify(exported));

    // New ids, and every reference points at the new project's own rows.
    const [risk, member, dependency, lesson] = await Promise.all([
      db.risk.findFirstOrThrow({ where: { projectId: second.data.projectId, title: "Transcription errors reach the chart" } }),
      db.teamMember.findFirstOrThrow({ where: { projectId: second.data.projectId, name: "Tom Berg" } }),
      db.milestoneDependency.findFirstOrThrow({ where: { projectId: second.data.projectId }, include: { milestone: true, dependsOn: true } }),
      db.caseAppliedLesson.findFirstOrThrow({ where: { projectId: second.data.projectId } }),
    ]);
    expect(risk.ownerMemberId).toBe(member.id);
    expect(risk.score).toBe(15);
    expect([dependency.milestone.projectId, dependency.dependsOn.projectId]).toEqual([second.data.projectId, second.data.projectId]);
    expect(await db.ownCase.count({ where: { id: lesson.caseId, projectId: second.data.projectId } })).toBe(1);
    expect(await db.risk.count({ where: { id: lesson.targetId, projectId: second.data.projectId } })).toBe(1);
    const cost = await db.teamCost.findUniqueOrThrow({ where: { projectId: second.data.projectId } });
    expect(cost.memberMonthlyCost).toBe(17_000);
  });

  it("contains no member emails, user ids or collaboration data", async () => {
    const world = await createTeamWithProject();
    await db.comment.create({ data: { projectId: world.project.id, section: "risks", authorId: world.members.OWNER.id, body: "secret comment" } });
    const text = JSON.stringify(await read(world.project.id));
    for (const forbidden of [world.members.OWNER.email, world.members.OWNER.id, world.members.EDITOR.id, world.team.id, world.project.id, "secret comment"]) {
      expect(text).not.toContain(forbidden);
    }
  });

  it("reads a plan in a fixed number of queries, whatever its size", async () => {
    const world = await createTeamWithProject();
    const small = await importAs(world, JSON.stringify(fullPlanInput()));
    const input = fullPlanInput();
    input.risks!.items = Array.from({ length: 300 }, (_, i) => ({ ...input.risks!.items![0], key: `risk-${i + 1}`, title: `Risk ${i + 1}` }));
    input.cases!.appliedLessons = [];
    const large = await importAs(world, JSON.stringify(input));
    if (!small.ok || !large.ok) throw new Error("import failed");
    const [a, b] = [await countQueries(() => read(small.data.projectId)), await countQueries(() => read(large.data.projectId))];
    expect(b.result.risks.items).toHaveLength(300);
    expect(b.queries).toBe(a.queries);
  });
});

describe("a bad file", () => {
  const codes = ["importTooLarge", "importNotJson", "importWrongFormat", "importUnsupportedVersion", "importInvalid"];

  it("has its refusal worded in both languages", () => {
    for (const locale of ["en", "zh-CN"] as const) {
      const errors = (loadMessages(locale).history as { importErrors: Record<string, string> }).importErrors;
      for (const code of codes) expect(errors[code], `${locale} ${code}`).toBeTruthy();
    }
  });

  it("with an unknown version, the wrong format, broken JSON or invalid values creates nothing", async () => {
    const world = await createTeamWithProject();
    const before = await projectCount();
    const futureVersion = { ...fullPlanInput(), version: 2 };
    const negative = fullPlanInput();
    negative.funding!.uses![0].amount = -100;

    expect(await importAs(world, JSON.stringify(futureVersion))).toMatchObject({ ok: false, code: "importUnsupportedVersion", fieldErrors: { version: { values: { version: "2" } } } });
    expect(await importAs(world, JSON.stringify({ format: "someone-elses-app", version: 1 }))).toMatchObject({ ok: false, code: "importWrongFormat" });
    expect(await importAs(world, "[1, 2, 3]")).toMatchObject({ ok: false, code: "importWrongFormat" });
    expect(await importAs(world, "{ not json")).toMatchObject({ ok: false, code: "importNotJson" });
    expect(await importAs(world, JSON.stringify(negative))).toMatchObject({ ok: false, code: "importInvalid", fieldErrors: { "funding.uses.0.amount": { code: "tooSmall" } } });
    expect(await projectCount()).toBe(before);
  });

  it("with tags in its text is not bad: the text is imported exactly as written", async () => {
    const world = await createTeamWithProject();
    const withTags = fullPlanInput();
    withTags.risks!.items![0].mitigation = "<script>alert(1)</script> stays text";
    const result = await importAs(world, JSON.stringify(withTags));
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    const risks = await db.risk.findMany({ where: { projectId: result.data.projectId }, select: { mitigation: true } });
    expect(risks.map((r) => r.mitigation)).toContain("<script>alert(1)</script> stays text");
  });

  it("of 50 MB is refused before it is read, by the upload route and by the importer", async () => {
    const world = await createTeamWithProject();
    const before = await projectCount();
    await signInAs(world.members.OWNER);
    const huge = JSON.stringify({ ...fullPlanInput(), padding: "x".repeat(50 * 1024 * 1024) });

    const declared = await uploadPlan(new Request(`http://localhost:3000/projects/import/upload?team=${world.team.id}`, { method: "POST", body: huge, headers: { "content-length": String(huge.length) } }));
    expect(declared.status).toBe(413);
    expect(await declared.json()).toEqual({ ok: false, code: "importTooLarge" });

    // Without a length header (chunked), reading stops at the limit.
    let pulled = 0;
    const chunk = new TextEncoder().encode("x".repeat(1024 * 1024));
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        if (pulled > 50) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const streamed = await uploadPlan(new Request(`http://localhost:3000/projects/import/upload?team=${world.team.id}`, { method: "POST", body: stream, duplex: "half" } as RequestInit));
    expect(streamed.status).toBe(413);
    expect(pulled).toBeLessThan(10);

    expect(await importPlanFile(world.team.id, huge)).toEqual({ ok: false, code: "importTooLarge" });
    expect(await projectCount()).toBe(before);
  });

  it("that passes the checks but cannot be stored leaves nothing half-imported", async () => {
    const world = await createTeamWithProject();
    const before = await projectCount();
    const input = fullPlanInput();
    input.compliance!.items![1].title = FAILING_TITLE;
    // The compliance rows are written after the project, its team, risks and milestones.
    const result = await withFailingInsert(() => importAs(world, JSON.stringify(input)));
    expect(result).toMatchObject({ ok: false, code: "internal" });
    expect(await projectCount()).toBe(before);
    expect(await db.risk.count({ where: { title: "Transcription errors reach the chart", project: { teamId: world.team.id } } })).toBe(0);
  });

  it("is refused from another site", async () => {
    const world = await createTeamWithProject();
    await signInAs(world.members.OWNER);
    const response = await uploadPlan(
      new Request(`http://localhost:3000/projects/import/upload?team=${world.team.id}`, { method: "POST", body: JSON.stringify(fullPlanInput()), headers: { origin: "https://evil.example", host: "localhost:3000" } }),
    );
    expect(response.status).toBe(403);
  });
});

/** Models and their fields, read from prisma/schema/*.prisma (name → field → type). */
function prismaModels(): Map<string, Map<string, string>> {
  const dir = path.join(process.cwd(), "prisma", "schema");
  const models = new Map<string, Map<string, string>>();
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".prisma"))) {
    const text = fs.readFileSync(path.join(dir, file), "utf8");
    for (const [, name, body] of text.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)) {
      const fields = new Map<string, string>();
      for (const line of body.split("\n").map((l) => l.trim())) {
        const match = /^(\w+)\s+(\w+)/.exec(line);
        if (match && !line.startsWith("//")) fields.set(match[1], match[2]);
      }
      models.set(name, fields);
    }
  }
  return models;
}

describe("the document covers the whole plan", () => {
  // Not plan content: collaboration, sharing, history itself, and values derived from the plan.
  // Who may open the plan (project roles, invitations) is access, not plan content, like the team itself.
  const NOT_PLAN_CONTENT = ["team", "readinessSnapshots", "shareLinks", "planSnapshots", "comments", "commentMentions", "activities", "presences", "notifications", "teamCost", "milestoneDependencies", "projectMembers", "invitations", "planRevision"];
  // Keys, bookkeeping, and values recomputed on write (a risk's score, a note's position).
  const NOT_CONTENT_FIELDS = ["id", "projectId", "teamId", "version", "createdAt", "updatedAt", "archivedAt", "score", "position"];

  it("every table of a project and every column of it is read into the document (a new one fails here)", () => {
    const models = prismaModels();
    const project = models.get("Project")!;
    const select = planRowsSelect as Record<string, unknown>;
    const missing: string[] = [];
    for (const [field, type] of project) {
      if (NOT_PLAN_CONTENT.includes(field) || NOT_CONTENT_FIELDS.includes(field)) continue;
      if (!models.has(type)) {
        if (!(field in select)) missing.push(`Project.${field}`);
        continue;
      }
      const relation = select[field] as { select?: Record<string, unknown> } | undefined;
      if (!relation?.select) {
        missing.push(`Project.${field} (${type})`);
        continue;
      }
      for (const [column, columnType] of models.get(type)!) {
        // requiredBy: the dependency edges again, seen from the other end (dependsOn is read).
        if (NOT_CONTENT_FIELDS.includes(column) || columnType === "Project" || `${type}.${column}` === "Milestone.requiredBy") continue;
        if (!(column in relation.select)) missing.push(`${type}.${column}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
