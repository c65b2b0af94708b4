// The one versioned-write helper (lib/db/versioned-write.ts) on real PostgreSQL: outcomes, the
// activity row written in the same transaction, and concurrent writers.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import { versionedWrite } from "@/lib/db/versioned-write";
import { ACTIVITY_VALUE_MAX, parseChanges } from "@/lib/activity/model";
import { createRisk, updateRisk } from "@/lib/risks/mutations";
import { createRiskAction, updateRiskAction } from "@/lib/risks/actions";
import { saveResearch } from "@/lib/market/mutations";
import { countQueries } from "../support/query-count";
import { createTeamWithProject } from "../support/factories";
import { signInAs } from "./session";

const base = {
  title: "Key engineer leaves",
  description: "",
  category: "security",
  likelihood: 2,
  impact: 3,
  response: "mitigate",
  mitigation: "",
  contingency: "",
  ownerMemberId: null,
  status: "open",
  nextReview: null,
} as const;

async function setup() {
  const w = await createTeamWithProject();
  const projectId = w.project.id as AuthorizedProjectId;
  const created = await createRisk(projectId, { ...base });
  if (!created.ok) throw new Error(created.code);
  return { w, projectId, riskId: created.data.id };
}

const activity = (projectId: string) => db.activity.findMany({ where: { projectId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
const stored = (riskId: string) => db.risk.findUniqueOrThrow({ where: { id: riskId }, select: { title: true, mitigation: true, impact: true, score: true, version: true } });

describe("versionedWrite", () => {
  it("saves at the seen version and records only the fields that changed, old → new, in one activity row", async () => {
    const { w, projectId, riskId } = await setup();
    await signInAs(w.members.EDITOR);
    const result = await updateRiskAction({ projectId, riskId, version: 1, ...base, impact: 5, mitigation: "Pair on the core model", nextReview: "2027-01-15" });
    expect(result).toEqual({ ok: true, data: { version: 2, score: 10, changed: ["impact", "mitigation", "nextReview"] } });
    expect(await stored(riskId)).toMatchObject({ impact: 5, score: 10, mitigation: "Pair on the core model", version: 2 });

    const [row] = await activity(projectId);
    expect(row).toMatchObject({ actorId: w.members.EDITOR.id, section: "risks", verb: "updated", itemType: "risk", itemId: riskId, itemLabel: "Key engineer leaves" });
    // The derived score is not the user's change; untouched fields are not listed.
    expect(row.fields.sort()).toEqual(["impact", "mitigation", "nextReview"]);
    expect(parseChanges(row.changes).sort((a, b) => a.field.localeCompare(b.field))).toEqual([
      { field: "impact", from: 3, to: 5 },
      { field: "mitigation", from: "", to: "Pair on the core model" },
      { field: "nextReview", from: null, to: "2027-01-15" },
    ]);
  });

  it("writes nothing and records nothing when a save changes nothing", async () => {
    const { w, projectId, riskId } = await setup();
    await signInAs(w.members.EDITOR);
    expect(await updateRiskAction({ projectId, riskId, version: 1, ...base })).toEqual({ ok: true, data: { version: 1, score: 6, changed: [] } });
    expect((await stored(riskId)).version).toBe(1);
    expect(await activity(projectId)).toEqual([]);
  });

  it("answers a stale version with what is stored now (client shape) and writes nothing", async () => {
    const { w, projectId, riskId } = await setup();
    await signInAs(w.members.EDITOR);
    expect(await updateRiskAction({ projectId, riskId, version: 1, ...base, nextReview: "2027-02-01" })).toMatchObject({ ok: true });
    const stale = await updateRiskAction({ projectId, riskId, version: 1, ...base, title: "Overwrite" });
    expect(stale).toMatchObject({ ok: false, code: "conflict", current: { title: "Key engineer leaves", nextReview: "2027-02-01", version: 2 } });
    expect((await stored(riskId)).title).toBe("Key engineer leaves");
    expect(await activity(projectId)).toHaveLength(1);
  });

  it("answers notFound for a row of another project or no row at all", async () => {
    const { w, projectId, riskId } = await setup();
    const other = await createTeamWithProject();
    await signInAs(other.members.EDITOR);
    expect(await updateRiskAction({ projectId: other.project.id, riskId, version: 1, ...base, title: "Cross-tenant" })).toEqual({ ok: false, code: "notFound" });
    await signInAs(w.members.EDITOR);
    expect(await updateRiskAction({ projectId, riskId: "c000000000000000000000000", version: 1, ...base })).toEqual({ ok: false, code: "notFound" });
    expect((await stored(riskId)).title).toBe("Key engineer leaves");
  });

  it("rolls the write back when the activity row cannot be written (same transaction)", async () => {
    const { projectId, riskId } = await setup();
    // An activity row for a project that does not exist violates its foreign key.
    await expect(
      versionedWrite({
        model: "risk",
        where: { id: riskId, projectId },
        version: 1,
        data: { title: "Never saved" },
        select: { title: true, version: true },
        activity: { projectId: "no-such-project", actorId: "nobody", section: "risks", itemType: "risk", itemId: riskId },
      }),
    ).rejects.toThrow();
    expect(await stored(riskId)).toMatchObject({ title: "Key engineer leaves", version: 1 });
  });

  it("lets exactly one of two concurrent writers with the same version save", async () => {
    const { w, projectId, riskId } = await setup();
    const write = (title: string) =>
      versionedWrite({
        model: "risk",
        where: { id: riskId, projectId },
        version: 1,
        data: { title },
        select: { title: true, version: true },
        activity: { projectId, actorId: w.members.EDITOR.id, section: "risks", itemType: "risk", itemId: riskId },
      });
    for (let round = 0; round < 3; round++) {
      const version = (await stored(riskId)).version;
      const race = (title: string) =>
        versionedWrite({
          model: "risk",
          where: { id: riskId, projectId },
          version,
          data: { title },
          select: { title: true, version: true },
          activity: { projectId, actorId: w.members.EDITOR.id, section: "risks", itemType: "risk", itemId: riskId },
        });
      const outcomes = await Promise.all([race(`A${round}`), race(`B${round}`)]);
      expect(outcomes.map((o) => o.outcome).sort()).toEqual(["conflict", "saved"]);
      const winner = outcomes.find((o) => o.outcome === "saved");
      const loser = outcomes.find((o) => o.outcome === "conflict");
      if (winner?.outcome !== "saved" || loser?.outcome !== "conflict") throw new Error("unreachable");
      expect(await stored(riskId)).toMatchObject({ title: winner.row.title, version: version + 1 });
      expect(loser.current).toEqual(winner.row);
    }
    expect(await activity(projectId)).toHaveLength(3);
    expect((await write("late")).outcome).toBe("conflict");
  });

  it("creates a never-saved record at version 0; a second creator gets a conflict", async () => {
    const w = await createTeamWithProject();
    const projectId = w.project.id as AuthorizedProjectId;
    const fields = (objective: string) => ({ objective, dataCollection: "", analysis: "", findings: "" });
    const outcomes = await Promise.all([saveResearch(projectId, 0, fields("First"), w.members.EDITOR.id), saveResearch(projectId, 0, fields("Second"), w.members.EDITOR.id)]);
    expect(outcomes.map((o) => o.outcome).sort()).toEqual(["conflict", "saved"]);
    const rows = await activity(projectId);
    expect(rows).toHaveLength(1);
    expect(parseChanges(rows[0].changes)).toEqual([{ field: "objective", from: null, to: expect.stringMatching(/^(First|Second)$/) }]);
  });

  it("keeps the user's full text in the row and only a marked, shortened copy in the log", async () => {
    const { w, projectId } = await setup();
    await signInAs(w.members.EDITOR);
    const created = await createRiskAction({ projectId, ...base, title: "Long" });
    if (!created.ok) throw new Error(created.code);
    const long = "段落".repeat(ACTIVITY_VALUE_MAX);
    expect(await updateRiskAction({ projectId, riskId: created.data.id, version: 1, ...base, title: "Long", mitigation: long })).toMatchObject({ ok: true });
    expect((await stored(created.data.id)).mitigation).toBe(long);
    const logged = (await activity(projectId)).find((r) => r.verb === "updated");
    const [change] = parseChanges(logged?.changes);
    expect(change).toEqual({ field: "mitigation", from: "", to: long.slice(0, ACTIVITY_VALUE_MAX), toCut: true });
  });

  it("takes one read, one UPDATE … RETURNING and the activity INSERT in one transaction; a save that changes nothing only reads", async () => {
    const { w, projectId, riskId } = await setup();
    const kinds = (statements: string[]) => statements.map((sql) => sql.trim().split(/\s+/)[0].toUpperCase());
    const saved = await countQueries(() => updateRisk(projectId, riskId, 1, { ...base, title: "Renamed" }, w.members.EDITOR.id));
    expect(saved.result).toMatchObject({ ok: true });
    // BEGIN is sent by the driver adapter without passing the query observer.
    expect(kinds(saved.statements)).toEqual(["SELECT", "UPDATE", "INSERT", "COMMIT"]);
    expect(saved.statements[1]).toMatch(/RETURNING/);
    const same = await countQueries(() => updateRisk(projectId, riskId, 2, { ...base, title: "Renamed" }, w.members.EDITOR.id));
    expect(kinds(same.statements)).toEqual(["SELECT", "COMMIT"]);
  });
});
