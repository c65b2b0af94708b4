import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CATALOGUE, catalogueItem } from "./catalogue";
import { complianceFacts, complianceStepsComplete, isTriagedApplicable, progress, stepOf, type ComplianceStatus } from "./model";

const item = (over: Partial<{ market: "china" | "eu" | "us" | "general"; topic: "dataProtection" | "ip" | "security"; status: ComplianceStatus; owner: string }> = {}) => ({
  market: "china" as const,
  topic: "dataProtection" as const,
  status: "notStarted" as ComplianceStatus,
  owner: "",
  ...over,
});

describe("complianceFacts", () => {
  it("counts items, triaged ones, done, owners and data protection", () => {
    const facts = complianceFacts(
      [
        item({ status: "done", owner: "Wei" }),
        item({ status: "notApplicable", owner: "Wei" }),
        item({ status: "notStarted", owner: "Ana" }),
        item({ status: "notStarted" }),
        item({ topic: "security", status: "inProgress" }),
      ],
      "  ",
    );
    expect(facts).toEqual({
      items: 5,
      applicableItems: 3, // done, owned-not-started, in progress
      itemsDone: 1,
      itemsWithOwner: 3,
      dataProtectionDone: 1,
      dataProtectionTotal: 3, // the not-applicable one is left out
      ipStrategyDefined: false,
    });
  });

  it("maps nothing for an untouched checklist", () => {
    expect(isTriagedApplicable(item())).toBe(false);
    expect(complianceFacts([item(), item()], "Patents on the clause-risk model").applicableItems).toBe(0);
  });
});

describe("steps", () => {
  it("places market laws, everyday practices and IP in their steps", () => {
    expect(stepOf({ market: "eu", topic: "dataProtection" })).toBe("laws");
    expect(stepOf({ market: "general", topic: "security" })).toBe("data");
    expect(stepOf({ market: "general", topic: "ip" })).toBe("ip");
  });

  it("completes a step when all its items are triaged", () => {
    const items = [item({ status: "done" }), item({ market: "general", status: "notStarted" }), item({ market: "general", topic: "ip", status: "inProgress" })];
    expect(complianceStepsComplete(items, "")).toEqual({ laws: true, data: false, ip: false });
    expect(complianceStepsComplete(items, "Trade secrets for prompts").ip).toBe(true);
  });

  it("reports settled progress", () => {
    expect(progress([item({ status: "done" }), item({ status: "notApplicable" }), item()])).toEqual({ settled: 2, total: 3 });
  });
});

describe("catalogue", () => {
  const messages = (locale: string) => JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "messages", locale, "compliance.json"), "utf8"));

  it("has unique keys and a title and explanation in both languages", () => {
    expect(new Set(CATALOGUE.map((i) => i.key)).size).toBe(CATALOGUE.length);
    for (const locale of ["en", "zh-CN"]) {
      const catalogue = messages(locale).catalogue;
      for (const entry of CATALOGUE) {
        expect(catalogue[entry.key]?.title, `${locale} ${entry.key}`).toBeTruthy();
        expect(catalogue[entry.key]?.what, `${locale} ${entry.key}`).toBeTruthy();
      }
    }
  });

  it("adds the rules the documents omit as Launchpad additions", () => {
    const additions = CATALOGUE.filter((i) => i.origin === "launchpad").map((i) => i.key);
    expect(additions.sort()).toEqual(["cnAlgorithmRecommendation", "cnDeepSynthesis", "cnGenerativeAi", "cnPipl", "euAiAct"]);
    expect(CATALOGUE.filter((i) => i.origin === "docs").every((i) => i.sources)).toBe(true);
  });

  it("does not list the documents' vague legal items as real instruments", () => {
    const en = JSON.stringify(messages("en").catalogue).toLowerCase();
    for (const vague of ["algorithmic discrimination bill", "ftc guidance", "ai ethics guidelines", "unctad", "international cooperation initiative"]) {
      expect(en).not.toContain(vague);
    }
    expect(CATALOGUE.some((i) => i.market === "us" && i.key !== "usCcpa")).toBe(false);
  });

  it("finds items by key", () => {
    expect(catalogueItem("euAiAct")?.market).toBe("eu");
    expect(catalogueItem("nope")).toBeUndefined();
    expect(catalogueItem(null)).toBeUndefined();
  });
});
