"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { FieldErrorText, invalidProps } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Textarea } from "@/components/ui/input";
import type { ActionFailure, ActionResult } from "@/lib/actions/result";
import { addCanvasNoteAction, deleteCanvasNoteAction, moveCanvasNoteAction } from "@/lib/business-model/actions";
import type { CanvasNoteView } from "@/lib/business-model/data";
import type { CanvasBlock } from "@/lib/plan/facts";
import { CanvasNoteItem } from "./canvas-note";

export function CanvasBlockPanel({ projectId, block, notes, canEdit, className }: { projectId: string; block: CanvasBlock; notes: CanvasNoteView[]; canEdit: boolean; className?: string }) {
  const t = useTranslations("businessModel.canvas");
  const router = useRouter();
  const [draft, setDraft] = useState("");
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [pending, startTransition] = useTransition();
  // After a move the list re-renders in its new order; keep keyboard focus on the moved note's button.
  const refocus = useRef<string | null>(null);
  const title = t(`blocks.${block}.title`);
  const inputId = `new-note-${block}`;

  useEffect(() => {
    if (pending || !refocus.current) return;
    document.getElementById(refocus.current)?.focus();
    refocus.current = null;
  }, [pending, notes]);

  const run = (action: () => Promise<ActionResult<unknown>>, after?: () => void) =>
    startTransition(async () => {
      const result = await action();
      if (!result.ok) return setFailure(result);
      setFailure(null);
      after?.();
      router.refresh();
    });

  return (
    <section aria-labelledby={`block-${block}`} data-testid={`canvas-block-${block}`} className={cn("flex min-w-0 flex-col rounded-lg border bg-white p-3 print:break-inside-avoid print:p-1.5", className)}>
      <h4 id={`block-${block}`} className="text-sm font-semibold text-slate-900">
        {title}
      </h4>
      <p className="text-xs text-slate-500 print:hidden">{t(`blocks.${block}.prompt`)}</p>
      <details className="no-print mt-1 text-xs text-slate-600">
        <summary className="cursor-pointer text-brand-700">{t("guidanceToggle", { block: title })}</summary>
        <p className="mt-1">{t(`blocks.${block}.guidance`)}</p>
      </details>
      <ol className="mt-2 space-y-2 print:mt-1 print:space-y-0.5">
        {notes.map((note, index) => (
          <CanvasNoteItem
            key={note.id}
            projectId={projectId}
            note={note}
            label={t("noteLabel", { n: index + 1, block: title })}
            first={index === 0}
            last={index === notes.length - 1}
            canEdit={canEdit}
            busy={pending}
            onMove={(direction) => {
              refocus.current = `move-${direction}-${note.id}`;
              run(() => moveCanvasNoteAction({ projectId, noteId: note.id, direction }));
            }}
            onDelete={() => {
              if (window.confirm(t("confirmDelete"))) run(() => deleteCanvasNoteAction({ projectId, noteId: note.id }));
            }}
          />
        ))}
      </ol>
      {notes.length === 0 ? <p className="mt-1 text-xs italic text-slate-500">{t("empty")}</p> : null}
      <form
        className="no-print mt-auto space-y-1 pt-2"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          run(() => addCanvasNoteAction({ projectId, block, text: draft }), () => setDraft(""));
        }}
      >
        <label htmlFor={inputId} className="sr-only">
          {t("newNote", { block: title })}
        </label>
        <Textarea
          id={inputId}
          rows={2}
          className="min-h-0 text-sm"
          placeholder={t("newNote", { block: title })}
          value={draft}
          disabled={!canEdit}
          onChange={(e) => setDraft(e.target.value)}
          {...invalidProps(inputId, failure?.fieldErrors?.text)}
        />
        <FieldErrorText id={`${inputId}-error`} error={failure?.fieldErrors?.text} />
        {failure && failure.code !== "validation" ? <FormError code={failure.code} /> : null}
        <Button type="submit" size="sm" variant="secondary" disabled={!canEdit || pending}>
          {t("add")}
        </Button>
      </form>
    </section>
  );
}
