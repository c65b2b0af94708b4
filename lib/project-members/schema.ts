import { z } from "zod";
import { INVITABLE_ROLES } from "@/lib/invitations/schema";
import { idField } from "@/lib/validation/fields";

/** A role on one plan is never OWNER: owning is a team matter. */
export const changeProjectMemberRoleSchema = z.object({ projectId: idField, userId: idField, role: z.enum(INVITABLE_ROLES) });
export const removeProjectMemberSchema = z.object({ projectId: idField, userId: idField });
