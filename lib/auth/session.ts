import "server-only";
import { cache } from "react";
import { auth } from "./config";
import { findUserById } from "./data";

/** `timeZone` is null until the user's browser has told us theirs (lib/time/viewer.ts). */
export type SessionUser = { id: string; email: string; name: string; timeZone: string | null };

/** The signed-in user, re-read from the database (a deleted user's old cookie grants nothing). */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  return findUserById(id);
});
