"use client";
// Adding and deleting rows of a list: explicit buttons that call an action, then refresh the page
// so the server's list (and step completion) is shown.
import { useRouter } from "next/navigation";
import { useState, useTransition, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Field, invalidProps } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import type { ActionFailure, ActionResult } from "@/lib/actions/result";

/** A one-field form that adds a named row. `field` is the name of the text in the action's input. */
export function AddRowForm({
  id,
  label,
  placeholder,
  buttonLabel,
  disabled,
  field = "name",
  onAdd,
  children,
}: {
  id: string;
  label: string;
  placeholder?: string;
  buttonLabel: string;
  disabled?: boolean;
  field?: string;
  onAdd: (text: string) => Promise<ActionResult<unknown>>;
  /** Extra controls shown before the button (e.g. a picker the action also reads). */
  children?: ReactNode;
}) {
  const router = useRouter();
  const [text, setText] = useState("");
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [pending, startTransition] = useTransition();
  const error = failure?.fieldErrors?.[field];
  return (
    <form
      className="flex flex-wrap items-end gap-3 rounded-lg border border-dashed bg-white p-3"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        startTransition(async () => {
          const result = await onAdd(text);
          if (!result.ok) return setFailure(result);
          setFailure(null);
          setText("");
          router.refresh();
        });
      }}
    >
      <div className="min-w-0 flex-1 basis-56">
        <Field id={id} label={label} error={error}>
          <Input id={id} value={text} placeholder={placeholder} disabled={disabled} onChange={(e) => setText(e.target.value)} {...invalidProps(id, error)} />
        </Field>
      </div>
      {children}
      {/* Shown disabled (not hidden) to read-only roles; the server refuses their writes anyway. */}
      <Button type="submit" variant="secondary" disabled={disabled || pending}>
        {buttonLabel}
      </Button>
      <div className="w-full empty:hidden">
        {/* A field error on the text shows under it; any other failure (e.g. a tampered picker) shows here. */}
        <FormError code={failure && !(failure.code === "validation" && error) ? failure.code : null} />
      </div>
    </form>
  );
}

/** Deletes one row; also drops any unsaved local draft of it. */
export function DeleteRowButton({
  label,
  accessibleLabel,
  disabled,
  draftKey,
  onDelete,
}: {
  label: string;
  /** Names the row for screen readers, e.g. "Delete Acme". */
  accessibleLabel: string;
  disabled?: boolean;
  draftKey: string;
  onDelete: () => Promise<ActionResult<unknown>>;
}) {
  const router = useRouter();
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div className="flex flex-col items-end gap-1">
      <Button
        variant="ghost"
        size="sm"
        aria-label={accessibleLabel}
        disabled={disabled || pending}
        onClick={() =>
          startTransition(async () => {
            const result = await onDelete();
            if (!result.ok && result.code !== "notFound") return setFailure(result.code);
            try {
              window.localStorage.removeItem(`launchpad:draft:${draftKey}`);
            } catch {
              // Storage unavailable: nothing to clean up.
            }
            router.refresh();
          })
        }
      >
        {label}
      </Button>
      <FormError code={failure} />
    </div>
  );
}
