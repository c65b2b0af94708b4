import { describe, expect, it } from "vitest";
import { DEFAULT_QUERY, isFiltered, pageCount, parseRegisterQuery, registerSearch, statusesOf } from "./register-query";

describe("parseRegisterQuery", () => {
  it("reads every filter from the URL", () => {
    expect(parseRegisterQuery({ category: "cashFlow", status: "closed", owner: "m_1", band: "high", cell: "3-5", overdue: "1", sort: "review", page: "3" })).toEqual({
      category: "cashFlow",
      status: "closed",
      owner: "m_1",
      band: "high",
      cell: { likelihood: 3, impact: 5 },
      overdue: true,
      sort: "review",
      page: 3,
    });
  });

  it("falls back to defaults for unknown or malformed values", () => {
    expect(parseRegisterQuery({ category: "aliens", status: "deleted", owner: "<x>", band: "extreme", cell: "6-1", overdue: "yes", sort: "random", page: "-2" })).toEqual(DEFAULT_QUERY);
    expect(parseRegisterQuery({ cell: "0-3", page: "1.5" })).toEqual(DEFAULT_QUERY);
    expect(parseRegisterQuery({ page: "NaN" }).page).toBe(1);
    expect(parseRegisterQuery({ category: ["security", "ethics"] }).category).toBe("security");
  });
});

describe("registerSearch", () => {
  it("writes only what differs from the defaults, after extra parameters", () => {
    expect(registerSearch(DEFAULT_QUERY)).toBe("");
    expect(registerSearch({ ...DEFAULT_QUERY, cell: { likelihood: 2, impact: 4 }, page: 2 }, { step: "assess" })).toBe("?step=assess&cell=2-4&page=2");
  });

  it("round-trips through the parser", () => {
    const query = { ...DEFAULT_QUERY, category: "ethics" as const, status: "all" as const, owner: "none", band: "medium" as const, overdue: true, sort: "title" as const, page: 4 };
    const search = new URLSearchParams(registerSearch(query));
    expect(parseRegisterQuery(Object.fromEntries(search))).toEqual(query);
  });
});

describe("paging and filters", () => {
  it("counts pages of 50, with at least one page", () => {
    expect([0, 1, 50, 51, 1000].map(pageCount)).toEqual([1, 1, 1, 2, 20]);
  });

  it("knows when the list is narrowed", () => {
    expect(isFiltered(DEFAULT_QUERY)).toBe(false);
    expect(isFiltered({ ...DEFAULT_QUERY, sort: "title", page: 3 })).toBe(false);
    expect(isFiltered({ ...DEFAULT_QUERY, status: "all" })).toBe(true);
    expect(statusesOf("active")).toEqual(["open", "monitoring"]);
    expect(statusesOf("all")).toEqual(["open", "monitoring", "closed"]);
  });
});
