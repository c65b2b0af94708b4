// The one gate every server action and loader passes: session → membership → permission.
// A plan or team that does not exist and one the caller is not a member of look the same
// ("noAccess", so a removed member is told plainly why their save failed, and nobody learns which
// ids exist); pages answer both with a 404. Ids that pass come out branded, and data/mutation
// functions only accept branded ids.
import "server-only";
import { notFound as nextNotFound, redirect } from "next/navigation";
import { currentUser, type SessionUser } from "@/lib/auth/session";
import { fail, type ActionFailure } from "@/lib/actions/result";
import { findProjectRole, findTeamRole } from "./data";
import { can, type Action, type Role } from "./permissions";

declare const projectBrand: unique symbol;
declare const teamBrand: unique symbol;
export type AuthorizedProjectId = string & { readonly [projectBrand]: true };
export type AuthorizedTeamId = string & { readonly [teamBrand]: true };

export type ProjectAccess = { user: SessionUser; role: Role; projectId: AuthorizedProjectId; teamId: AuthorizedTeamId };
export type TeamAccess = { user: SessionUser; role: Role; teamId: AuthorizedTeamId };

type Gate<T> = { ok: true; access: T } | ActionFailure;

export async function authorizeUser(): Promise<{ ok: true; user: SessionUser } | ActionFailure> {
  const user = await currentUser();
  return user ? { ok: true, user } : fail("unauthenticated");
}

export async function authorizeProject(projectId: string, action: Action): Promise<Gate<ProjectAccess>> {
  const session = await authorizeUser();
  if (!session.ok) return session;
  const found = await findProjectRole(projectId, session.user.id);
  if (!found || !found.role) return fail("noAccess");
  if (!can(found.role, action)) return fail("forbidden");
  // An archived project is read-only until it is restored.
  if (found.archived && action !== "project.read" && action !== "project.archive" && action !== "team.read") return fail("archived");
  return {
    ok: true,
    access: { user: session.user, role: found.role, projectId: found.projectId as AuthorizedProjectId, teamId: found.teamId as AuthorizedTeamId },
  };
}

export async function authorizeTeam(teamId: string, action: Action): Promise<Gate<TeamAccess>> {
  const session = await authorizeUser();
  if (!session.ok) return session;
  const membership = await findTeamRole(teamId, session.user.id);
  if (!membership) return fail("noAccess");
  if (!can(membership.role, action)) return fail("forbidden");
  return { ok: true, access: { user: session.user, role: membership.role, teamId: membership.teamId as AuthorizedTeamId } };
}

/** For pages: signed-out users go to sign-in, everyone else without access gets a plain 404. */
export async function loadProjectAccess(projectId: string, action: Action = "project.read"): Promise<ProjectAccess> {
  const gate = await authorizeProject(projectId, action);
  if (gate.ok) return gate.access;
  if (gate.code === "unauthenticated") redirect("/signin");
  nextNotFound();
}

export async function loadTeamAccess(teamId: string, action: Action = "team.read"): Promise<TeamAccess> {
  const gate = await authorizeTeam(teamId, action);
  if (gate.ok) return gate.access;
  if (gate.code === "unauthenticated") redirect("/signin");
  nextNotFound();
}

export async function loadUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect("/signin");
  return user;
}
