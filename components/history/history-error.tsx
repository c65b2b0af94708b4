"use client";
import { useTranslations } from "next-intl";
import type { ActionFailure } from "@/lib/actions/result";

/**
 * A failure of a history action or an import, in words: import refusals and snapshot errors are
 * worded in "history", the rest in "errors"; field errors name the place in the file.
 */
export function HistoryError({ failure }: { failure: ActionFailure | null }) {
  const t = useTranslations("history");
  const tErrors = useTranslations("errors");
  const tValidation = useTranslations("validation");
  if (!failure) return null;
  const version = failure.fieldErrors?.version?.values?.version ?? "?";
  const message = t.has(`importErrors.${failure.code}`)
    ? t(`importErrors.${failure.code}` as "importErrors.importInvalid", { version })
    : t.has(`errors.${failure.code}`)
      ? t(`errors.${failure.code}` as "errors.snapshotUnreadable")
      : tErrors.has(failure.code)
        ? tErrors(failure.code as "internal")
        : tErrors("internal");
  const places = failure.code.startsWith("import") ? Object.entries(failure.fieldErrors ?? {}).filter(([path]) => path !== "version") : [];
  return (
    <div role="alert" data-testid="history-error" data-code={failure.code} className="space-y-1 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
      <p>{message}</p>
      {places.length ? (
        <ul className="list-disc pl-5 text-xs">
          {places.map(([path, error]) => (
            <li key={path}>
              {t("import.where", {
                path,
                message: tValidation.has(error.code) ? tValidation(error.code as "invalid", error.values ?? {}) : tValidation("invalid"),
              })}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
