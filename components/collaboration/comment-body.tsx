import { splitMentions, type Mentionable } from "@/lib/comments/model";

/** A comment's text with @mentions highlighted. Rendered as text only, never as HTML. */
export function CommentBody({ body, members, meId }: { body: string; members: readonly Mentionable[]; meId?: string }) {
  return (
    <p className="whitespace-pre-wrap break-words text-sm text-slate-800">
      {splitMentions(body, members).map((segment, i) =>
        segment.mentionOf ? (
          <span key={i} data-mention={segment.mentionOf} className={segment.mentionOf === meId ? "rounded bg-amber-100 px-0.5 font-medium text-amber-900" : "font-medium text-brand-700"}>
            {segment.text}
          </span>
        ) : (
          <span key={i}>{segment.text}</span>
        ),
      )}
    </p>
  );
}
