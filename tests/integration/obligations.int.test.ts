// The AI obligations calendar on real PostgreSQL: the profile and each obligation are saved with
// versions (0 = first save), bad input changes nothing, and the first answers come from the plan.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import { saveComplianceProfileAction, saveObligationAction, seedChecklistAction } from "@/lib/compliance/actions";
import { getObligationsStep } from "@/lib/compliance/data";
import { obligationsFor, profileDefaults } from "@/lib/compliance/obligations";
import { SECTION_SEEDERS } from "@/prisma/seed/sections";
import { countQueries } from "../support/query-count";
import { createTeamWithProject } from "../support/factories";
import { signInAs } from "./session";

async function editorWorld() {
  const w = await createTeamWithProject();
  await signInAs(w.members.EDITOR);
  return { ...w, projectId: w.project.id as AuthorizedProjectId };
}

const profile = (over: Record<string, unknown> = {}) => ({
  markets: ["china"],
  domains: ["legal"],
  publicGenerative: "yes",
  publicOpinion: "unsure",
  personalInfo: "yes",
  sensitivePersonalInfo: "no",
  largeScalePersonalInfo: "no",
  usPhi: "no",
  euGpaiProvider: "no",
  euHighRisk: "no",
  euAnnexIProduct: "no",
  ...over,
});

describe("the obligations profile", () => {
  it("is created by its first save, then versioned; a second first save is a conflict", async () => {
    const w = await editorWorld();
    expect(await saveComplianceProfileAction({ projectId: w.project.id, version: 0, ...profile() })).toMatchObject({ ok: true, data: { version: 1, markets: ["china"] } });
    expect(await saveComplianceProfileAction({ projectId: w.project.id, version: 0, ...profile({ publicOpinion: "yes" }) })).toMatchObject({ ok: false, code: "conflict", current: { publicOpinion: "unsure", version: 1 } });
    expect(await saveComplianceProfileAction({ projectId: w.project.id, version: 1, ...profile({ publicOpinion: "yes", markets: ["us", "china", "china"] }) })).toMatchObject({
      ok: true,
      // Chosen markets are stored once each, in the list's order.
      data: { version: 2, publicOpinion: "yes", markets: ["china", "us"] },
    });
    const step = await getObligationsStep(w.projectId);
    expect(obligationsFor(step.profile!).map((o) => o.def.key)).toContain("cnGenAiFiling");
  });

  it("refuses unknown answers and markets and changes nothing", async () => {
    const w = await editorWorld();
    expect(await saveComplianceProfileAction({ projectId: w.project.id, version: 0, ...profile({ publicGenerative: "maybe", markets: ["mars"] }) })).toMatchObject({
      ok: false,
      code: "validation",
      fieldErrors: { publicGenerative: { code: "invalidOption" }, "markets.0": { code: "invalidOption" } },
    });
    expect(await db.complianceProfile.count({ where: { projectId: w.project.id } })).toBe(0);
  });
});

describe("tracking an obligation", () => {
  it("stores owner, due date and evidence with versions, per project", async () => {
    const w = await editorWorld();
    const first = { projectId: w.project.id, obligationKey: "cnAlgorithmFiling", version: 0, status: "inProgress", owner: "Wang", dueDate: "2027-03-15", evidence: "Self-assessment report" };
    expect(await saveObligationAction(first)).toMatchObject({ ok: true, data: { version: 1, dueDate: "2027-03-15", owner: "Wang" } });
    expect(await saveObligationAction({ ...first, owner: "Li" })).toMatchObject({ ok: false, code: "conflict", current: { owner: "Wang", version: 1 } });
    expect(await saveObligationAction({ ...first, version: 1, status: "done", dueDate: "" })).toMatchObject({ ok: true, data: { version: 2, status: "done", dueDate: null } });
    // Another project tracks the same obligation separately.
    const other = await editorWorld();
    expect(await saveObligationAction({ ...first, projectId: other.project.id })).toMatchObject({ ok: true, data: { version: 1 } });
    expect((await getObligationsStep(w.projectId)).records).toEqual([{ obligationKey: "cnAlgorithmFiling", status: "done", owner: "Wang", dueDate: null, evidence: "Self-assessment report", version: 2 }]);
  });

  it("refuses an obligation the catalogue does not have, and bad fields", async () => {
    const w = await editorWorld();
    expect(await saveObligationAction({ projectId: w.project.id, obligationKey: "madeUp", version: 0, status: "open", owner: "", dueDate: "", evidence: "" })).toMatchObject({
      ok: false,
      fieldErrors: { obligationKey: { code: "invalidOption" } },
    });
    expect(await saveObligationAction({ projectId: w.project.id, obligationKey: "cnAlgorithmFiling", version: 0, status: "later", owner: "<b>x</b>", dueDate: "soon", evidence: "" })).toMatchObject({
      ok: false,
      fieldErrors: { status: { code: "invalidOption" }, dueDate: { code: "invalidFormat" } },
    });
    expect(await db.complianceObligation.count({ where: { projectId: w.project.id } })).toBe(0);
  });
});

describe("first answers from the plan", () => {
  it("read served markets from the checklist and personal data from the data sources, in a fixed number of queries", async () => {
    const w = await editorWorld();
    await db.project.update({ where: { id: w.project.id }, data: { sector: "Healthcare" } });
    await seedChecklistAction({ projectId: w.project.id });
    await db.complianceItem.updateMany({ where: { projectId: w.project.id, market: { in: ["china", "eu"] } }, data: { status: "notApplicable" } });
    await db.platformDataSource.createMany({ data: [{ projectId: w.project.id, name: "Recordings", sensitivity: "sensitivePersonal" }] });
    const few = await countQueries(() => getObligationsStep(w.projectId));
    expect(few.result.profile).toBeNull();
    expect(profileDefaults(few.result.signals)).toMatchObject({ markets: ["us"], domains: ["healthcare"], personalInfo: "yes", sensitivePersonalInfo: "yes" });
    await db.platformDataSource.createMany({ data: Array.from({ length: 50 }, (_, i) => ({ projectId: w.project.id, name: `Source ${i}`, sensitivity: "personal" })) });
    const many = await countQueries(() => getObligationsStep(w.projectId));
    expect(many.result.signals.personalDataSources).toBe(50);
    expect(many.queries).toBe(few.queries);
  });

  it("list the expected obligations for both demo plans", async () => {
    const world = await createTeamWithProject();
    const en = await db.project.create({ data: { teamId: world.team.id, name: "ClinicNote AI", stage: "PROTOTYPE", currency: "USD" } });
    for (const seed of SECTION_SEEDERS) await seed(db as never, { userId: world.members.OWNER.id, teamId: world.team.id, zhProjectId: world.project.id, enProjectId: en.id });
    const keys = async (projectId: string) => obligationsFor((await getObligationsStep(projectId as AuthorizedProjectId)).profile!).map((o) => o.def.key);
    expect(await keys(world.project.id)).toEqual(["cnGenAiFiling", "cnGenAiModelDisclosure", "cnAlgorithmFiling", "cnAiContentLabelling", "cnPiplImpactAssessment", "cnPiplComplianceAudit"]);
    expect(await keys(en.id)).toEqual(["usHipaaBusinessAssociates", "usHipaaRiskAnalysis"]);
  });
});
