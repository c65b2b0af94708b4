import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { AuthorizedTeamId } from "@/lib/authz/gate";
import { changeMemberRoleAction, leaveTeamAction, removeMemberAction, transferOwnershipAction } from "@/lib/members/actions";
import { listTeamMembers } from "@/lib/members/data";
import { setMemberRole } from "@/lib/members/mutations";
import { describeGateMatrix } from "../support/authz-matrix";
import { countQueries } from "../support/query-count";
import { createTeamWithProject, createUser } from "../support/factories";
import { signInAs } from "./session";

const roleOf = async (teamId: string, userId: string) => (await db.membership.findUnique({ where: { teamId_userId: { teamId, userId } } }))?.role ?? null;

describeGateMatrix("member actions", [
  {
    name: "changeMemberRole",
    permission: "team.manageMembers",
    run: (w) => changeMemberRoleAction({ teamId: w.team.id, userId: w.members.VIEWER.id, role: "COMMENTER" }),
  },
  {
    name: "removeMember",
    permission: "team.manageMembers",
    run: (w) => removeMemberAction({ teamId: w.team.id, userId: w.members.VIEWER.id }),
  },
  {
    name: "leaveTeam",
    permission: "team.read",
    run: (w) => leaveTeamAction({ teamId: w.team.id }),
    // The fixture team has one owner, who may not leave it ownerless.
    allowedOutcome: (role) => (role === "OWNER" ? "lastOwner" : "ok"),
  },
  {
    name: "transferOwnership",
    permission: "team.manageMembers",
    run: (w) => transferOwnershipAction({ teamId: w.team.id, userId: w.members.EDITOR.id }),
  },
]);

describe("the last owner", () => {
  it("cannot be demoted, removed or leave; nothing changes", async () => {
    const w = await createTeamWithProject();
    await signInAs(w.members.OWNER);
    expect(await changeMemberRoleAction({ teamId: w.team.id, userId: w.members.OWNER.id, role: "EDITOR" })).toMatchObject({ ok: false, code: "lastOwner" });
    expect(await removeMemberAction({ teamId: w.team.id, userId: w.members.OWNER.id })).toMatchObject({ ok: false, code: "lastOwner" });
    expect(await leaveTeamAction({ teamId: w.team.id })).toMatchObject({ ok: false, code: "lastOwner" });
    expect(await roleOf(w.team.id, w.members.OWNER.id)).toBe("OWNER");
  });

  it("can step down once another member is an owner", async () => {
    const w = await createTeamWithProject();
    await signInAs(w.members.OWNER);
    expect(await changeMemberRoleAction({ teamId: w.team.id, userId: w.members.EDITOR.id, role: "OWNER" })).toMatchObject({ ok: true });
    expect(await changeMemberRoleAction({ teamId: w.team.id, userId: w.members.OWNER.id, role: "VIEWER" })).toMatchObject({ ok: true });
    expect(await roleOf(w.team.id, w.members.OWNER.id)).toBe("VIEWER");
    // The new sole owner is now the last one.
    await signInAs(w.members.EDITOR);
    expect(await leaveTeamAction({ teamId: w.team.id })).toMatchObject({ ok: false, code: "lastOwner" });
  });

  it("keeps one owner when two owners demote each other at the same moment", async () => {
    const w = await createTeamWithProject();
    await db.membership.update({ where: { teamId_userId: { teamId: w.team.id, userId: w.members.EDITOR.id } }, data: { role: "OWNER" } });
    const teamId = w.team.id as AuthorizedTeamId;
    // Another owner's demotion in flight: it holds the team lock and has not committed yet.
    let demoting!: () => void;
    const started = new Promise<void>((resolve) => (demoting = resolve));
    const other = db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT "id" FROM "Team" WHERE "id" = ${teamId} FOR UPDATE`;
      await tx.membership.update({ where: { teamId_userId: { teamId, userId: w.members.OWNER.id } }, data: { role: "EDITOR" } });
      demoting();
      await new Promise((r) => setTimeout(r, 300));
    });
    await started;
    // Without the lock this would still count two owners and succeed, leaving none.
    expect(await setMemberRole(teamId, w.members.EDITOR.id, "EDITOR")).toBe("lastOwner");
    await other;
    expect(await db.membership.count({ where: { teamId, role: "OWNER" } })).toBe(1);
  });
});

describe("membership changes", () => {
  it("transfers ownership: the member becomes owner, the owner an editor", async () => {
    const w = await createTeamWithProject();
    await signInAs(w.members.OWNER);
    expect(await transferOwnershipAction({ teamId: w.team.id, userId: w.members.VIEWER.id })).toMatchObject({ ok: true });
    expect(await roleOf(w.team.id, w.members.VIEWER.id)).toBe("OWNER");
    expect(await roleOf(w.team.id, w.members.OWNER.id)).toBe("EDITOR");
    // The former owner can no longer manage members.
    expect(await removeMemberAction({ teamId: w.team.id, userId: w.members.COMMENTER.id })).toMatchObject({ ok: false, code: "forbidden" });
  });

  it("refuses transferring to oneself or to a non-member", async () => {
    const w = await createTeamWithProject();
    const stranger = await createUser("Stranger");
    await signInAs(w.members.OWNER);
    expect(await transferOwnershipAction({ teamId: w.team.id, userId: w.members.OWNER.id })).toMatchObject({ ok: false, code: "validation" });
    expect(await transferOwnershipAction({ teamId: w.team.id, userId: stranger.id })).toMatchObject({ ok: false, code: "notFound" });
    expect(await roleOf(w.team.id, w.members.OWNER.id)).toBe("OWNER");
  });

  it("removes a member, who then loses access; another team's member cannot be touched", async () => {
    const w = await createTeamWithProject();
    const other = await createTeamWithProject();
    await signInAs(w.members.OWNER);
    expect(await removeMemberAction({ teamId: w.team.id, userId: w.members.COMMENTER.id })).toMatchObject({ ok: true });
    expect(await roleOf(w.team.id, w.members.COMMENTER.id)).toBeNull();
    expect(await removeMemberAction({ teamId: w.team.id, userId: other.members.EDITOR.id })).toMatchObject({ ok: false, code: "notFound" });
    expect(await roleOf(other.team.id, other.members.EDITOR.id)).toBe("EDITOR");
    // The removed member is told they no longer have access.
    await signInAs(w.members.COMMENTER);
    expect(await leaveTeamAction({ teamId: w.team.id })).toMatchObject({ ok: false, code: "noAccess" });
  });

  it("refuses an unknown role and changes nothing", async () => {
    const w = await createTeamWithProject();
    await signInAs(w.members.OWNER);
    expect(await changeMemberRoleAction({ teamId: w.team.id, userId: w.members.VIEWER.id, role: "ADMIN" })).toMatchObject({
      ok: false,
      code: "validation",
      fieldErrors: { role: { code: "invalidOption" } },
    });
    expect(await roleOf(w.team.id, w.members.VIEWER.id)).toBe("VIEWER");
  });

  it("lists members with one query whatever the team size", async () => {
    const small = await createTeamWithProject();
    const large = await createTeamWithProject();
    for (let i = 0; i < 30; i++) {
      const user = await createUser(`Member ${i}`);
      await db.membership.create({ data: { teamId: large.team.id, userId: user.id, role: "VIEWER" } });
    }
    const a = await countQueries(() => listTeamMembers(small.team.id as AuthorizedTeamId));
    const b = await countQueries(() => listTeamMembers(large.team.id as AuthorizedTeamId));
    expect(b.result).toHaveLength(34);
    expect(b.result[0].role).toBe("OWNER");
    expect(b.queries).toBe(a.queries);
  });
});
