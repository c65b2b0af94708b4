import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEMO_COMPLIANCE_PROFILES } from "@/prisma/seed/compliance";
import { OBLIGATIONS, obligationCalendar, obligationsComplete, obligationsFor, profileDefaults, type ObligationFacts, type ObligationRecord } from "./obligations";

const none: ObligationFacts = {
  markets: [],
  domains: [],
  publicGenerative: "no",
  publicOpinion: "no",
  personalInfo: "no",
  sensitivePersonalInfo: "no",
  largeScalePersonalInfo: "no",
  usPhi: "no",
  euGpaiProvider: "no",
  euHighRisk: "no",
  euAnnexIProduct: "no",
};
const keys = (facts: ObligationFacts) => obligationsFor(facts).map((o) => o.def.key);

describe("obligations from plan facts", () => {
  it("lists nothing for a plan that serves no market", () => {
    expect(obligationsFor(none)).toEqual([]);
  });

  it("for the Chinese demo plan (public generative legal service): filings, labelling and PIPL duties", () => {
    expect(keys(DEMO_COMPLIANCE_PROFILES.zh)).toEqual([
      "cnGenAiFiling",
      "cnGenAiModelDisclosure",
      "cnAlgorithmFiling",
      "cnAiContentLabelling",
      "cnPiplImpactAssessment",
      "cnPiplComplianceAudit",
    ]);
  });

  it("for the US healthcare demo plan: the HIPAA business-associate chain and risk analysis, nothing from China or the EU", () => {
    expect(keys(DEMO_COMPLIANCE_PROFILES.en)).toEqual(["usHipaaBusinessAssociates", "usHipaaRiskAnalysis"]);
  });

  it("needs both a public generative service and public-opinion attributes for the generative-AI filing", () => {
    const china = { ...none, markets: ["china" as const] };
    expect(keys({ ...china, publicGenerative: "yes" })).toEqual(["cnGenAiModelDisclosure", "cnAiContentLabelling"]);
    expect(keys({ ...china, publicOpinion: "yes" })).toEqual(["cnAlgorithmFiling"]);
    expect(keys({ ...china, publicGenerative: "yes", publicOpinion: "yes" })).toContain("cnGenAiFiling");
  });

  it("keeps an obligation that hinges on an unsure answer, marked to confirm", () => {
    const found = obligationsFor({ ...none, markets: ["china"], publicGenerative: "yes", publicOpinion: "unsure" });
    expect(found.find((o) => o.def.key === "cnGenAiFiling")?.certainty).toBe("mayApply");
    expect(found.find((o) => o.def.key === "cnAiContentLabelling")?.certainty).toBe("applies");
  });

  it("dates the EU AI Act by tier, with the amended high-risk dates and their originals", () => {
    const eu = obligationsFor({ ...none, markets: ["eu"], publicGenerative: "yes", euGpaiProvider: "yes", euHighRisk: "yes", euAnnexIProduct: "unsure" });
    const dates = Object.fromEntries(eu.map((o) => [o.def.key, [o.def.appliesFrom, o.def.previousDate ?? null, o.def.dateStatus]]));
    expect(dates).toEqual({
      euProhibitionsAndLiteracy: ["2025-02-02", null, "inForce"],
      euGpaiModel: ["2025-08-02", null, "inForce"],
      euTransparency: ["2026-08-02", null, "checkCurrentStatus"],
      euHighRiskAnnexIII: ["2027-12-02", "2026-08-02", "amended"],
      euHighRiskAnnexI: ["2028-08-02", "2027-08-02", "amended"],
    });
    expect(eu.find((o) => o.def.key === "euHighRiskAnnexI")?.certainty).toBe("mayApply");
  });

  it("asks for HIPAA only in US healthcare with PHI", () => {
    expect(keys({ ...none, markets: ["us"], usPhi: "yes" })).toEqual([]);
    expect(keys({ ...none, markets: ["us"], domains: ["healthcare"], usPhi: "yes" })).toEqual(["usHipaaBusinessAssociates", "usHipaaRiskAnalysis"]);
  });
});

describe("the obligations calendar", () => {
  const applicable = obligationsFor({ ...none, markets: ["china", "eu"], publicGenerative: "yes", publicOpinion: "yes", euHighRisk: "yes" });
  const record = (key: string, over: Partial<ObligationRecord>): ObligationRecord => ({ obligationKey: key, status: "open", owner: "", dueDate: null, evidence: "", version: 1, ...over });

  it("sorts by the founders' due date, else an upcoming legal date, and flags what is overdue", () => {
    const calendar = obligationCalendar(applicable, [record("cnGenAiFiling", { dueDate: "2026-12-20" }), record("cnAlgorithmFiling", { dueDate: "2026-11-01" })], "2026-12-01");
    expect(calendar.map((e) => [e.def.key, e.date, e.overdue])).toEqual([
      ["cnAlgorithmFiling", "2026-11-01", true],
      ["cnGenAiFiling", "2026-12-20", false],
      ["euHighRiskAnnexIII", "2027-12-02", false],
      ["cnGenAiModelDisclosure", null, false],
      ["cnAiContentLabelling", null, false],
      ["euProhibitionsAndLiteracy", null, false],
      ["euTransparency", null, false],
    ]);
    // Untouched obligations are open and have never been saved.
    expect(calendar.find((e) => e.def.key === "euTransparency")?.record).toMatchObject({ status: "open", version: 0 });
  });

  it("is complete when every obligation is settled or owned with a due date", () => {
    const china = obligationsFor({ ...none, markets: ["china"], publicGenerative: "yes" });
    const owned = china.map((o) => record(o.def.key, { owner: "Wang", dueDate: "2027-01-10" }));
    expect(obligationsComplete(obligationCalendar(china, owned, "2026-12-01"))).toBe(true);
    expect(obligationsComplete(obligationCalendar(china, owned.slice(1), "2026-12-01"))).toBe(false);
    expect(obligationsComplete([])).toBe(false);
  });
});

describe("first answers from the plan", () => {
  it("read domains from the sector and personal data from the platform section", () => {
    const zh = profileDefaults({ sector: "法律科技", servedMarkets: ["china"], personalDataSources: 2, sensitiveDataSources: 0 });
    expect(zh).toMatchObject({ markets: ["china"], domains: ["legal"], personalInfo: "yes", sensitivePersonalInfo: "unsure", usPhi: "no" });
    const en = profileDefaults({ sector: "Healthcare", servedMarkets: [], personalDataSources: 0, sensitiveDataSources: 2 });
    expect(en).toMatchObject({ domains: ["healthcare"], personalInfo: "yes", sensitivePersonalInfo: "yes", usPhi: "unsure" });
  });
});

describe("obligation texts", () => {
  const messages = (locale: string) => JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "messages", locale, "compliance.json"), "utf8"));

  it("exist in both languages with a title, what to do, the trigger, evidence and what was verified", () => {
    for (const locale of ["en", "zh-CN"]) {
      const items = messages(locale).obligations.items;
      for (const def of OBLIGATIONS) {
        for (const part of ["title", "what", "trigger", "due", "evidence", "verified"]) expect(items[def.key]?.[part], `${locale} ${def.key}.${part}`).toBeTruthy();
      }
    }
  });

  it("cite official sources only", () => {
    for (const def of OBLIGATIONS) {
      expect(def.sources.length, def.key).toBeGreaterThan(0);
      for (const url of def.sources) expect(url, def.key).toMatch(/^https:\/\/(www\.cac\.gov\.cn|beian\.cac\.gov\.cn|openstd\.samr\.gov\.cn|eur-lex\.europa\.eu|www\.hhs\.gov)\//);
    }
  });
});
