"use server";
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions/define";
import { ok } from "@/lib/actions/result";
import { markRead } from "./mutations";
import { markReadSchema } from "./schema";

export const markNotificationsReadAction = userAction(markReadSchema, async ({ ids }, user) => {
  const marked = await markRead(user.id, ids);
  revalidatePath("/", "layout");
  return ok({ marked });
});
