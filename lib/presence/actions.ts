"use server";
import { projectAction } from "@/lib/actions/define";
import { ok } from "@/lib/actions/result";
import { listPresent } from "./data";
import { presentSince } from "./model";
import { touchPresence } from "./mutations";
import { heartbeatSchema } from "./schema";

/** "I'm here": records the caller's presence and returns who else is in the project now. */
export const heartbeatAction = projectAction(heartbeatSchema, "project.read", async (_input, access) => {
  const now = new Date();
  await touchPresence(access.projectId, access.user.id, now);
  const present = await listPresent(access.projectId, presentSince(now));
  return ok({ others: present.filter((p) => p.userId !== access.user.id).map(({ userId, name }) => ({ userId, name })) });
});
