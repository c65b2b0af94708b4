import { describe, expect, it } from "vitest";
import { nextTheme, parseTheme, themeClass, themeCookie } from "./model";

describe("colour theme", () => {
  it("follows the system unless the cookie names a known theme", () => {
    expect(parseTheme("dark")).toBe("dark");
    expect(parseTheme("light")).toBe("light");
    expect(parseTheme(undefined)).toBe("system");
    expect(parseTheme("purple")).toBe("system");
  });
  it("cycles system → light → dark → system", () => {
    expect([nextTheme("system"), nextTheme("light"), nextTheme("dark")]).toEqual(["light", "dark", "system"]);
  });
  it("puts a class on <html> only for a chosen theme, and forgets the cookie for the system's", () => {
    expect(themeClass("system")).toBe("");
    expect(themeClass("dark")).toBe("dark");
    expect(themeCookie("dark")).toMatch(/^theme=dark; path=\/; max-age=31536000/);
    expect(themeCookie("system")).toMatch(/^theme=; path=\/; max-age=0/);
  });
});
