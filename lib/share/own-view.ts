// A plan's own team looking at its share link (checking what investors see) is not an investor:
// their views and section opens are not counted and nobody is notified.
import "server-only";
import { currentUser } from "@/lib/auth/session";
import { findProjectRole } from "@/lib/authz/data";

export async function isOwnTeam(projectId: string): Promise<boolean> {
  const viewer = await currentUser();
  return viewer ? (await findProjectRole(projectId, viewer.id)) !== null : false;
}
