import "server-only";
import { db } from "@/lib/db/client";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import type { ThreadAnchor } from "./schema";

type Anchor = Omit<ThreadAnchor, "projectId">;

/**
 * Adds a comment (a reply when `parentId` names a thread of this project) and its mention rows in
 * one transaction. A reply joins its thread's anchor whatever anchor the caller sent. Returns null
 * when the parent is not a thread of this project.
 */
export function createComment(projectId: AuthorizedProjectId, authorId: string, anchor: Anchor, body: string, parentId: string | undefined, mentionedIds: string[]) {
  return db.$transaction(async (tx) => {
    let target = { section: anchor.section as string, itemType: anchor.itemType ?? null, itemId: anchor.itemId ?? null };
    if (parentId) {
      const parent = await tx.comment.findFirst({ where: { id: parentId, projectId }, select: { id: true, parentId: true, section: true, itemType: true, itemId: true } });
      if (!parent) return null;
      // One level of replies: answering a reply answers its thread.
      parentId = parent.parentId ?? parent.id;
      target = { section: parent.section, itemType: parent.itemType, itemId: parent.itemId };
    }
    const comment = await tx.comment.create({ data: { projectId, authorId, body, parentId: parentId ?? null, ...target }, select: { id: true } });
    const mentions = mentionedIds.filter((id) => id !== authorId);
    if (mentions.length) await tx.commentMention.createMany({ data: mentions.map((userId) => ({ projectId, commentId: comment.id, userId })) });
    return { id: comment.id, ...target, threadId: parentId ?? comment.id, isReply: Boolean(parentId), mentioned: mentions };
  });
}

/** Resolves or reopens the thread the comment belongs to. Null when no such comment in this project. */
export async function setThreadResolved(projectId: AuthorizedProjectId, commentId: string, resolved: boolean, userId: string) {
  const comment = await db.comment.findFirst({ where: { id: commentId, projectId }, select: { id: true, parentId: true } });
  if (!comment) return null;
  const threadId = comment.parentId ?? comment.id;
  return db.comment.update({
    where: { id: threadId, projectId },
    data: resolved ? { resolvedAt: new Date(), resolvedById: userId } : { resolvedAt: null, resolvedById: null },
    select: { id: true, section: true, itemType: true, itemId: true, body: true, resolvedAt: true },
  });
}

/** Deletes a comment (a thread's first comment takes its replies with it). */
export async function deleteComment(projectId: AuthorizedProjectId, commentId: string) {
  const { count } = await db.comment.deleteMany({ where: { id: commentId, projectId } });
  return count === 1;
}
