import { describe, expect, it } from "vitest";
import { likelyDuplicate, significantTokens } from "./duplicates";

const providerTemplate = {
  category: "providerDependency",
  titles: ["Dependence on a third-party model provider", "依赖第三方模型供应商"],
  descriptions: [
    "The product runs on another company's model API. A price rise, rate limit, policy change, deprecation or outage hits your margin and service directly.",
    "产品运行在别家公司的模型 API 上。涨价、限流、政策变化、下线或故障都会直接影响你的利润和服务。",
  ],
};

describe("significantTokens", () => {
  it("keeps meaningful words, drops generic ones and plural s, and splits Chinese into bigrams", () => {
    expect([...significantTokens("Upstream provider triples API prices")].sort()).toEqual(["api", "price", "provider", "triple", "upstream"]);
    expect(significantTokens("The risk of the product")).toEqual(new Set());
    expect([...significantTokens("上游涨价")].sort()).toEqual(["上游", "涨价", "游涨"]);
  });
});

describe("likelyDuplicate", () => {
  it("finds the founder's own wording of the provider risk (provider, API, price shared)", () => {
    const risks = [
      { id: "r1", title: "Key engineer leaves", category: "talent" },
      { id: "r2", title: "Upstream provider triples API prices", category: "market" },
    ];
    expect(likelyDuplicate(providerTemplate, risks)?.id).toBe("r2");
  });

  it("finds it in Chinese too", () => {
    expect(likelyDuplicate(providerTemplate, [{ id: "z", title: "上游供应商 API 涨价三倍", category: "market" }])?.id).toBe("z");
  });

  it("one shared title word is enough only within the same category", () => {
    const risk = { id: "r", title: "Provider outage", category: "providerDependency" };
    // "provider" is in the title and "outage" in the description: two terms, any category.
    expect(likelyDuplicate(providerTemplate, [{ ...risk, category: "talent" }])?.id).toBe("r");
    const oneWord = { id: "o", title: "Cloud provider contract", category: "providerDependency" };
    expect(likelyDuplicate(providerTemplate, [oneWord])?.id).toBe("o");
    expect(likelyDuplicate(providerTemplate, [{ ...oneWord, category: "talent" }])).toBeNull();
  });

  it("does not flag unrelated risks or generic wording", () => {
    const risks = [
      { id: "a", title: "Key engineer leaves the team", category: "talent" },
      { id: "b", title: "Risk to the product and the business", category: "market" },
    ];
    expect(likelyDuplicate(providerTemplate, risks)).toBeNull();
  });

  it("picks the closest of several candidates", () => {
    const risks = [
      { id: "weak", title: "Provider contract", category: "providerDependency" },
      { id: "strong", title: "Model provider raises API price, rate limits", category: "providerDependency" },
    ];
    expect(likelyDuplicate(providerTemplate, risks)?.id).toBe("strong");
  });
});
