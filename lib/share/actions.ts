"use server";
import { revalidatePath } from "next/cache";
import { projectAction } from "@/lib/actions/define";
import { rowActivity } from "@/lib/activity/model";
import { fail, ok } from "@/lib/actions/result";
import { hashPassword } from "@/lib/auth/password";
import { buildInvestorSummary } from "@/lib/investor-summary/data";
import { readPlanDocument } from "@/lib/plan-document/data";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import { planEndOfDay } from "@/lib/projects/data";
import { createShareLink, revokeShareLink, updateShareLink } from "./mutations";
import { createShareLinkSchema, revokeShareLinkSchema, updateShareLinkSchema } from "./schema";

/** "Expires on Dec 6" means until the end of Dec 6 where the plan is, not where the server is. */
async function expiryOf(projectId: AuthorizedProjectId, expiresOn: string | null): Promise<Date | null | "past"> {
  const expiresAt = expiresOn ? await planEndOfDay(projectId, expiresOn) : null;
  return expiresAt && expiresAt.getTime() <= Date.now() ? "past" : expiresAt;
}

const pastExpiry = () => fail("validation", { fieldErrors: { expiresOn: { code: "dateInPast" } } });

export const createShareLinkAction = projectAction(createShareLinkSchema, "share.manage", async (input, access) => {
  const expiresAt = await expiryOf(access.projectId, input.expiresOn);
  if (expiresAt === "past") return pastExpiry();
  const { token } = await createShareLink(access.projectId, {
    label: input.label,
    mode: input.mode,
    expiresAt,
    passcodeHash: input.passcode ? await hashPassword(input.passcode) : null,
    requireEmail: input.requireEmail,
    createdById: access.user.id,
    frozenSummary: input.mode === "SNAPSHOT" ? await buildInvestorSummary(access.projectId) : null,
    frozenDocument: input.mode === "SNAPSHOT" ? await readPlanDocument(access.projectId) : null,
    // The snapshot is named after the link; its kind (SHARE_LINK) is what the UI translates.
    snapshotName: input.label,
  });
  revalidatePath(`/projects/${access.projectId}/sharing`);
  // Its owners can copy it again: the token is kept sealed next to the hash that finds it.
  return ok({ path: `/share/${token}` });
}, { activity: rowActivity("sharing", "shareLink", "created", "label") });

/** Rename a link or move its expiry (an expired link comes back to life with a later date). */
export const updateShareLinkAction = projectAction(updateShareLinkSchema, "share.manage", async ({ linkId, label, expiresOn, requireEmail }, access) => {
  const expiresAt = await expiryOf(access.projectId, expiresOn);
  if (expiresAt === "past") return pastExpiry();
  if (!(await updateShareLink(access.projectId, linkId, { label, expiresAt, requireEmail }))) return fail("notFound");
  revalidatePath(`/projects/${access.projectId}/sharing`);
  return ok({ linkId, label, expiresAt: expiresAt?.toISOString() ?? null, requireEmail });
}, { activity: rowActivity("sharing", "shareLink", "updated", "label") });

export const revokeShareLinkAction = projectAction(revokeShareLinkSchema, "share.manage", async ({ linkId }, access) => {
  if (!(await revokeShareLink(access.projectId, linkId))) return fail("notFound");
  revalidatePath(`/projects/${access.projectId}/sharing`);
  return ok({ linkId });
}, { activity: rowActivity("sharing", "shareLink", "deleted", "label") });
