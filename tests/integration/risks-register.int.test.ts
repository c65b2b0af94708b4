import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import { getRiskFacts, getRiskRegister, getRiskSuggestions } from "@/lib/risks/data";
import { addMonths, isoDateOf, riskScore } from "@/lib/risks/model";
import { DEFAULT_QUERY, PAGE_SIZE, type RegisterQuery } from "@/lib/risks/register-query";
import { countQueries } from "../support/query-count";
import { createTeamWithProject } from "../support/factories";

const today = isoDateOf(new Date());
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

type Seed = { title?: string; category?: string; likelihood: number; impact: number; status?: string; nextReview?: string | null; ownerMemberId?: string | null; mitigation?: string; contingency?: string; lastReviewed?: Date };

async function seed(projectId: string, risks: Seed[]) {
  await db.risk.createMany({
    data: risks.map((r, i) => ({
      projectId,
      title: r.title ?? `Risk ${String(i).padStart(4, "0")}`,
      category: r.category ?? "security",
      likelihood: r.likelihood,
      impact: r.impact,
      score: riskScore(r.likelihood, r.impact),
      status: r.status ?? "open",
      nextReview: r.nextReview ? day(r.nextReview) : null,
      ownerMemberId: r.ownerMemberId ?? null,
      mitigation: r.mitigation ?? "",
      contingency: r.contingency ?? "",
      lastReviewed: r.lastReviewed ?? null,
    })),
  });
}

async function project() {
  const w = await createTeamWithProject();
  return { w, projectId: w.project.id as AuthorizedProjectId };
}

const query = (patch: Partial<RegisterQuery> = {}): RegisterQuery => ({ ...DEFAULT_QUERY, ...patch });

describe("risk register loader", () => {
  it("counts per heat-map cell and filters by cell, band, category, status, owner and overdue", async () => {
    const { projectId } = await project();
    const member = await db.teamMember.create({ data: { projectId, name: "Owner One" } });
    const yesterday = addMonths(today, -1);
    await seed(projectId, [
      { title: "A", likelihood: 5, impact: 5, category: "cashFlow", ownerMemberId: member.id, nextReview: yesterday },
      { title: "B", likelihood: 5, impact: 5, category: "security" },
      { title: "C", likelihood: 2, impact: 4, category: "cashFlow", status: "monitoring", nextReview: addMonths(today, 1) },
      { title: "D", likelihood: 1, impact: 1, category: "ethics", status: "closed", nextReview: yesterday },
      { title: "E", likelihood: 3, impact: 3, category: "ethics", ownerMemberId: "gone-member" },
    ]);

    const all = await getRiskRegister(projectId, query(), today);
    expect(all.total).toBe(4); // closed risks are hidden by default
    expect(all.rows.map((r) => r.title)).toEqual(["A", "B", "E", "C"]); // score desc, then next review
    expect(all.heatMap[4][4]).toBe(2);
    expect(all.heatMap[3][1]).toBe(1);
    expect(all.heatMap[0][0]).toBe(0); // the closed one
    expect(all.members).toEqual([{ id: member.id, name: "Owner One" }]);
    expect(all.rows.find((r) => r.title === "E")!.ownerMemberId).toBeNull(); // owner no longer on the team

    const titles = async (patch: Partial<RegisterQuery>) => (await getRiskRegister(projectId, query(patch), today)).rows.map((r) => r.title).sort();
    expect(await titles({ cell: { likelihood: 5, impact: 5 } })).toEqual(["A", "B"]);
    expect(await titles({ band: "medium" })).toEqual(["C", "E"]);
    expect(await titles({ category: "cashFlow" })).toEqual(["A", "C"]);
    expect(await titles({ status: "all" })).toEqual(["A", "B", "C", "D", "E"]);
    expect(await titles({ status: "closed" })).toEqual(["D"]);
    expect(await titles({ owner: member.id })).toEqual(["A"]);
    expect(await titles({ owner: "none" })).toEqual(["B", "C", "E"]);
    expect(await titles({ overdue: true, status: "all" })).toEqual(["A"]);
    expect((await getRiskRegister(projectId, query({ sort: "title" }), today)).rows.map((r) => r.title)).toEqual(["A", "B", "C", "E"]);
    expect((await getRiskRegister(projectId, query({ sort: "review" }), today)).rows.map((r) => r.title).slice(0, 2)).toEqual(["A", "C"]);

    // The heat map keeps showing every cell while a cell or band narrows the list.
    const narrowed = await getRiskRegister(projectId, query({ cell: { likelihood: 2, impact: 4 } }), today);
    expect(narrowed.rows.map((r) => r.title)).toEqual(["C"]);
    expect(narrowed.heatMap[4][4]).toBe(2);
  });

  it("reports the facts readiness and sharing read", async () => {
    const { projectId } = await project();
    await seed(projectId, [
      { likelihood: 5, impact: 4, category: "cashFlow", mitigation: "Raise early", contingency: "Bridge loan", nextReview: addMonths(today, 1), lastReviewed: new Date() },
      { likelihood: 4, impact: 4, category: "regulation", mitigation: "Counsel", nextReview: addMonths(today, -1) },
      { likelihood: 1, impact: 2, category: "security" },
      { likelihood: 5, impact: 5, category: "ethics", status: "closed" },
    ]);
    expect(await getRiskFacts(projectId)).toEqual({
      total: 4,
      open: 3,
      categoriesCovered: ["cashFlow", "ethics", "regulation", "security"],
      rated: 4,
      highOpen: 2,
      highWithResponseAndContingency: 1,
      withReviewDate: 2,
      overdueReviews: 1,
      // Only the first has been reviewed; open risks score 20 and 16 (high) and 2 (low): two bands.
      reviewed: 1,
      bandsUsed: 2,
    });
    const empty = await project();
    expect(await getRiskFacts(empty.projectId)).toMatchObject({ total: 0, open: 0, categoriesCovered: [], highOpen: 0 });
  });

  it("pages 1,000 risks by 50 with the same number of queries as 3 risks", async () => {
    const small = await project();
    const large = await project();
    await seed(small.projectId, [{ likelihood: 1, impact: 1 }, { likelihood: 3, impact: 4 }, { likelihood: 5, impact: 5 }]);
    await seed(
      large.projectId,
      Array.from({ length: 1000 }, (_, i) => ({ likelihood: (i % 5) + 1, impact: (Math.floor(i / 5) % 5) + 1, nextReview: i % 2 ? addMonths(today, -1) : null })),
    );
    const few = await countQueries(() => getRiskRegister(small.projectId, query(), today));
    const many = await countQueries(() => getRiskRegister(large.projectId, query({ page: 7 }), today));
    expect(many.queries).toBe(few.queries);
    expect(many.result.rows).toHaveLength(PAGE_SIZE);
    expect(many.result).toMatchObject({ total: 1000, page: 7, pageCount: 20 });
    expect(many.result.heatMap.flat().reduce((a, b) => a + b, 0)).toBe(1000);
    expect(many.result.heatMap.flat().every((n) => n === 40)).toBe(true);
    expect((await getRiskRegister(large.projectId, query({ page: 99 }), today)).page).toBe(20);

    const factsFew = await countQueries(() => getRiskFacts(small.projectId));
    const factsMany = await countQueries(() => getRiskFacts(large.projectId));
    expect(factsMany.queries).toBe(factsFew.queries);
    // The counts in one statement, and the plan's time zone for "today" (read once per request).
    expect(factsMany.queries).toBe(2);
    expect(factsMany.result).toMatchObject({ total: 1000, overdueReviews: 500 });

    const suggestionsFew = await countQueries(() => getRiskSuggestions(small.projectId));
    const suggestionsMany = await countQueries(() => getRiskSuggestions(large.projectId));
    expect(suggestionsMany.queries).toBe(suggestionsFew.queries);
  });
});

describe("suggestions from the plan", () => {
  it("suggests a privacy and consent risk once the business model sells data services", async () => {
    const { projectId } = await project();
    expect((await getRiskSuggestions(projectId)).open.map((s) => s.id)).not.toContain("dataServicesPrivacy");
    await db.revenueModelChoice.create({ data: { projectId, model: "dataServices" } });
    const suggestion = (await getRiskSuggestions(projectId)).open.find((s) => s.id === "dataServicesPrivacy");
    expect(suggestion).toMatchObject({ category: "dataPrivacy", template: "dataResaleConsent", reasonKey: "dataServicesPrivacy" });
  });

  it("suggests a key-person risk from the team section, hides it once dismissed or added", async () => {
    const { projectId } = await project();
    expect((await getRiskSuggestions(projectId)).open).toEqual([]);

    await db.teamMember.create({ data: { projectId, name: "Solo Founder", roles: ["deepLearningEngineer", "dataScientist"] } });
    const withTeam = await getRiskSuggestions(projectId);
    const keyPerson = withTeam.open.find((s) => s.id === "keyPerson");
    expect(keyPerson).toMatchObject({ category: "keyPerson", template: "keyPersonDependence", values: { names: "Solo Founder", count: 1 } });
    expect(withTeam.open.map((s) => s.id)).toContain("noComplianceOwner");

    await db.riskSuggestionDismissal.create({ data: { projectId, suggestionId: "keyPerson" } });
    const dismissed = await getRiskSuggestions(projectId);
    expect(dismissed.open.map((s) => s.id)).not.toContain("keyPerson");
    expect(dismissed.dismissed.map((s) => s.id)).toEqual(["keyPerson"]);

    await db.risk.create({ data: { projectId, title: "Rules change", category: "regulation", likelihood: 3, impact: 4, score: 12, templateId: "regulatoryChange" } });
    const added = await getRiskSuggestions(projectId);
    expect(added.open.map((s) => s.id)).not.toContain("noComplianceOwner");
    expect(added.templatesInUse).toEqual(["regulatoryChange"]);
  });
});
