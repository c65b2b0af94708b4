// Building blocks for every domain's zod schemas, so limits and messages are the same everywhere.
// Error messages are translation keys under "validation.*" (see lib/actions/result.ts).
import { z } from "zod";

export const LIMITS = {
  name: 120,
  short: 300,
  long: 5000,
  id: 64,
  list: 200,
  money: 1e12,
} as const;

/**
 * PostgreSQL text cannot hold NUL ("invalid byte sequence … 0x00") and Prisma's query protocol
 * rejects lone UTF-16 surrogates: both used to end in an unexpected server error. Neither is ever
 * typed on purpose, so they are refused as invalid.
 */
export const isStorableText = (s: string) => !s.includes("\u0000") && s.isWellFormed();

// Any text is stored as typed ("Ship when CAC < LTV/3", "<b>", a prompt with HTML in it): a plan is
// text, never markup. Every output escapes it: React on pages, escapeMarkdown in Markdown, and the PDF
// draws glyphs. Only surrounding whitespace is trimmed.
function text(max: number, required: boolean) {
  const base = z
    .string()
    .transform((s) => s.trim())
    .pipe(z.string().max(max))
    .refine(isStorableText, { message: "invalid" });
  return required ? base.refine((s) => s.length > 0, { message: "required" }) : base;
}

/** A required single-line name. */
export const nameField = (max: number = LIMITS.name) => text(max, true);
/** Optional short text (defaults to ""). */
export const shortText = (max: number = LIMITS.short) => text(max, false).default("");
/** Optional long text (defaults to ""). */
export const longText = (max: number = LIMITS.long) => text(max, false).default("");

export const idField = z.string().min(1).max(LIMITS.id).refine(isStorableText, { message: "invalid" });

/** Money in whole currency units; never negative, never NaN or Infinity. */
export const moneyField = z.coerce.number().refine(Number.isFinite, { message: "invalid" }).min(0).max(LIMITS.money);

export const percentField = z.coerce.number().refine(Number.isFinite, { message: "invalid" }).min(0).max(100);

export const intField = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

export const versionField = z.coerce.number().int().min(1);

/** An ISO date (yyyy-mm-dd) or empty → null. */
export const dateField = z
  .union([z.literal(""), z.null(), z.iso.date()])
  .transform((v) => (v ? v : null));

export const emailField = z.string().trim().toLowerCase().max(254).pipe(z.email());
