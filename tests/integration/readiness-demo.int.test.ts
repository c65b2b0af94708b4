import { describe, expect, it, vi } from "vitest";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import { db } from "@/lib/db/client";
import { computeLiveReadiness } from "@/lib/readiness/data";
import { DEMO } from "@/prisma/seed/demo";
import { SECTION_SEEDERS } from "@/prisma/seed/sections";
import { createTeamWithProject } from "../support/factories";

vi.setConfig({ testTimeout: 120_000 });

async function seedDemo() {
  const world = await createTeamWithProject();
  await db.project.update({ where: { id: world.project.id }, data: { name: DEMO.projects.zh.name, stage: DEMO.projects.zh.stage, currency: DEMO.projects.zh.currency } });
  const en = await db.project.create({ data: { teamId: world.team.id, name: DEMO.projects.en.name, stage: DEMO.projects.en.stage, currency: DEMO.projects.en.currency } });
  for (const seed of SECTION_SEEDERS) await seed(db as never, { userId: world.members.OWNER.id, teamId: world.team.id, zhProjectId: world.project.id, enProjectId: en.id });
  const score = async (id: string) => (await computeLiveReadiness(id as AuthorizedProjectId)).result;
  return { zh: await score(world.project.id), en: await score(en.id) };
}

describe("the demo plans' readiness", () => {
  // Honest bands, reasoned from the seeded data:
  // - 法务智审 (MVP): 3 law firms pay for 24 seats today with 2 % monthly churn, so traction is full
  //   (H1 2, H2 2 = 20 of the MVP stage's 20 points). What keeps it from 100: A4 partial (an MLOps
  //   and a test engineer are core from the MVP stage), one data source without documented rights,
  //   9 of 15 tooling items, 12 of 22 quality checks, one risk group missing, an overdue review and
  //   3 of 6 data-protection items. Weights × 0.8: team 15/16 × 16 = 15, market 12, business model
  //   12, platform 6/8 × 12 = 9, funding 8, execution 7/8 × 8 = 7, risk 9/12 × 12 = 9, traction 20
  //   → 92.0 "ready".
  // - ClinicNote AI (prototype): free pilots only (H1 2 for pilots at the prototype stage, H2 1:
  //   churn assumed without revenue) and the founders' own "weak" competitive-advantage verdict
  //   (B3 1, C1 1). Weights × 0.9: team 14/16 × 18 = 15.75, market and business model 9/10 × 13.5 =
  //   12.15 each, platform 6/8 × 13.5 = 10.125, funding 9, execution 7/8 × 9 = 7.875, risk 10/12 × 13.5
  //   = 11.25, traction 3/4 × 10 = 7.5 → 85.8 uncapped, held at 84.9: "nearly ready", not "ready".
  it("scores the Chinese MVP plan ready and ClinicNote (a prototype with a weak competitive advantage) nearly ready, with reasons", async () => {
    const { zh, en } = await seedDemo();

    expect(zh).toMatchObject({ stage: "MVP", total: 92, band: "ready", cap: null, inconsistencies: [] });
    expect(zh.sections.find((s) => s.id === "traction")).toMatchObject({ weight: 20, points: 4, score: 20 });
    expect(zh.criteria.filter((c) => c.rating < 2).map((c) => c.reasonKey)).toEqual(["A4.partial", "D1.someUncleared", "D3.someDone", "F3.someDone", "G1.someCategories", "G4.overdue", "G5.someInPlace"]);

    expect(en).toMatchObject({ stage: "PROTOTYPE", total: 84.9, band: "nearlyReady", inconsistencies: [] });
    expect(en.cap).toEqual({ id: "weakDirection", max: 84.9, uncapped: 85.8, tests: ["competitiveAdvantage"] });
    const reasons = Object.fromEntries(en.criteria.map((c) => [c.id, c.reasonKey]));
    expect(reasons).toMatchObject({ B3: "B3.weakVerdict", C1: "C1.weakAdvantage", H1: "H1.pilotsOrLois", H2: "H2.churnAssumed", A3: "A3.productManagerCovers" });
  });
});
