"use server";
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions/define";
import { fail, ok } from "@/lib/actions/result";
import { retryMailNow } from "./mutations";
import { retryMailSchema } from "./schema";

/** "Retry now" on a message of one's own outbox; anyone else's message is simply not found. */
export const retryMailAction = userAction(retryMailSchema, async ({ messageId }, user) => {
  const status = await retryMailNow(user.id, messageId);
  if (!status) return fail("notFound");
  revalidatePath("/outbox");
  return ok({ status });
});
