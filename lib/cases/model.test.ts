import { describe, expect, it } from "vitest";
import { LIBRARY } from "./library";
import {
  EMPTY_PROFILE,
  caseSearchText,
  libraryCardView,
  lines,
  matchesCaseFilter,
  ownCaseView,
  parseCaseFilter,
  rankSimilar,
  sectorTagsFromText,
  type CaseFilter,
  type OwnCaseRecord,
  type PlanProfile,
} from "./model";
import type { CaseTags } from "./tags";

const tags = (t: Partial<CaseTags>): CaseTags => ({
  sectors: [],
  aiPatterns: [],
  revenueModels: [],
  stages: [],
  outcome: "unknown",
  failureCauses: [],
  riskCategories: [],
  ...t,
});

const plan = (p: Partial<PlanProfile>): PlanProfile => ({ ...EMPTY_PROFILE, ...p });

describe("rankSimilar", () => {
  const cards = [
    { id: "c-fin-sub", tags: tags({ sectors: ["finance"], revenueModels: ["subscription"], stages: ["MVP"] }) },
    { id: "b-health", tags: tags({ sectors: ["healthcare"], stages: ["MVP"], riskCategories: ["dataPrivacy"] }) },
    { id: "a-fin", tags: tags({ sectors: ["finance"], stages: ["IDEA"] }) },
    { id: "d-none", tags: tags({ sectors: ["education"], stages: ["SCALE"] }) },
  ];

  it("scores sector 3, each revenue model 2, stage 1 and each risk category 1, with reasons", () => {
    const result = rankSimilar(cards, plan({ sectors: ["finance"], stage: "MVP", revenueModels: ["subscription", "usageApi"], openRiskCategories: ["dataPrivacy"] }));
    // c-fin-sub: finance 3 + subscription 2 + MVP 1 = 6; a-fin: finance 3; b-health: MVP 1 + dataPrivacy 1 = 2; d-none: 0.
    expect(result.map((m) => [m.id, m.score])).toEqual([
      ["c-fin-sub", 6],
      ["a-fin", 3],
      ["b-health", 2],
      ["d-none", 0],
    ]);
    expect(result[0].reasons).toEqual([
      { kind: "sector", tag: "finance" },
      { kind: "revenueModel", tag: "subscription" },
      { kind: "stage", tag: "MVP" },
    ]);
    expect(result[2].reasons).toEqual([
      { kind: "stage", tag: "MVP" },
      { kind: "riskCategory", tag: "dataPrivacy" },
    ]);
    expect(result[3].reasons).toEqual([]);
  });

  it("breaks ties by id, whatever the input order", () => {
    const tied = [
      { id: "zeta", tags: tags({ stages: ["MVP"] }) },
      { id: "alpha", tags: tags({ stages: ["MVP"] }) },
      { id: "mid", tags: tags({ stages: ["MVP"] }) },
    ];
    const profile = plan({ stage: "MVP" });
    const expected = ["alpha", "mid", "zeta"];
    expect(rankSimilar(tied, profile).map((m) => m.id)).toEqual(expected);
    expect(rankSimilar([...tied].reverse(), profile).map((m) => m.id)).toEqual(expected);
    expect(rankSimilar([tied[1], tied[0], tied[2]], profile).map((m) => m.id)).toEqual(expected);
  });

  it("orders the whole library deterministically", () => {
    const profile = plan({ sectors: ["healthcare"], stage: "PROTOTYPE", revenueModels: ["subscription"] });
    const first = rankSimilar(LIBRARY, profile);
    const second = rankSimilar([...LIBRARY].reverse(), profile);
    expect(second).toEqual(first);
    // Healthcare vignette: healthcare 3 + subscription 2 + PROTOTYPE 1 = 6, the best match.
    expect(first[0]).toMatchObject({ id: "vignette-healthcare", score: 6 });
    for (let i = 1; i < first.length; i++) expect(first[i - 1].score).toBeGreaterThanOrEqual(first[i].score);
  });

  it("keeps the given order with no reasons for an empty plan", () => {
    const result = rankSimilar(cards, EMPTY_PROFILE);
    expect(result.map((m) => m.id)).toEqual(["c-fin-sub", "b-health", "a-fin", "d-none"]);
    expect(result.every((m) => m.score === 0 && m.reasons.length === 0)).toBe(true);
    expect(rankSimilar([], plan({ stage: "MVP" }))).toEqual([]);
  });
});

describe("sectorTagsFromText", () => {
  it("maps English and Chinese keywords to sector tags", () => {
    expect(sectorTagsFromText("Healthcare")).toEqual(["healthcare"]);
    expect(sectorTagsFromText("ClinicNote: clinical documentation")).toEqual(["healthcare"]);
    expect(sectorTagsFromText("法律科技")).toEqual(["legal"]);
    expect(sectorTagsFromText("金融科技 / 智能投顾")).toEqual(["finance"]);
    expect(sectorTagsFromText("Contract review for banks")).toEqual(["finance", "legal"]);
    expect(sectorTagsFromText("电商客服")).toEqual(["ecommerce", "customerService"]);
  });

  it("matches English keywords only at the start of a word", () => {
    expect(sectorTagsFromText("machine learning workshop")).toEqual([]);
    expect(sectorTagsFromText("E-LEARNING for schools")).toEqual(["education"]);
  });

  it("returns nothing for empty or unknown text", () => {
    expect(sectorTagsFromText("")).toEqual([]);
    expect(sectorTagsFromText("   ")).toEqual([]);
    expect(sectorTagsFromText("Quantum widgets")).toEqual([]);
  });
});

describe("search and filters", () => {
  const noFilter: CaseFilter = { q: "", sector: null, pattern: null, revenue: null, stage: null, outcome: null, cause: null };
  const gpt = LIBRARY.find((c) => c.id === "openai-gpt")!;

  it("parses known values and ignores unknown ones", () => {
    expect(parseCaseFilter({ q: "  ChatGLM ", sector: "finance", pattern: "nope", stage: ["MVP", "IDEA"], outcome: "failure", cause: "cashFlow", revenue: "usageApi" })).toEqual({
      q: "ChatGLM",
      sector: "finance",
      pattern: null,
      revenue: "usageApi",
      stage: "MVP",
      outcome: "failure",
      cause: "cashFlow",
    });
    expect(parseCaseFilter({})).toEqual(noFilter);
    expect(parseCaseFilter({ q: "x".repeat(500) }).q).toHaveLength(100);
  });

  it("matches text case-insensitively in the reader's language", () => {
    expect(matchesCaseFilter(libraryCardView(gpt, "en"), { ...noFilter, q: "CHATGPT" })).toBe(true);
    expect(matchesCaseFilter(libraryCardView(gpt, "en"), { ...noFilter, q: "订阅" })).toBe(false);
    expect(matchesCaseFilter(libraryCardView(gpt, "zh-CN"), { ...noFilter, q: "订阅" })).toBe(true);
    expect(matchesCaseFilter(libraryCardView(gpt, "en"), { ...noFilter, q: "blockchain" })).toBe(false);
  });

  it("combines tag filters with AND", () => {
    const view = libraryCardView(gpt, "en");
    expect(matchesCaseFilter(view, { ...noFilter, sector: "crossIndustry", revenue: "usageApi" })).toBe(true);
    expect(matchesCaseFilter(view, { ...noFilter, sector: "crossIndustry", outcome: "failure" })).toBe(false);
    const failures = LIBRARY.map((c) => libraryCardView(c, "en")).filter((v) => matchesCaseFilter(v, { ...noFilter, outcome: "failure" }));
    expect(failures.map((v) => v.id).sort()).toEqual(["anon-failure-autonomous-driving", "anon-failure-herd-expansion", "anon-failure-positioning"]);
    const cash = LIBRARY.map((c) => libraryCardView(c, "en")).filter((v) => matchesCaseFilter(v, { ...noFilter, cause: "cashFlow" }));
    expect(cash.map((v) => v.id)).toEqual(["anon-failure-positioning"]);
  });
});

describe("own case view", () => {
  const record: OwnCaseRecord = {
    id: "own1",
    kind: "competitor",
    title: "LexiCheck",
    context: "A rival",
    approach: "",
    businessModel: "",
    whatHappened: "",
    risks: "Price war\n\n  Data leak  \r\n",
    lessons: "Differentiate on workflow",
    sectors: ["legal", "space"],
    aiPatterns: ["appOnPretrained"],
    revenueModels: ["subscription", "bitcoin"],
    stages: ["MVP"],
    outcome: "weird",
    failureCauses: [],
    riskCategories: ["competition"],
    source: "Their website",
    sourceQuality: "teamVerified",
  };

  it("drops unknown stored tags and splits risks and lessons by line", () => {
    const view = ownCaseView(record);
    expect(view.tags.sectors).toEqual(["legal"]);
    expect(view.tags.revenueModels).toEqual(["subscription"]);
    expect(view.tags.outcome).toBe("unknown");
    expect(view.risks).toEqual([
      { text: "Price war", category: null },
      { text: "Data leak", category: null },
    ]);
    expect(view.lessons).toEqual(["Differentiate on workflow"]);
    expect(caseSearchText(view)).toContain("Their website");
    expect(lines("")).toEqual([]);
  });
});
