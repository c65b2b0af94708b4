// The one membership rule: a team always keeps at least one owner.
import type { Role } from "@/lib/authz/permissions";

/**
 * Whether changing a member from `currentRole` to `nextRole` (null = leaving the team) would leave
 * the team without an owner, given how many owners it has now.
 */
export function wouldLeaveNoOwner(ownerCount: number, currentRole: Role, nextRole: Role | null): boolean {
  const losesAnOwner = currentRole === "OWNER" && nextRole !== "OWNER";
  return losesAnOwner && ownerCount - 1 < 1;
}

/** Owners first, then by role, then by name: the order the members list is shown in. */
const ROLE_ORDER: Record<Role, number> = { OWNER: 0, EDITOR: 1, COMMENTER: 2, VIEWER: 3 };
export function compareMembers(a: { role: Role; name: string }, b: { role: Role; name: string }): number {
  return ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.name.localeCompare(b.name);
}
