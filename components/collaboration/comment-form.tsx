"use client";
import { useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FieldErrorText, invalidProps } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import type { ActionResult, FieldErrors } from "@/lib/actions/result";
import { mentionQuery, suggestMembers, type Mentionable } from "@/lib/comments/model";
import { COMMENT_MAX_LENGTH } from "@/lib/comments/schema";
import { CollabError } from "./collab-error";

/**
 * A comment box with @mention suggestions. Typing "@" and part of a name lists matching members;
 * choosing one (click, or Tab to it and Enter) completes the name. Disabled, not hidden, for roles
 * that cannot comment: the server refuses them anyway.
 */
export function CommentForm({
  label,
  submitLabel,
  members,
  disabled,
  onSubmit,
  onCancel,
  autoFocus,
}: {
  label: string;
  submitLabel: string;
  members: readonly Mentionable[];
  disabled: boolean;
  onSubmit: (body: string) => Promise<ActionResult<unknown>>;
  onCancel?: () => void;
  autoFocus?: boolean;
}) {
  const t = useTranslations("collaboration.comments");
  const id = useId();
  const [body, setBody] = useState("");
  const [caret, setCaret] = useState(0);
  const [code, setCode] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [pending, startTransition] = useTransition();

  const query = mentionQuery(body.slice(0, caret));
  const suggestions = query ? suggestMembers(query.query, members) : [];

  const complete = (member: Mentionable) => {
    if (!query) return;
    const next = `${body.slice(0, query.start)}@${member.name} ${body.slice(caret)}`;
    const at = query.start + member.name.length + 2;
    setBody(next);
    setCaret(at);
    requestAnimationFrame(() => {
      const box = document.getElementById(id) as HTMLTextAreaElement | null;
      box?.focus();
      box?.setSelectionRange(at, at);
    });
  };

  const submit = () =>
    startTransition(async () => {
      const result = await onSubmit(body);
      if (result.ok) {
        setBody("");
        setCaret(0);
        setCode(null);
        setFieldErrors({});
        return;
      }
      setFieldErrors(result.fieldErrors ?? {});
      setCode(result.code === "validation" ? null : result.code);
    });

  return (
    <form
      className="space-y-2"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <Textarea
        id={id}
        rows={3}
        value={body}
        maxLength={COMMENT_MAX_LENGTH}
        disabled={disabled || pending}
        autoFocus={autoFocus}
        placeholder={t("placeholder")}
        onChange={(e) => {
          setBody(e.target.value);
          setCaret(e.target.selectionStart ?? e.target.value.length);
        }}
        onSelect={(e) => setCaret(e.currentTarget.selectionStart ?? 0)}
        onKeyDown={(e) => {
          if (e.key === "Enter" && (e.metaKey || e.ctrlKey)) submit();
        }}
        {...invalidProps(id, fieldErrors.body)}
      />
      <FieldErrorText id={`${id}-error`} error={fieldErrors.body} />
      {suggestions.length > 0 ? (
        <div className="flex flex-wrap items-center gap-1" data-testid="mention-suggestions">
          <span className="text-xs text-slate-500">{t("mentionHint")}</span>
          {suggestions.map((m) => (
            <Button key={m.id} size="sm" variant="secondary" onClick={() => complete(m)}>
              @{m.name}
            </Button>
          ))}
        </div>
      ) : null}
      <CollabError code={code} />
      <div className="flex items-center gap-2">
        <Button type="submit" size="sm" disabled={disabled || pending}>
          {submitLabel}
        </Button>
        {onCancel ? (
          <Button size="sm" variant="ghost" onClick={onCancel}>
            {t("cancel")}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
