"use client";
// A button that runs one server action (add a row, delete a row, seed a list), shows a translated
// failure, and refreshes the page so the server's list and step completion are shown. Used by the
// funding, milestones and compliance sections.
import { useRouter } from "next/navigation";
import { useState, useTransition, type ReactNode } from "react";
import { Button, type ButtonProps } from "@/components/ui/button";
import { FieldErrorText } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import type { ActionFailure, ActionResult } from "@/lib/actions/result";

export function ActionError({ failure }: { failure: ActionFailure | null }) {
  if (!failure) return null;
  const formError = failure.fieldErrors?._form;
  if (failure.code === "validation" && formError) return <FieldErrorText error={formError} />;
  return <FormError code={failure.code} />;
}

export function ActionButton({
  run,
  children,
  draftKey,
  disabled,
  pendingLabel,
  variant = "secondary",
  size = "sm",
  ...props
}: Omit<ButtonProps, "onClick" | "type"> & {
  run: () => Promise<ActionResult<unknown>>;
  children: ReactNode;
  /** The local draft of a deleted record, removed once the server confirms. */
  draftKey?: string;
  pendingLabel?: ReactNode;
}) {
  const router = useRouter();
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [pending, startTransition] = useTransition();
  // A one-button form: submitting works like a click, and read-only roles get a disabled button
  // whose request the server would refuse anyway.
  return (
    <form
      className="inline-flex flex-col items-start gap-1"
      onSubmit={(e) => {
        e.preventDefault();
        startTransition(async () => {
          const result = await run();
          // Deleting something already gone is what the user wanted.
          if (!result.ok && result.code !== "notFound") return setFailure(result);
          setFailure(null);
          if (draftKey) {
            try {
              window.localStorage.removeItem(`launchpad:draft:${draftKey}`);
            } catch {
              // Storage unavailable: nothing to clean up.
            }
          }
          router.refresh();
        });
      }}
    >
      {/* Shown disabled (not hidden) to read-only roles; the server refuses their writes anyway. */}
      <Button {...props} type="submit" variant={variant} size={size} disabled={disabled || pending}>
        {pending && pendingLabel ? pendingLabel : children}
      </Button>
      <ActionError failure={failure} />
    </form>
  );
}
