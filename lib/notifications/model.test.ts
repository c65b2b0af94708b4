import { describe, expect, it } from "vitest";
import { commentRecipients, isLocalPath } from "./model";

describe("commentRecipients", () => {
  it("tells the mentioned and the thread's earlier writers, never the author, a mention before a reply", () => {
    expect(commentRecipients({ authorId: "a", mentioned: ["b", "a"], threadAuthors: ["c", "b", null, "a", "c"] })).toEqual([
      { userId: "b", kind: "mention" },
      { userId: "c", kind: "reply" },
    ]);
    expect(commentRecipients({ authorId: "a", mentioned: [], threadAuthors: [] })).toEqual([]);
  });
});

describe("isLocalPath", () => {
  it("accepts app paths and refuses anything a browser would take off the site", () => {
    expect(isLocalPath("/projects/p1/risks?comments=open#comment-c1")).toBe(true);
    for (const path of ["//evil.test/x", "/\\evil.test", "https://evil.test/", "javascript:alert(1)", "", "projects/p1", "/x\nSet-Cookie: a=b"]) expect(isLocalPath(path), path).toBe(false);
  });
});
