"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import type { ProjectArea } from "@/lib/activity/schema";
import { createCommentAction, deleteCommentAction, loadThreadsAction, resolveCommentAction, type ThreadView } from "@/lib/comments/actions";
import { Avatar } from "./avatar";
import { CollabError } from "./collab-error";
import { CommentBody } from "./comment-body";
import { CommentForm } from "./comment-form";

type Loaded = Extract<Awaited<ReturnType<typeof loadThreadsAction>>, { ok: true }>["data"];
type Props = { projectId: string; section: ProjectArea; itemType?: string; itemId?: string };

/** The comments of a section or of one item: threads, replies, resolve/reopen, and a new comment box. */
export function ThreadPanel({ projectId, section, itemType, itemId }: Props) {
  const t = useTranslations("collaboration.comments");
  const router = useRouter();
  const [data, setData] = useState<Loaded | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [showResolved, setShowResolved] = useState(false);

  const load = useCallback(async () => {
    const result = await loadThreadsAction({ projectId, section, itemType, itemId, includeResolved: showResolved }).catch(() => ({ ok: false as const, code: "network" }));
    if (result.ok) {
      setData(result.data);
      setLoadError(null);
    } else setLoadError(result.code);
  }, [projectId, section, itemType, itemId, showResolved]);

  useEffect(() => {
    // Loading on open keeps pages fast: threads are fetched only where someone looks at them.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void load();
  }, [load]);

  // A link to one comment (#comment-…): bring it into view once the threads are there.
  const loaded = data !== null;
  useEffect(() => {
    if (!loaded || !window.location.hash.startsWith("#comment-")) return;
    document.getElementById(window.location.hash.slice(1))?.scrollIntoView({ block: "center" });
  }, [loaded]);

  // After a change: reload the threads and let the server refresh navigation counts and mentions.
  const afterChange = async <T,>(result: ActionResult<T>) => {
    if (result.ok) {
      await load();
      router.refresh();
    }
    return result;
  };

  if (loadError) return <CollabError code={loadError} />;
  if (!data) return <p className="text-sm text-slate-500">{t("loading")}</p>;
  const { threads, members, viewer, resolvedCount } = data;

  return (
    <div className="space-y-4" data-testid="comment-thread">
      {threads.length === 0 ? <p className="text-sm text-slate-500">{showResolved ? t("emptyAll") : t("empty")}</p> : null}
      <ol className="space-y-3">
        {threads.map((thread) => (
          <ThreadItem key={thread.id} projectId={projectId} thread={thread} data={data} onChange={afterChange} showItemTag={!itemType} />
        ))}
      </ol>
      {resolvedCount > 0 ? (
        <Button variant="link" size="sm" aria-pressed={showResolved} onClick={() => setShowResolved((v) => !v)}>
          {showResolved ? t("hideResolved") : t("showResolved", { count: resolvedCount })}
        </Button>
      ) : null}
      <CommentForm
        label={itemType ? t("newOnItem") : t("newOnSection")}
        submitLabel={t("post")}
        members={members}
        disabled={!viewer.canComment}
        onSubmit={(body) => createCommentAction({ projectId, section, itemType, itemId, body }).then(afterChange)}
      />
      {!viewer.canComment ? <p className="text-xs text-slate-500" data-testid="cannot-comment">{t("readOnly")}</p> : null}
    </div>
  );
}

function ThreadItem({
  projectId,
  thread,
  data,
  onChange,
  showItemTag,
}: {
  projectId: string;
  thread: ThreadView;
  data: Loaded;
  onChange: <T>(result: ActionResult<T>) => Promise<ActionResult<T>>;
  showItemTag: boolean;
}) {
  const t = useTranslations("collaboration.comments");
  const format = useFormatter();
  const [replying, setReplying] = useState(false);
  const [code, setCode] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const { viewer, members } = data;
  const resolved = thread.resolvedAt !== null;

  const run = (action: () => Promise<ActionResult<unknown>>) =>
    startTransition(async () => {
      const result = await onChange(await action());
      setCode(result.ok ? null : result.code);
    });

  const comment = (c: ThreadView | ThreadView["replies"][number], isRoot: boolean) => (
    <div className="flex gap-2" id={`comment-${c.id}`}>
      <Avatar id={c.author?.id ?? "gone"} name={c.author?.name ?? t("formerMember")} size="sm" className="mt-0.5" />
      <div className="min-w-0 flex-1 space-y-1">
        <p className="text-xs text-slate-500">
          <span className="font-medium text-slate-800">{c.author?.name ?? t("formerMember")}</span> ·{" "}
          <time dateTime={c.createdAt}>{format.dateTime(new Date(c.createdAt), { dateStyle: "medium", timeStyle: "short" })}</time>
          {isRoot && showItemTag && c.itemType ? <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-slate-600">{itemTypeLabel(t, c.itemType)}</span> : null}
        </p>
        <CommentBody body={c.body} members={members} meId={viewer.id} />
        {viewer.canModerate || c.author?.id === viewer.id ? (
          <Button variant="link" size="sm" className="h-6 text-xs text-slate-500" disabled={pending} onClick={() => run(() => deleteCommentAction({ projectId, commentId: c.id }))}>
            {t("delete")}
          </Button>
        ) : null}
      </div>
    </div>
  );

  return (
    <li id={`thread-${thread.id}`} data-testid="thread" data-resolved={resolved} className={`space-y-3 rounded-md border p-3 ${resolved ? "bg-slate-50" : "bg-white"}`}>
      {comment(thread, true)}
      {thread.replies.length > 0 ? (
        <ol className="space-y-3 border-l-2 border-slate-100 pl-4">
          {thread.replies.map((reply) => (
            <li key={reply.id}>{comment(reply, false)}</li>
          ))}
        </ol>
      ) : null}
      {resolved ? <p className="text-xs text-emerald-700">{t("resolvedBy", { name: thread.resolvedBy ?? t("formerMember") })}</p> : null}
      <CollabError code={code} />
      <div className="flex flex-wrap gap-2">
        {viewer.canComment && !replying ? (
          <Button size="sm" variant="secondary" onClick={() => setReplying(true)}>
            {t("reply")}
          </Button>
        ) : null}
        {viewer.canResolve ? (
          <Button size="sm" variant="secondary" disabled={pending} onClick={() => run(() => resolveCommentAction({ projectId, commentId: thread.id, resolved: !resolved }))}>
            {resolved ? t("reopen") : t("resolve")}
          </Button>
        ) : null}
      </div>
      {replying ? (
        <CommentForm
          label={t("replyLabel")}
          submitLabel={t("postReply")}
          members={members}
          disabled={!viewer.canComment}
          autoFocus
          onCancel={() => setReplying(false)}
          onSubmit={async (body) => {
            // The server files a reply under its thread's section and item, whatever is sent here.
            const result = await onChange(await createCommentAction({ projectId, section: "overview", parentId: thread.id, body }));
            if (result.ok) setReplying(false);
            return result;
          }}
        />
      ) : null}
    </li>
  );
}

function itemTypeLabel(t: ReturnType<typeof useTranslations<"collaboration.comments">>, itemType: string): string {
  const key = `itemTypes.${itemType}`;
  return t.has(key) ? t(key as "itemTypes.risk") : itemType;
}
