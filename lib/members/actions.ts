"use server";
import { revalidatePath } from "next/cache";
import { teamAction } from "@/lib/actions/define";
import { fail, ok } from "@/lib/actions/result";
import { setMemberRole, transferOwnership, type MembershipOutcome } from "./mutations";
import { changeRoleSchema, leaveTeamSchema, removeMemberSchema, transferOwnershipSchema } from "./schema";

function settle(outcome: MembershipOutcome, teamId: string) {
  if (outcome !== "ok") return fail(outcome);
  revalidatePath(`/teams/${teamId}`);
  revalidatePath("/projects");
  return ok({ done: true });
}

export const changeMemberRoleAction = teamAction(changeRoleSchema, "team.manageMembers", async ({ userId, role }, access) =>
  settle(await setMemberRole(access.teamId, userId, role), access.teamId),
);

export const removeMemberAction = teamAction(removeMemberSchema, "team.manageMembers", async ({ userId }, access) =>
  settle(await setMemberRole(access.teamId, userId, null), access.teamId),
);

/** Any member may leave, except the last owner. */
export const leaveTeamAction = teamAction(leaveTeamSchema, "team.read", async (_input, access) =>
  settle(await setMemberRole(access.teamId, access.user.id, null), access.teamId),
);

export const transferOwnershipAction = teamAction(transferOwnershipSchema, "team.manageMembers", async ({ userId }, access) => {
  if (userId === access.user.id) return fail("validation", { fieldErrors: { userId: { code: "invalidOption" } } });
  return settle(await transferOwnership(access.teamId, access.user.id, userId), access.teamId);
});
