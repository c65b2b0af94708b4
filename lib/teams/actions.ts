"use server";
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions/define";
import { ok } from "@/lib/actions/result";
import { createTeam } from "./mutations";
import { createTeamSchema } from "./schema";

export const createTeamAction = userAction(createTeamSchema, async ({ name }, user) => {
  const team = await createTeam(user.id, name);
  revalidatePath("/projects");
  return ok({ id: team.id });
});
