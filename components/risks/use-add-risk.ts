"use client";
import { useState, useTransition } from "react";
import type { FieldErrors } from "@/lib/actions/result";
import { createRiskAction } from "@/lib/risks/actions";
import { useRegisterUrl } from "./use-register-url";

/**
 * Adds a risk, then shows it: filters are cleared, the newest risks come first and the new row
 * opens for editing.
 */
export function useAddRisk() {
  const update = useRegisterUrl();
  const [pending, startTransition] = useTransition();
  const [errorCode, setErrorCode] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});

  const add = (input: Parameters<typeof createRiskAction>[0], onAdded?: () => void) =>
    startTransition(async () => {
      const result = await createRiskAction(input);
      if (!result.ok) {
        setErrorCode(result.code);
        setFieldErrors(result.fieldErrors ?? {});
        return;
      }
      setErrorCode(null);
      setFieldErrors({});
      onAdded?.();
      update({ category: null, status: null, owner: null, band: null, cell: null, overdue: null, sort: "recent", open: result.data.id });
    });

  return { add, pending, errorCode, fieldErrors };
}
