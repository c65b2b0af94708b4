import { describe, expect, it } from "vitest";
import { ACTIONS, can, effectiveProjectRole, ROLES } from "./permissions";

// The expected table, written out by hand so a change to the permission table is a deliberate act.
const EXPECTED: Record<string, string[]> = {
  // Written out, not [...ACTIONS]: a new action must be granted to the owner on purpose, and this row fails if it is not.
  OWNER: [
    "team.read", "team.rename", "team.manageMembers", "project.read", "project.create", "project.update", "project.archive",
    "plan.edit", "comment.create", "comment.resolve", "comment.moderate", "share.manage", "snapshot.create", "snapshot.restore", "plan.import",
    "project.manageMembers",
  ],
  EDITOR: ["team.read", "project.read", "comment.create", "comment.resolve", "project.create", "project.update", "plan.edit", "snapshot.create", "snapshot.restore", "plan.import"],
  COMMENTER: ["team.read", "project.read", "comment.create", "comment.resolve"],
  VIEWER: ["team.read", "project.read"],
};

describe("can(role, action)", () => {
  it("the expected table names exactly the actions that exist", () => {
    for (const role of ROLES) expect(EXPECTED[role].filter((action) => !(ACTIONS as readonly string[]).includes(action))).toEqual([]);
  });

  for (const role of ROLES) {
    for (const action of ACTIONS) {
      const allowed = EXPECTED[role].includes(action);
      it(`${role} ${allowed ? "may" : "may not"} ${action}`, () => {
        expect(can(role, action)).toBe(allowed);
      });
    }
  }

  it("fails closed for unknown or missing roles", () => {
    for (const role of [undefined, null, "", "ADMIN", "owner", 1, {}]) {
      for (const action of ACTIONS) expect(can(role, action)).toBe(false);
    }
  });

  it("only the owner manages members, moderates comments, archives projects and shares", () => {
    const ownerOnly = ACTIONS.filter((a) => ROLES.every((r) => can(r, a) === (r === "OWNER")));
    expect(ownerOnly.sort()).toEqual(["comment.moderate", "project.archive", "project.manageMembers", "share.manage", "team.manageMembers", "team.rename"]);
  });
});

describe("effectiveProjectRole(teamRole, projectRole)", () => {
  it("a project role wins over the team role, in both directions", () => {
    expect(effectiveProjectRole("EDITOR", "VIEWER")).toBe("VIEWER");
    expect(effectiveProjectRole("VIEWER", "EDITOR")).toBe("EDITOR");
  });
  it("a project role alone (not in the team) is the role; a team role alone is the role", () => {
    expect(effectiveProjectRole(undefined, "VIEWER")).toBe("VIEWER");
    expect(effectiveProjectRole("OWNER", undefined)).toBe("OWNER");
  });
  it("fails closed: no role, or an unknown one from either source, gives no access", () => {
    expect(effectiveProjectRole(undefined, undefined)).toBeNull();
    expect(effectiveProjectRole("OWNER", "ADMIN")).toBeNull();
    expect(effectiveProjectRole("root", undefined)).toBeNull();
  });
});
