// Presence: who else has the project open.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { heartbeatAction } from "@/lib/presence/actions";
import { describeGateMatrix } from "../support/authz-matrix";
import { createTeamWithProject } from "../support/factories";
import { signInAs } from "./session";

describeGateMatrix("presence", [{ name: "heartbeat", permission: "project.read", run: (w) => heartbeatAction({ projectId: w.project.id }) }]);

describe("presence", () => {
  it("shows the other members seen in the last 45 seconds, not oneself", async () => {
    const w = await createTeamWithProject();
    await signInAs(w.members.EDITOR);
    expect(await heartbeatAction({ projectId: w.project.id })).toEqual({ ok: true, data: { others: [] } });
    await signInAs(w.members.VIEWER);
    expect(await heartbeatAction({ projectId: w.project.id })).toEqual({ ok: true, data: { others: [{ userId: w.members.EDITOR.id, name: w.members.EDITOR.name }] } });
    // The editor's tab went quiet a minute ago.
    await db.presence.update({ where: { projectId_userId: { projectId: w.project.id, userId: w.members.EDITOR.id } }, data: { lastSeen: new Date(Date.now() - 60_000) } });
    await signInAs(w.members.OWNER);
    const seen = await heartbeatAction({ projectId: w.project.id });
    expect(seen.ok && seen.data.others.map((o) => o.userId)).toEqual([w.members.VIEWER.id]);
  });

  it("drops a member removed from the team at once", async () => {
    const w = await createTeamWithProject();
    await signInAs(w.members.EDITOR);
    await heartbeatAction({ projectId: w.project.id });
    await db.membership.delete({ where: { teamId_userId: { teamId: w.team.id, userId: w.members.EDITOR.id } } });
    await signInAs(w.members.OWNER);
    expect(await heartbeatAction({ projectId: w.project.id })).toEqual({ ok: true, data: { others: [] } });
  });

  it("works on an archived project (reading is still allowed)", async () => {
    const w = await createTeamWithProject();
    await db.project.update({ where: { id: w.project.id }, data: { archivedAt: new Date() } });
    await signInAs(w.members.VIEWER);
    expect(await heartbeatAction({ projectId: w.project.id })).toMatchObject({ ok: true });
  });
});
