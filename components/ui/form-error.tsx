"use client";
import { useTranslations } from "next-intl";

/** A translated action failure ("errors.<code>"). */
export function FormError({ code }: { code?: string | null }) {
  const t = useTranslations("errors");
  if (!code) return null;
  return (
    <p role="alert" data-testid="form-error" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
      {t.has(code) ? t(code) : t("internal")}
    </p>
  );
}
