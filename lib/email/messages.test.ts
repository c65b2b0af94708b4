import { describe, expect, it } from "vitest";
import { linkViewedEmail, mentionEmail } from "./messages";

describe("mail texts", () => {
  it("a mention names the author and the plan, quotes the comment and links to the thread, in both languages", () => {
    const mail = mentionEmail({ authorName: "Ana", projectName: "ClinicNote", excerpt: "@Lin can you check <b>this</b>?", link: "https://pad.test/projects/p1/risks?comments=open#comment-c1" });
    expect(mail.subject).toBe("Ana mentioned you in ClinicNote / 在 Launchpad 中提到了你");
    expect(mail.body).toContain('Ana mentioned you in a comment on "ClinicNote":');
    expect(mail.body).toContain("  @Lin can you check <b>this</b>?");
    expect(mail.body).toContain("Ana 在「ClinicNote」的评论中提到了你。");
    expect(mail.body.match(/https:\/\/pad\.test\/projects\/p1\/risks\?comments=open#comment-c1/g)).toHaveLength(2);
  });

  it("a first view names the link by its label, or a dash when it has none", () => {
    expect(linkViewedEmail({ projectName: "P", linkLabel: "Fund A", viewedAt: "6 Dec 2026, 12:00", link: "x" }).body).toContain('share link "Fund A" for "P" for the first time (6 Dec 2026, 12:00)');
    expect(linkViewedEmail({ projectName: "P", linkLabel: "", viewedAt: "t", link: "x" }).body).toContain('share link "—"');
  });
});
