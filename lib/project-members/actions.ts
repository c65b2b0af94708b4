"use server";
import { revalidatePath } from "next/cache";
import { projectAction } from "@/lib/actions/define";
import { fail, ok } from "@/lib/actions/result";
import { setProjectMemberRole } from "./mutations";
import { changeProjectMemberRoleSchema, removeProjectMemberSchema } from "./schema";

function settle(changed: boolean, projectId: string) {
  if (!changed) return fail("notFound");
  revalidatePath(`/projects/${projectId}/settings`);
  return ok({ done: true });
}

export const changeProjectMemberRoleAction = projectAction(changeProjectMemberRoleSchema, "project.manageMembers", async ({ userId, role }, access) =>
  settle(await setProjectMemberRole(access.projectId, userId, role), access.projectId),
);

/** Ends someone's role on this plan: a plan-only guest loses the plan; a team member goes back to their team role. */
export const removeProjectMemberAction = projectAction(removeProjectMemberSchema, "project.manageMembers", async ({ userId }, access) =>
  settle(await setProjectMemberRole(access.projectId, userId, null), access.projectId),
);
