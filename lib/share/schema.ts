import { z } from "zod";
import { dateField, emailField, idField, shortText } from "@/lib/validation/fields";

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
  /** Viewers confirm their email with a one-time code before they see the summary. */
  requireEmail: z.boolean().default(false),
});

export const updateShareLinkSchema = z.object({ projectId: idField, linkId: idField, label: shortText(80), expiresOn: dateField, requireEmail: z.boolean().default(false) });

export const revokeShareLinkSchema = z.object({ projectId: idField, linkId: idField });

export const passcodeSchema = z.object({ passcode: z.string().min(1).max(100) });

/** A would-be viewer of an email-gated link asking for a code. */
export const viewerEmailSchema = z.object({ email: emailField });
/** The code from the mail: six digits (spaces people type are ignored). */
export const viewerCodeSchema = z.object({ code: z.string().max(20).transform((s) => s.replace(/\s+/g, "")).pipe(z.string().regex(/^\d{6}$/)) });
/** Seconds per section from the reader's browser; lib/share/model.ts drops what is not a section. */
export const sectionTimeSchema = z.object({ seconds: z.record(z.string().max(40), z.number()).refine((r) => Object.keys(r).length <= 20) });
