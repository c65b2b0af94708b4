"use client";
import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type Announcements, type DragEndEvent, type UniqueIdentifier } from "@dnd-kit/core";
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useOptimistic, useRef, useState, useTransition } from "react";
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
  // A moved note shows at its new place at once; the refresh after the save brings the stored order
  // (or, on failure, the old one back).
  const [shown, showMoved] = useOptimistic(notes, (current, move: { noteId: string; to: number }) => moveTo(current, move.noteId, move.to));
  const title = t(`blocks.${block}.title`);
  const inputId = `new-note-${block}`;
  const ids = shown.map((n) => n.id);
  const sensors = useSensors(
    // A few pixels of travel before a drag starts, so a click on the handle stays a click.
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const place = (id: UniqueIdentifier | undefined) => ids.indexOf(String(id)) + 1;
  const total = ids.length;
  // The first "over" of a drag is the picked-up note itself: announcing it would cut off "picked up".
  const lastOver = useRef<UniqueIdentifier | null>(null);
  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      lastOver.current = active.id;
      return t("dragPickedUp", { n: place(active.id), total });
    },
    onDragOver: ({ over }) => {
      if (!over || over.id === lastOver.current) return undefined;
      lastOver.current = over.id;
      return t("dragOver", { n: place(over.id), total });
    },
    onDragEnd: ({ active, over }) => t("dragDropped", { n: place(over?.id ?? active.id), total }),
    onDragCancel: ({ active }) => t("dragCancelled", { n: place(active.id) }),
  };

  useEffect(() => {
    if (pending || !refocus.current) return;
    document.getElementById(refocus.current)?.focus();
    refocus.current = null;
  }, [pending, notes]);

  const run = (action: () => Promise<ActionResult<unknown>>, after?: () => void, optimistic?: () => void) =>
    startTransition(async () => {
      optimistic?.();
      const result = await action();
      if (!result.ok) return setFailure(result);
      setFailure(null);
      after?.();
      router.refresh();
    });

  const move = (noteId: string, to: number) =>
    run(
      () => moveCanvasNoteAction({ projectId, noteId, to }),
      undefined,
      () => showMoved({ noteId, to }),
    );

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    move(String(active.id), ids.indexOf(String(over.id)));
  };

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
      {/* The drag handle and the up/down buttons do the same: the buttons are the one-click way (no dragging needed). */}
      <DndContext
        id={`canvas-dnd-${block}`}
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={onDragEnd}
        accessibility={{ announcements, screenReaderInstructions: { draggable: t("dragInstructions") } }}
      >
        <SortableContext items={ids} strategy={verticalListSortingStrategy}>
          <ol className="mt-2 space-y-2 print:mt-1 print:space-y-0.5">
            {shown.map((note, index) => (
              <CanvasNoteItem
                key={note.id}
                projectId={projectId}
                note={note}
                label={t("noteLabel", { n: index + 1, block: title })}
                position={index + 1}
                first={index === 0}
                last={index === shown.length - 1}
                canEdit={canEdit}
                busy={pending}
                onMove={(direction) => {
                  refocus.current = `move-${direction}-${note.id}`;
                  move(note.id, direction === "up" ? index - 1 : index + 1);
                }}
                onDelete={() => {
                  if (window.confirm(t("confirmDelete"))) run(() => deleteCanvasNoteAction({ projectId, noteId: note.id }));
                }}
              />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
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

/** The notes with one moved to place `to` (0 = first), as the server will store them. */
function moveTo(notes: CanvasNoteView[], noteId: string, to: number): CanvasNoteView[] {
  const from = notes.findIndex((n) => n.id === noteId);
  if (from < 0) return notes;
  const order = [...notes];
  const [moving] = order.splice(from, 1);
  order.splice(Math.max(0, Math.min(to, order.length)), 0, moving);
  return order;
}
