// Per-project roles: a role on one plan overrides the team role there, and someone with only a
// project role reaches that plan and nothing else of the team. Through the real gate and actions.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { authorizeProject, authorizeTeam, type AuthorizedProjectId } from "@/lib/authz/gate";
import { acceptInvitationAction, createProjectInvitationAction } from "@/lib/invitations/actions";
import { listSharedProjects } from "@/lib/projects/data";
import { updateProjectAction } from "@/lib/projects/actions";
import { changeProjectMemberRoleAction, removeProjectMemberAction } from "@/lib/project-members/actions";
import { listProjectMembers } from "@/lib/project-members/data";
import { createTeamWithProject, createUser } from "../support/factories";
import { signInAs } from "./session";

const tokenOf = (path: string) => path.split("/").pop()!;
const details = { name: "Renamed", oneLiner: "", sector: "", stage: "IDEA", currency: "USD" };

async function worldWithTwoPlans() {
  const w = await createTeamWithProject();
  const other = await db.project.create({ data: { teamId: w.team.id, name: "Other plan" } });
  return { ...w, other };
}

describe("project-level roles in the gate", () => {
  it("a project-only viewer reads that plan, cannot edit it, and reaches neither the other plan nor the team", async () => {
    const w = await worldWithTwoPlans();
    const guest = await createUser("Guest");
    await db.projectMember.create({ data: { projectId: w.project.id, userId: guest.id, role: "VIEWER" } });
    await signInAs(guest);
    expect(await authorizeProject(w.project.id, "project.read")).toMatchObject({ ok: true, access: { role: "VIEWER", teamId: w.team.id } });
    expect(await authorizeProject(w.project.id, "plan.edit")).toMatchObject({ ok: false, code: "forbidden" });
    expect(await authorizeProject(w.other.id, "project.read")).toMatchObject({ ok: false, code: "noAccess" });
    expect(await authorizeTeam(w.team.id, "team.read")).toMatchObject({ ok: false, code: "noAccess" });
    expect((await listSharedProjects(guest.id)).map((p) => p.id)).toEqual([w.project.id]);
  });

  it("a project role overrides the team role on that plan only", async () => {
    const w = await worldWithTwoPlans();
    await db.projectMember.create({ data: { projectId: w.project.id, userId: w.members.EDITOR.id, role: "VIEWER" } });
    await signInAs(w.members.EDITOR);
    expect(await updateProjectAction({ projectId: w.project.id, version: 1, ...details })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await updateProjectAction({ projectId: w.other.id, version: 1, ...details })).toMatchObject({ ok: true });
    // A team member is not listed under "shared with you": their plans are under the team.
    expect(await listSharedProjects(w.members.EDITOR.id)).toEqual([]);
    await db.projectMember.create({ data: { projectId: w.other.id, userId: w.members.VIEWER.id, role: "EDITOR" } });
    await signInAs(w.members.VIEWER);
    expect(await authorizeProject(w.other.id, "plan.edit")).toMatchObject({ ok: true, access: { role: "EDITOR" } });
    expect(await authorizeProject(w.project.id, "plan.edit")).toMatchObject({ ok: false, code: "forbidden" });
  });

  it("nobody but the owner invites to a plan; the invitee gets a role on that plan and no team membership", async () => {
    const w = await worldWithTwoPlans();
    const guest = await createUser("Invitee");
    const input = { projectId: w.project.id, role: "VIEWER", expiresInDays: 7, email: guest.email };
    for (const role of ["EDITOR", "COMMENTER", "VIEWER"] as const) {
      await signInAs(w.members[role]);
      expect(await createProjectInvitationAction(input)).toMatchObject({ ok: false, code: "forbidden" });
    }
    await signInAs(w.outsider);
    expect(await createProjectInvitationAction(input)).toMatchObject({ ok: false, code: "noAccess" });
    await signInAs(w.members.OWNER);
    expect(await createProjectInvitationAction({ ...input, email: w.members.EDITOR.email })).toMatchObject({ ok: false, code: "alreadyMember" });
    expect(await createProjectInvitationAction({ ...input, role: "OWNER" })).toMatchObject({ ok: false, code: "validation" });
    const created = await createProjectInvitationAction(input);
    if (!created.ok) throw new Error(created.code);

    // Only the invited address may accept.
    await signInAs(w.outsider);
    expect(await acceptInvitationAction({ token: tokenOf(created.data.path) })).toMatchObject({ ok: false, code: "invitationWrongEmail" });
    await signInAs(guest);
    expect(await acceptInvitationAction({ token: tokenOf(created.data.path) })).toEqual({ ok: true, data: { teamId: w.team.id, projectId: w.project.id, alreadyMember: false } });
    expect(await db.membership.findFirst({ where: { teamId: w.team.id, userId: guest.id } })).toBeNull();
    expect(await db.projectMember.findUniqueOrThrow({ where: { projectId_userId: { projectId: w.project.id, userId: guest.id } } })).toMatchObject({ role: "VIEWER" });
    expect(await authorizeProject(w.project.id, "project.read")).toMatchObject({ ok: true, access: { role: "VIEWER" } });
    expect(await authorizeProject(w.other.id, "project.read")).toMatchObject({ ok: false, code: "noAccess" });
  });

  it("a team member accepting a plan invitation keeps their team role (nothing narrows it)", async () => {
    const w = await worldWithTwoPlans();
    await signInAs(w.members.OWNER);
    // Invited before joining the team, accepted after.
    const late = await createUser("Late");
    const created = await createProjectInvitationAction({ projectId: w.project.id, role: "VIEWER", expiresInDays: 7, email: late.email });
    if (!created.ok) throw new Error(created.code);
    await db.membership.create({ data: { teamId: w.team.id, userId: late.id, role: "EDITOR" } });
    await signInAs(late);
    expect(await acceptInvitationAction({ token: tokenOf(created.data.path) })).toMatchObject({ ok: true, data: { alreadyMember: true } });
    expect(await db.projectMember.count({ where: { userId: late.id } })).toBe(0);
    expect(await authorizeProject(w.project.id, "plan.edit")).toMatchObject({ ok: true, access: { role: "EDITOR" } });
  });

  it("only an owner changes or ends a role on the plan; ending it closes the plan to a guest and returns a team member to their team role", async () => {
    const w = await worldWithTwoPlans();
    const guest = await createUser("Guest");
    await db.projectMember.create({ data: { projectId: w.project.id, userId: guest.id, role: "VIEWER" } });
    await db.projectMember.create({ data: { projectId: w.project.id, userId: w.members.EDITOR.id, role: "VIEWER" } });
    const change = { projectId: w.project.id, userId: guest.id, role: "EDITOR" };
    for (const role of ["EDITOR", "COMMENTER", "VIEWER"] as const) {
      await signInAs(w.members[role]);
      expect(await changeProjectMemberRoleAction(change)).toMatchObject({ ok: false, code: "forbidden" });
      expect(await removeProjectMemberAction({ projectId: w.project.id, userId: guest.id })).toMatchObject({ ok: false, code: "forbidden" });
    }
    await signInAs(w.outsider);
    expect(await removeProjectMemberAction({ projectId: w.project.id, userId: guest.id })).toMatchObject({ ok: false, code: "noAccess" });

    await signInAs(w.members.OWNER);
    expect(await changeProjectMemberRoleAction({ ...change, role: "OWNER" })).toMatchObject({ ok: false, code: "validation" });
    expect(await changeProjectMemberRoleAction(change)).toEqual({ ok: true, data: { done: true } });
    // The list is what the settings page shows: both people, with the roles they have here.
    const listed = await listProjectMembers(w.project.id as AuthorizedProjectId);
    expect(listed.map((m) => [m.name, m.role])).toEqual([["Guest", "EDITOR"], [w.members.EDITOR.name, "VIEWER"]]);
    await signInAs(guest);
    expect(await authorizeProject(w.project.id, "plan.edit")).toMatchObject({ ok: true, access: { role: "EDITOR" } });

    await signInAs(w.members.OWNER);
    expect(await removeProjectMemberAction({ projectId: w.project.id, userId: guest.id })).toEqual({ ok: true, data: { done: true } });
    expect(await removeProjectMemberAction({ projectId: w.project.id, userId: guest.id })).toMatchObject({ ok: false, code: "notFound" });
    // Someone with no role on the other plan is not touched there.
    expect(await removeProjectMemberAction({ projectId: w.other.id, userId: w.members.EDITOR.id })).toMatchObject({ ok: false, code: "notFound" });
    expect(await removeProjectMemberAction({ projectId: w.project.id, userId: w.members.EDITOR.id })).toEqual({ ok: true, data: { done: true } });
    await signInAs(guest);
    expect(await authorizeProject(w.project.id, "project.read")).toMatchObject({ ok: false, code: "noAccess" });
    expect(await listSharedProjects(guest.id)).toEqual([]);
    await signInAs(w.members.EDITOR);
    expect(await authorizeProject(w.project.id, "plan.edit")).toMatchObject({ ok: true, access: { role: "EDITOR" } });
  });
});
