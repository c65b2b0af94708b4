// The one permission table: which team role may do what. Pure, exhaustively tested, and the only
// place a role is turned into a yes or no. Unknown roles and unknown actions get no access.

export const ROLES = ["OWNER", "EDITOR", "COMMENTER", "VIEWER"] as const;
export type Role = (typeof ROLES)[number];

export const ACTIONS = [
  "team.read",
  "team.rename",
  "team.manageMembers",
  "project.read",
  "project.create",
  "project.update",
  "project.archive",
  "plan.edit", // any section's content
  "comment.create",
  "comment.resolve",
  "comment.moderate", // delete anyone's comment (authors may always delete their own)
  "share.manage",
  "snapshot.create",
  "snapshot.restore",
  "plan.import",
  "project.manageMembers", // invite someone to this project only
] as const;
export type Action = (typeof ACTIONS)[number];

const READ: Action[] = ["team.read", "project.read"];
const COMMENT: Action[] = [...READ, "comment.create", "comment.resolve"];
const EDIT: Action[] = [...COMMENT, "project.create", "project.update", "plan.edit", "snapshot.create", "snapshot.restore", "plan.import"];
const OWN: Action[] = [...EDIT, "team.rename", "team.manageMembers", "project.archive", "share.manage", "comment.moderate", "project.manageMembers"];

export const PERMISSIONS: Record<Role, ReadonlySet<Action>> = {
  OWNER: new Set(OWN),
  EDITOR: new Set(EDIT),
  COMMENTER: new Set(COMMENT),
  VIEWER: new Set(READ),
};

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

export function can(role: unknown, action: Action): boolean {
  if (!isRole(role)) return false;
  return PERMISSIONS[role].has(action);
}

/**
 * A user's role on one project: a role given on the project itself wins over their team role
 * (it can narrow a team member, or let an outsider into this project only). Anything that is not
 * a known role gives no access (null), whichever of the two it came from.
 */
export function effectiveProjectRole(teamRole: unknown, projectRole: unknown): Role | null {
  if (projectRole !== undefined && projectRole !== null) return isRole(projectRole) ? projectRole : null;
  return isRole(teamRole) ? teamRole : null;
}
