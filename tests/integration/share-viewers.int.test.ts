// Email-gated share links on real PostgreSQL: what the gate asks for, one-time codes (hashed,
// limited, single use), and per-viewer analytics that parallel reports cannot lose.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { authSecret } from "@/lib/auth/secret";
import { resolveShareToken } from "@/lib/authz/share";
import { createShareLinkAction, updateShareLinkAction } from "@/lib/share/actions";
import { EMAIL_CODE_MAX_ATTEMPTS, hashEmailCode, viewerCookieName, viewerProof } from "@/lib/share/model";
import { createEmailCode, recordViewerSeconds, recordViewerView, verifyEmailCode } from "@/lib/share/mutations";
import { createTeamWithProject } from "../support/factories";
import { requestCookies, signInAs } from "./session";

async function gatedLink() {
  const w = await createTeamWithProject([]);
  await signInAs(w.members.OWNER);
  const created = await createShareLinkAction({ projectId: w.project.id, label: "Fund", mode: "LIVE", expiresOn: "", passcode: "", requireEmail: true });
  if (!created.ok) throw new Error(created.code);
  const token = created.data.path.split("/").pop()!;
  const link = await db.shareLink.findFirstOrThrow({ where: { projectId: w.project.id } });
  await signInAs(null);
  return { w, token, link };
}

const email = "reader@fund.test";
const later = (minutes: number) => new Date(Date.now() + minutes * 60_000);
async function newCode(linkId: string, code: string, expiresAt = later(15)) {
  return (await createEmailCode(linkId, email, hashEmailCode(authSecret(), linkId, email, code), expiresAt, new Date())).id;
}
const check = (codeId: string, linkId: string, code: string) => verifyEmailCode(codeId, linkId, (e) => hashEmailCode(authSecret(), linkId, e, code), new Date());

describe("email-gated share links", () => {
  it("ask for an email until this browser holds a viewer proof for this very link", async () => {
    const { token, link } = await gatedLink();
    expect(await resolveShareToken(token)).toEqual({ status: "email", linkId: link.id });
    const viewer = await db.shareViewer.create({ data: { linkId: link.id, email } });
    requestCookies().set(viewerCookieName(link.id), viewerProof(authSecret(), "another-link", viewer.id));
    expect(await resolveShareToken(token)).toMatchObject({ status: "email" });
    requestCookies().set(viewerCookieName(link.id), viewerProof(authSecret(), link.id, viewer.id));
    expect(await resolveShareToken(token)).toMatchObject({ status: "granted", capability: { linkId: link.id, viewerId: viewer.id } });
  });

  it("can be switched off by the owner: the link opens again without an email", async () => {
    const { w, token, link } = await gatedLink();
    await signInAs(w.members.OWNER);
    expect(await updateShareLinkAction({ projectId: w.project.id, linkId: link.id, label: "Fund", expiresOn: "", requireEmail: false })).toMatchObject({ ok: true });
    await signInAs(null);
    expect(await resolveShareToken(token)).toMatchObject({ status: "granted", capability: { viewerId: null } });
  });

  it("a code works once, makes one viewer per address, and is kept only hashed", async () => {
    const { link } = await gatedLink();
    const id = await newCode(link.id, "123456");
    expect((await db.shareEmailCode.findUniqueOrThrow({ where: { id } })).codeHash).not.toContain("123456");
    const first = await check(id, link.id, "123456");
    expect(first).toMatchObject({ status: "verified" });
    expect(await check(id, link.id, "123456")).toEqual({ status: "expired" });
    const again = await check(await newCode(link.id, "654321"), link.id, "654321");
    expect(again).toEqual(first); // same address, same viewer
    expect(await db.shareViewer.count({ where: { linkId: link.id } })).toBe(1);
  });

  it("a few wrong codes use a code up; an expired, replaced or other link's code does not work", async () => {
    const { link } = await gatedLink();
    const id = await newCode(link.id, "123456");
    for (let i = 0; i < EMAIL_CODE_MAX_ATTEMPTS; i++) expect(await check(id, link.id, "000000")).toEqual({ status: "wrong" });
    expect(await check(id, link.id, "123456")).toEqual({ status: "expired" });

    const stale = await newCode(link.id, "111111", later(-1));
    expect(await check(stale, link.id, "111111")).toEqual({ status: "expired" });
    const replaced = await newCode(link.id, "222222");
    await newCode(link.id, "333333");
    expect(await check(replaced, link.id, "222222")).toEqual({ status: "expired" });

    const other = await gatedLink();
    const foreign = await newCode(other.link.id, "444444");
    expect(await check(foreign, link.id, "444444")).toEqual({ status: "expired" });
    expect(await db.shareViewer.count({ where: { linkId: link.id } })).toBe(0);
  });

  it("parallel guesses cannot exceed the attempts", async () => {
    const { link } = await gatedLink();
    const id = await newCode(link.id, "123456");
    const results = await Promise.all(Array.from({ length: 12 }, () => check(id, link.id, "000000")));
    expect(results.filter((r) => r.status === "wrong")).toHaveLength(EMAIL_CODE_MAX_ATTEMPTS);
    expect((await db.shareEmailCode.findUniqueOrThrow({ where: { id } })).attempts).toBe(EMAIL_CODE_MAX_ATTEMPTS);
  });

  it("counts a viewer's visits (the first is the first) and adds up parallel reading reports", async () => {
    const { link } = await gatedLink();
    const viewer = await db.shareViewer.create({ data: { linkId: link.id, email } });
    const t0 = new Date();
    expect(await recordViewerView(viewer.id, t0)).toEqual({ counted: true, first: true });
    expect(await recordViewerView(viewer.id, new Date(t0.getTime() + 1000))).toEqual({ counted: false, first: false });
    expect(await recordViewerView(viewer.id, new Date(t0.getTime() + 60_000))).toEqual({ counted: true, first: false });
    await Promise.all(Array.from({ length: 8 }, () => recordViewerSeconds(viewer.id, { risks: 2, team: 1, bogus: 5 })));
    const stored = await db.shareViewer.findUniqueOrThrow({ where: { id: viewer.id } });
    expect(stored).toMatchObject({ views: 2, sectionSeconds: { risks: 16, team: 8 } });
  });
});
