"use server";
import { revalidatePath } from "next/cache";
import { projectAction } from "@/lib/actions/define";
import { rowActivity } from "@/lib/activity/model";
import { fail, ok } from "@/lib/actions/result";
import { hashPassword } from "@/lib/auth/password";
import { buildInvestorSummary } from "@/lib/investor-summary/data";
import { readPlanDocument } from "@/lib/plan-document/data";
import { planEndOfDay } from "@/lib/projects/data";
import { createShareLink, revokeShareLink } from "./mutations";
import { createShareLinkSchema, revokeShareLinkSchema } from "./schema";

export const createShareLinkAction = projectAction(createShareLinkSchema, "share.manage", async (input, access) => {
  // "Expires on Dec 6" means until the end of Dec 6 where the plan is, not where the server is.
  const expiresAt = input.expiresOn ? await planEndOfDay(access.projectId, input.expiresOn) : null;
  if (expiresAt && expiresAt.getTime() <= Date.now()) return fail("validation", { fieldErrors: { expiresOn: { code: "dateInPast" } } });
  const { token } = await createShareLink(access.projectId, {
    label: input.label,
    mode: input.mode,
    expiresAt,
    passcodeHash: input.passcode ? await hashPassword(input.passcode) : null,
    createdById: access.user.id,
    frozenSummary: input.mode === "SNAPSHOT" ? await buildInvestorSummary(access.projectId) : null,
    frozenDocument: input.mode === "SNAPSHOT" ? await readPlanDocument(access.projectId) : null,
    // The snapshot is named after the link; its kind (SHARE_LINK) is what the UI translates.
    snapshotName: input.label,
  });
  revalidatePath(`/projects/${access.projectId}/sharing`);
  // The token is shown once; only its hash is kept.
  return ok({ path: `/share/${token}` });
}, { activity: rowActivity("sharing", "shareLink", "created", "label") });

export const revokeShareLinkAction = projectAction(revokeShareLinkSchema, "share.manage", async ({ linkId }, access) => {
  if (!(await revokeShareLink(access.projectId, linkId))) return fail("notFound");
  revalidatePath(`/projects/${access.projectId}/sharing`);
  return ok({ linkId });
}, { activity: rowActivity("sharing", "shareLink", "deleted", "label") });
