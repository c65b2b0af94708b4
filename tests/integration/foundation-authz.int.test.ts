import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { archiveProjectAction, createProjectAction, updateProjectAction } from "@/lib/projects/actions";
import { createTeamAction } from "@/lib/teams/actions";
import { describeGateMatrix } from "../support/authz-matrix";
import { createTeamWithProject, createUser } from "../support/factories";
import { signInAs } from "./session";

const details = { name: "Renamed plan", oneLiner: "One line", sector: "Legal", stage: "MVP", currency: "CNY" };

describeGateMatrix("project actions", [
  {
    name: "createProject",
    permission: "project.create",
    run: (w) => createProjectAction({ teamId: w.team.id, ...details }),
  },
  {
    name: "updateProject",
    permission: "project.update",
    run: (w) => updateProjectAction({ projectId: w.project.id, version: 1, ...details }),
  },
  {
    name: "archiveProject",
    permission: "project.archive",
    run: (w) => archiveProjectAction({ projectId: w.project.id, archived: true }),
  },
]);

describe("project writes", () => {
  it("refuses a stale version with a conflict and keeps the stored value", async () => {
    const w = await createTeamWithProject();
    await signInAs(w.members.EDITOR);
    const first = await updateProjectAction({ projectId: w.project.id, version: 1, ...details, name: "First" });
    expect(first).toMatchObject({ ok: true, data: { name: "First", version: 2 } });
    const stale = await updateProjectAction({ projectId: w.project.id, version: 1, ...details, name: "Second" });
    expect(stale).toMatchObject({ ok: false, code: "conflict", current: { name: "First", version: 2 } });
    expect((await db.project.findUniqueOrThrow({ where: { id: w.project.id } })).name).toBe("First");
  });

  it("refuses bad input with field errors and changes nothing", async () => {
    const w = await createTeamWithProject();
    await signInAs(w.members.OWNER);
    const result = await updateProjectAction({ projectId: w.project.id, version: 1, ...details, name: "<script>alert(1)</script>", stage: "UNICORN", oneLiner: "x".repeat(10_000) });
    expect(result).toMatchObject({ ok: false, code: "validation" });
    if (result.ok) return;
    expect(result.fieldErrors).not.toHaveProperty("name"); // a tag is text, not an error
    expect(result.fieldErrors?.stage?.code).toBe("invalidOption");
    expect(result.fieldErrors?.oneLiner).toEqual({ code: "tooLong", values: { max: 200 } });
    expect((await db.project.findUniqueOrThrow({ where: { id: w.project.id } })).name).toBe("Test plan");
  });

  it("makes an archived project read-only", async () => {
    const w = await createTeamWithProject();
    await signInAs(w.members.OWNER);
    expect(await archiveProjectAction({ projectId: w.project.id, archived: true })).toMatchObject({ ok: true });
    expect(await updateProjectAction({ projectId: w.project.id, version: 2, ...details })).toMatchObject({ ok: false, code: "archived" });
  });

  it("creates a team owned by its creator", async () => {
    const user = await createUser("Founder");
    await signInAs(user);
    const result = await createTeamAction({ name: "New venture" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const membership = await db.membership.findFirstOrThrow({ where: { teamId: result.data.id } });
    expect(membership).toMatchObject({ userId: user.id, role: "OWNER" });
    await signInAs(null);
    expect(await createTeamAction({ name: "Anonymous" })).toMatchObject({ ok: false, code: "unauthenticated" });
  });
});
