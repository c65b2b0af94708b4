import { z } from "zod";
import { ROLES } from "@/lib/authz/permissions";
import { idField } from "@/lib/validation/fields";

export const changeRoleSchema = z.object({ teamId: idField, userId: idField, role: z.enum(ROLES) });
export const removeMemberSchema = z.object({ teamId: idField, userId: idField });
export const leaveTeamSchema = z.object({ teamId: idField });
export const transferOwnershipSchema = z.object({ teamId: idField, userId: idField });
