"use server";
// The team section's server actions: thin wrappers (parse → authorize "plan.edit" → mutate →
// revalidate). Ids from the client are only ever used together with the authorized project id.
import { revalidatePath } from "next/cache";
import { projectAction } from "@/lib/actions/define";
import { rowActivity } from "@/lib/activity/model";
import type { ActionResult } from "@/lib/actions/result";
import { addMonths, LATER_START_MONTHS, monthOf } from "./cost";
import { addHire, addMember, deleteHire, deleteMember, saveTeamPlan, saveTeamStrategy, updateHire, updateMember } from "./mutations";
import {
  addHireSchema,
  addMemberSchema,
  hireRefSchema,
  memberRefSchema,
  rolesSchema,
  strategySchema,
  updateHireSchema,
  updateMemberSchema,
} from "./schema";

function revalidated<T>(projectId: string, result: ActionResult<T>): ActionResult<T> {
  if (result.ok) revalidatePath(`/projects/${projectId}/team`);
  return result;
}

export const saveRolesAction = projectAction(rolesSchema, "plan.edit", async ({ version, scenario, rolesNow, rolesLater }, access) =>
  saveTeamPlan(access.projectId, version, { scenario, rolesNow, rolesLater }, access.user.id),
);

export const addMemberAction = projectAction(addMemberSchema, "plan.edit", async ({ name }, access) =>
  revalidated(access.projectId, await addMember(access.projectId, name)),
  { activity: rowActivity("team", "member", "created") },
);

export const updateMemberAction = projectAction(updateMemberSchema, "plan.edit", async ({ projectId: _p, memberId, version, ...fields }, access) =>
  updateMember(access.projectId, memberId, version, fields, access.user.id),
);

export const deleteMemberAction = projectAction(memberRefSchema, "plan.edit", async ({ memberId }, access) =>
  revalidated(access.projectId, await deleteMember(access.projectId, memberId)),
  { activity: rowActivity("team", "member", "deleted") },
);

export const addHireAction = projectAction(addHireSchema, "plan.edit", async ({ roleId, priority, start }, access) => {
  const thisMonth = monthOf(new Date());
  const targetMonth = start === "now" ? thisMonth : addMonths(thisMonth, LATER_START_MONTHS);
  return revalidated(access.projectId, await addHire(access.projectId, { roleId, priority, targetMonth }));
}, { activity: rowActivity("team", "hire", "created", "roleId") });

export const updateHireAction = projectAction(updateHireSchema, "plan.edit", async ({ projectId: _p, hireId, version, ...fields }, access) =>
  updateHire(access.projectId, hireId, version, fields, access.user.id),
);

export const deleteHireAction = projectAction(hireRefSchema, "plan.edit", async ({ hireId }, access) =>
  revalidated(access.projectId, await deleteHire(access.projectId, hireId)),
  { activity: rowActivity("team", "hire", "deleted") },
);

export const saveStrategyAction = projectAction(strategySchema, "plan.edit", async ({ projectId: _p, version, ...fields }, access) =>
  saveTeamStrategy(access.projectId, version, fields, access.user.id),
);
