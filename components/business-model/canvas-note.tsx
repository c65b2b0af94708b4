"use client";
import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { ArrowDown, ArrowUp, GripVertical, MessageSquare, Trash2 } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ThreadPanel } from "@/components/collaboration/thread-panel";
import { Button, buttonVariants } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { FieldErrorText, invalidProps } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { SaveStatus } from "@/components/wizard/save-status";
import { useAutosave } from "@/components/wizard/use-autosave";
import { updateCanvasNoteAction } from "@/lib/business-model/actions";
import type { CanvasNoteView } from "@/lib/business-model/data";

type Props = {
  projectId: string;
  note: CanvasNoteView;
  label: string;
  /** 1-based place in the block, for the drag handle's name. */
  position: number;
  first: boolean;
  last: boolean;
  canEdit: boolean;
  busy: boolean;
  onMove: (direction: "up" | "down") => void;
  onDelete: () => void;
};

export function CanvasNoteItem({ projectId, note, label, position, first, last, canEdit, busy, onMove, onDelete }: Props) {
  const t = useTranslations("businessModel.canvas");
  const { setNodeRef, setActivatorNodeRef, attributes, listeners, transform, transition, isDragging } = useSortable({ id: note.id, disabled: !canEdit || busy, attributes: { roleDescription: t("dragRole") } });
  const autosave = useAutosave({
    key: `canvas-note:${note.id}`,
    initial: { text: note.text },
    version: note.version,
    disabled: !canEdit,
    // Step completion and totals on the page follow each acknowledged save.
    save: (values, version) => updateCanvasNoteAction({ projectId, noteId: note.id, version, text: values.text }),
  });
  // Comment threads load only when opened, so a canvas with many notes stays one request.
  const [commentsOpen, setCommentsOpen] = useState(false);
  const id = `note-${note.id}`;
  const error = autosave.fieldErrors.text;
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      className={cn(
        "rounded-md border border-amber-200 bg-amber-50 p-1.5 print:border-0 print:bg-transparent print:p-0",
        isDragging && "relative z-10 shadow-lg ring-2 ring-brand-500",
      )}
      data-testid="canvas-note"
    >
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <Textarea
        id={id}
        rows={2}
        className="field-sizing-content min-h-0 border-amber-200 bg-white text-sm print:hidden"
        value={autosave.values.text}
        disabled={!canEdit}
        onChange={(e) => autosave.set({ text: e.target.value })}
        {...invalidProps(id, error)}
      />
      {/* Print shows the text itself; a textarea would clip it. */}
      <p className="hidden whitespace-pre-wrap print:block">• {autosave.values.text}</p>
      <FieldErrorText id={`${id}-error`} error={error} />
      <div className="no-print mt-1 flex flex-wrap items-center gap-1">
        {canEdit ? (
          // Only the handle starts a drag: the textarea keeps its own mouse and keyboard behaviour.
          <button
            type="button"
            ref={setActivatorNodeRef}
            className={cn(buttonVariants({ variant: "ghost", size: "icon" }), "h-7 w-7 cursor-grab touch-none active:cursor-grabbing")}
            aria-label={t("dragHandle", { n: position })}
            {...attributes}
            {...listeners}
          >
            <GripVertical aria-hidden className="h-4 w-4" />
          </button>
        ) : null}
        {note.sourceCaseId ? (
          <Link
            href={`/projects/${projectId}/cases/${encodeURIComponent(note.sourceCaseId)}`}
            title={t("fromCaseTitle")}
            className="rounded-full bg-brand-50 px-2 py-0.5 text-xs text-brand-700 hover:underline"
            data-testid="note-from-case"
          >
            {t("fromCase")}
          </Link>
        ) : null}
        <span className="ml-auto flex gap-0.5">
          <Button
            size="icon"
            variant="ghost"
            className="h-7 w-7"
            aria-label={t("comments")}
            aria-expanded={commentsOpen}
            aria-controls={commentsOpen ? `${id}-comments` : undefined}
            onClick={() => setCommentsOpen((open) => !open)}
          >
            <MessageSquare aria-hidden className="h-4 w-4" />
          </Button>
          <Button id={`move-up-${note.id}`} size="icon" variant="ghost" className="h-7 w-7" aria-label={t("moveUp")} disabled={!canEdit || first || busy} onClick={() => onMove("up")}>
            <ArrowUp aria-hidden className="h-4 w-4" />
          </Button>
          <Button id={`move-down-${note.id}`} size="icon" variant="ghost" className="h-7 w-7" aria-label={t("moveDown")} disabled={!canEdit || last || busy} onClick={() => onMove("down")}>
            <ArrowDown aria-hidden className="h-4 w-4" />
          </Button>
          <Button size="icon" variant="ghost" className="h-7 w-7 text-red-700" aria-label={t("delete")} disabled={!canEdit || busy} onClick={onDelete}>
            <Trash2 aria-hidden className="h-4 w-4" />
          </Button>
        </span>
      </div>
      <div className="no-print">
        <SaveStatus autosave={autosave} />
      </div>
      {commentsOpen ? (
        <div id={`${id}-comments`} className="no-print mt-2 rounded-md bg-white p-2">
          <ThreadPanel projectId={projectId} section="business-model" itemType="canvasNote" itemId={note.id} />
        </div>
      ) : null}
    </li>
  );
}
