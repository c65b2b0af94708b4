"use client";
import { useTranslations } from "next-intl";

/** An action failure in words: collaboration's own codes first, then the shared "errors.*". */
export function CollabError({ code }: { code?: string | null }) {
  const t = useTranslations("collaboration.errors");
  const tShared = useTranslations("errors");
  if (!code) return null;
  const text = t.has(code) ? t(code) : tShared.has(code) ? tShared(code) : tShared("internal");
  return (
    <p role="alert" data-testid="form-error" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
      {text}
    </p>
  );
}
