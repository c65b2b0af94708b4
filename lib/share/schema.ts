import { z } from "zod";
import { dateField, idField, shortText } from "@/lib/validation/fields";

export const createShareLinkSchema = z.object({
  projectId: idField,
  label: shortText(80),
  mode: z.enum(["LIVE", "SNAPSHOT"]),
  expiresOn: dateField,
  passcode: z
    .string()
    .max(100)
    .transform((s) => s.trim())
    .refine((s) => s === "" || s.length >= 6, { message: "passcodeTooShort" }),
});

export const updateShareLinkSchema = z.object({ projectId: idField, linkId: idField, label: shortText(80), expiresOn: dateField });

export const revokeShareLinkSchema = z.object({ projectId: idField, linkId: idField });

export const passcodeSchema = z.object({ passcode: z.string().min(1).max(100) });
