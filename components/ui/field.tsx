"use client";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { FieldError } from "@/lib/actions/result";
import { useRowName } from "./row-card";

/** A labelled control with its translated validation error. The control gets `id` and aria props. */
export function Field({
  id,
  label,
  hint,
  error,
  context,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Which item the control belongs to, heard by screen readers only: repeated rows keep distinct names. */
  context?: string;
  error?: FieldError;
  children: ReactNode;
}) {
  const row = useRowName();
  const heard = context ?? row;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
        {heard ? <span className="sr-only"> ({heard})</span> : null}
      </label>
      {children}
      {hint && !error ? <p className="text-xs text-slate-500">{hint}</p> : null}
      <FieldErrorText id={`${id}-error`} error={error} />
    </div>
  );
}

export function FieldErrorText({ id, error }: { id?: string; error?: FieldError }) {
  const t = useTranslations("validation");
  if (!error) return null;
  return (
    <p id={id} role="alert" className="text-xs font-medium text-red-700">
      {t.has(error.code) ? t(error.code, error.values ?? {}) : t("invalid")}
    </p>
  );
}

/** aria props for a control whose Field may show an error. */
export function invalidProps(id: string, error?: FieldError) {
  return error ? { "aria-invalid": true as const, "aria-describedby": `${id}-error` } : {};
}
