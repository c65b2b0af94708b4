import { describe, expect, it } from "vitest";
import { excerpt, mentionQuery, parseMentions, splitMentions, suggestMembers } from "./model";

const members = [
  { id: "u-ann", name: "Ann" },
  { id: "u-annlee", name: "Ann Lee" },
  { id: "u-bob", name: "Bob Stone" },
  { id: "u-zhang", name: "张伟" },
];

describe("parseMentions", () => {
  it("finds members by their full name, case-insensitively, once each", () => {
    expect(parseMentions("@bob stone please check, and @Bob Stone again", members)).toEqual(["u-bob"]);
  });
  it("prefers the longest matching name", () => {
    expect(parseMentions("@Ann Lee and @Ann", members)).toEqual(["u-annlee", "u-ann"]);
  });
  it("requires a word boundary after a latin name", () => {
    expect(parseMentions("@Annabel is not a member", members)).toEqual([]);
    expect(parseMentions("ping @Ann, thanks", members)).toEqual(["u-ann"]);
  });
  it("accepts a Chinese name followed directly by text", () => {
    expect(parseMentions("@张伟请看一下这个风险", members)).toEqual(["u-zhang"]);
  });
  it("ignores email addresses and unknown names", () => {
    expect(parseMentions("mail ann@example.com or @Nobody", members)).toEqual([]);
  });
});

describe("splitMentions", () => {
  it("cuts text into plain and mention segments that join back to the text", () => {
    const text = "Hi @Bob Stone, see @张伟.";
    const segments = splitMentions(text, members);
    expect(segments).toEqual([
      { text: "Hi " },
      { text: "@Bob Stone", mentionOf: "u-bob" },
      { text: ", see " },
      { text: "@张伟", mentionOf: "u-zhang" },
      { text: "." },
    ]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
  });
  it("returns the whole text when nothing is mentioned", () => {
    expect(splitMentions("plain", members)).toEqual([{ text: "plain" }]);
  });
});

describe("mentionQuery and suggestMembers", () => {
  it("reads the partial name after the last @", () => {
    expect(mentionQuery("hello @an")).toEqual({ query: "an", start: 6 });
    expect(mentionQuery("no mention")).toBeNull();
    expect(mentionQuery("mail me@ex")).toBeNull();
  });
  it("suggests prefix matches before other matches", () => {
    expect(suggestMembers("an", members).map((m) => m.id)).toEqual(["u-ann", "u-annlee"]);
    expect(suggestMembers("stone", members).map((m) => m.id)).toEqual(["u-bob"]);
  });
});

describe("excerpt", () => {
  it("flattens whitespace and cuts long text with an ellipsis", () => {
    expect(excerpt("a\n\n b")).toBe("a b");
    expect(excerpt("x".repeat(100), 10)).toBe(`${"x".repeat(9)}…`);
  });
});
