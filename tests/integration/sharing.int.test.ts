// Share links: what a token grants (one project's summary, nothing else), link states, and the
// founder-side actions' authorization.
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { openText } from "@/lib/email/seal";
import { resolveShareToken } from "@/lib/authz/share";
import { buildInvestorSummary } from "@/lib/investor-summary/data";
import { createShareLinkAction, revokeShareLinkAction, updateShareLinkAction } from "@/lib/share/actions";
import { updateProjectAction } from "@/lib/projects/actions";
import { describeGateMatrix } from "../support/authz-matrix";
import { createTeamWithProject } from "../support/factories";
import { countQueries } from "../support/query-count";
import { signInAs } from "./session";

const linkInput: { label: string; mode: "LIVE" | "SNAPSHOT"; expiresOn: string; passcode: string } = { label: "Fund", mode: "LIVE", expiresOn: "", passcode: "" };

async function newLink(world: Awaited<ReturnType<typeof createTeamWithProject>>, extra: Partial<typeof linkInput> = {}) {
  await signInAs(world.members.OWNER);
  const result = await createShareLinkAction({ projectId: world.project.id, ...linkInput, ...extra });
  if (!result.ok) throw new Error(`could not create link: ${result.code}`);
  return result.data.path.split("/").pop()!;
}

describeGateMatrix("share link actions", [
  { name: "createShareLink", permission: "share.manage", run: (w) => createShareLinkAction({ projectId: w.project.id, ...linkInput }) },
  {
    name: "revokeShareLink",
    permission: "share.manage",
    prepare: async (w) => {
      const token = await newLink(w);
      return (await db.shareLink.findFirstOrThrow({ where: { projectId: w.project.id } })).id ?? token;
    },
    run: (w, linkId) => revokeShareLinkAction({ projectId: w.project.id, linkId: linkId as string }),
  },
  {
    name: "updateShareLink",
    permission: "share.manage",
    prepare: async (w) => {
      await newLink(w);
      return (await db.shareLink.findFirstOrThrow({ where: { projectId: w.project.id } })).id;
    },
    run: (w, linkId) => updateShareLinkAction({ projectId: w.project.id, linkId: linkId as string, label: "Renamed", expiresOn: "" }),
  },
]);

describe("a share token", () => {
  it("is stored only as a hash", async () => {
    const world = await createTeamWithProject();
    const token = await newLink(world);
    const stored = await db.shareLink.findFirstOrThrow({ where: { projectId: world.project.id } });
    expect(JSON.stringify(stored)).not.toContain(token);
    // Sealed for its owners to copy again: only AUTH_SECRET opens it, and only as a share token.
    expect(openText(stored.sealedToken!, "share-token")).toBe(token);
    expect(openText(stored.sealedToken!, "outbox")).toBeNull();
  });

  it("can be renamed and given a new expiry by its project's owner, never to a past date or in another project", async () => {
    const [world, other] = [await createTeamWithProject(), await createTeamWithProject()];
    await newLink(world);
    const link = await db.shareLink.findFirstOrThrow({ where: { projectId: world.project.id } });
    await signInAs(world.members.OWNER);
    expect(await updateShareLinkAction({ projectId: world.project.id, linkId: link.id, label: "Fund B", expiresOn: "2020-01-01" })).toMatchObject({ ok: false, fieldErrors: { expiresOn: { code: "dateInPast" } } });
    expect(await updateShareLinkAction({ projectId: world.project.id, linkId: link.id, label: "Fund B", expiresOn: "2030-01-31" })).toMatchObject({ ok: true, data: { label: "Fund B", expiresAt: "2030-01-31T23:59:59.999Z" } });
    expect(await db.shareLink.findUniqueOrThrow({ where: { id: link.id } })).toMatchObject({ label: "Fund B", expiresAt: new Date("2030-01-31T23:59:59.999Z") });
    await signInAs(other.members.OWNER);
    expect(await updateShareLinkAction({ projectId: other.project.id, linkId: link.id, label: "Mine now", expiresOn: "" })).toMatchObject({ ok: false, code: "notFound" });
    expect((await db.shareLink.findUniqueOrThrow({ where: { id: link.id } })).label).toBe("Fund B");
  });

  it("grants the summary of its own project only", async () => {
    const [a, b] = [await createTeamWithProject(), await createTeamWithProject()];
    const token = await newLink(a);
    await signInAs(null);
    const access = await resolveShareToken(token);
    expect(access.status).toBe("granted");
    if (access.status !== "granted") return;
    expect(access.capability.projectId).toBe(a.project.id);
    expect(access.capability.projectId).not.toBe(b.project.id);
    const summary = await buildInvestorSummary(access.capability.projectId);
    expect(summary.project.name).toBe(a.project.name);
    expect(JSON.stringify(summary)).not.toMatch(/@example\.test/); // no member emails
  });

  it("is useless to server actions: an anonymous caller holding a token can change nothing", async () => {
    const world = await createTeamWithProject();
    const token = await newLink(world);
    await signInAs(null);
    for (const attempt of [
      () => updateProjectAction({ projectId: world.project.id, version: 1, name: "Hijacked", oneLiner: "", sector: "", stage: "IDEA", currency: "USD", token }),
      () => createShareLinkAction({ projectId: world.project.id, ...linkInput, token }),
      () => updateProjectAction({ projectId: token, version: 1, name: "Hijacked", oneLiner: "", sector: "", stage: "IDEA", currency: "USD" }),
    ]) {
      expect(await attempt()).toMatchObject({ ok: false, code: "unauthenticated" });
    }
    expect((await db.project.findUniqueOrThrow({ where: { id: world.project.id } })).name).toBe(world.project.name);
  });

  it("is denied once revoked or expired, and unknown or malformed tokens are denied alike", async () => {
    const world = await createTeamWithProject();
    const token = await newLink(world);
    const link = await db.shareLink.findFirstOrThrow({ where: { projectId: world.project.id } });
    await signInAs(world.members.OWNER);
    await revokeShareLinkAction({ projectId: world.project.id, linkId: link.id });
    expect(await resolveShareToken(token)).toEqual({ status: "denied" });

    const token2 = await newLink(world);
    await db.shareLink.updateMany({ where: { projectId: world.project.id, revokedAt: null }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await resolveShareToken(token2)).toEqual({ status: "denied" });
    expect(await resolveShareToken("A".repeat(32))).toEqual({ status: "denied" });
    expect(await resolveShareToken("'; DROP TABLE \"ShareLink\"; --")).toEqual({ status: "denied" });
  });

  it("asks for the passcode before granting a protected link", async () => {
    const world = await createTeamWithProject();
    const token = await newLink(world, { passcode: "open-sesame" });
    await signInAs(null);
    expect((await resolveShareToken(token)).status).toBe("passcode");
  });

  it("keeps a snapshot link frozen while a live link follows the plan", async () => {
    const world = await createTeamWithProject();
    const frozen = await newLink(world, { mode: "SNAPSHOT" });
    const live = await newLink(world);
    await db.project.update({ where: { id: world.project.id }, data: { oneLiner: "Changed after sharing" } });
    const summaryOf = async (token: string) => {
      const access = await resolveShareToken(token);
      if (access.status !== "granted") throw new Error("denied");
      return (access.capability.frozenSummary as { project: { oneLiner: string } } | null) ?? (await buildInvestorSummary(access.capability.projectId));
    };
    expect((await summaryOf(frozen)).project.oneLiner).toBe("A test plan");
    expect((await summaryOf(live)).project.oneLiner).toBe("Changed after sharing");
    const snapshot = await db.planSnapshot.findFirstOrThrow({ where: { projectId: world.project.id } });
    expect(snapshot.kind).toBe("SHARE_LINK");
  });

  it("denies a frozen link whose snapshot is gone instead of showing the live plan", async () => {
    const world = await createTeamWithProject();
    const frozen = await newLink(world, { mode: "SNAPSHOT" });
    expect((await resolveShareToken(frozen)).status).toBe("granted");
    await db.planSnapshot.deleteMany({ where: { projectId: world.project.id } }); // the relation sets snapshotId to NULL
    expect((await db.shareLink.findFirstOrThrow({ where: { projectId: world.project.id } })).snapshotId).toBeNull();
    expect(await resolveShareToken(frozen)).toEqual({ status: "denied" });
  });

  it("denies a frozen link whose stored summary is not a summary it can read", async () => {
    const world = await createTeamWithProject();
    const frozen = await newLink(world, { mode: "SNAPSHOT" });
    const snapshot = await db.planSnapshot.findFirstOrThrow({ where: { projectId: world.project.id } });
    const stored = snapshot.summary as Record<string, unknown>;
    await db.planSnapshot.update({ where: { id: snapshot.id }, data: { summary: { ...stored, version: 99 } } });
    expect(await resolveShareToken(frozen)).toEqual({ status: "denied" });
    await db.planSnapshot.update({ where: { id: snapshot.id }, data: { summary: { ...stored, risks: "<script>" } } });
    expect(await resolveShareToken(frozen)).toEqual({ status: "denied" });
    await db.planSnapshot.update({ where: { id: snapshot.id }, data: { summary: stored as object } });
    expect((await resolveShareToken(frozen)).status).toBe("granted");
  });

  it("refuses bad link input with field errors and stores nothing", async () => {
    const world = await createTeamWithProject();
    await signInAs(world.members.OWNER);
    const result = await createShareLinkAction({ projectId: world.project.id, label: "<b>x</b>", mode: "FOREVER", expiresOn: "2020-01-01", passcode: "123" });
    expect(result).toMatchObject({ ok: false, code: "validation", fieldErrors: { mode: { code: "invalidOption" }, passcode: { code: "passcodeTooShort" } } });
    const past = await createShareLinkAction({ projectId: world.project.id, ...linkInput, expiresOn: "2020-01-01" });
    expect(past).toMatchObject({ ok: false, fieldErrors: { expiresOn: { code: "dateInPast" } } });
    expect(await db.shareLink.count({ where: { projectId: world.project.id } })).toBe(0);
  });

  it("builds the summary with the same number of queries for a small and a large plan", async () => {
    const [small, large] = [await createTeamWithProject(), await createTeamWithProject()];
    const fill = async (projectId: string, count: number) => {
      await db.teamMember.createMany({ data: Array.from({ length: count }, (_, i) => ({ projectId, name: `M${i}`, roles: ["dataScientist"], monthlyCost: 100 })) });
      await db.risk.createMany({
        data: Array.from({ length: count * 5 }, (_, i) => ({ projectId, title: `R${i}`, category: "cashFlow", likelihood: 3, impact: 4, score: 12 })),
      });
    };
    await fill(small.project.id, 3);
    await fill(large.project.id, 200);
    const smallCount = (await countQueries(() => buildInvestorSummary(small.project.id as never))).queries;
    const { queries: largeCount, result } = await countQueries(() => buildInvestorSummary(large.project.id as never));
    expect(largeCount).toBe(smallCount);
    expect(result.risks.length).toBeLessThanOrEqual(8);
    expect(result.team?.members.length).toBeLessThanOrEqual(12);
  });
});

vi.setConfig({ testTimeout: 60_000 });
