import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import type { ThreadAnchor } from "./schema";

/** At most this many threads are shown on one section or item (newest kept). */
export const THREAD_LIMIT = 200;

const commentFields = {
  id: true,
  itemType: true,
  itemId: true,
  body: true,
  createdAt: true,
  resolvedAt: true,
  author: { select: { id: true, name: true } },
  resolvedBy: { select: { name: true } },
} as const;

/** An item's threads, or for a section all its threads (on the section itself and on its items). */
function anchorWhere(projectId: AuthorizedProjectId, anchor: Omit<ThreadAnchor, "projectId">) {
  return anchor.itemType ? { projectId, section: anchor.section, itemType: anchor.itemType, itemId: anchor.itemId } : { projectId, section: anchor.section };
}

/** The threads on a section or item with their replies, oldest first. Two queries, whatever the count. */
export async function loadThreads(projectId: AuthorizedProjectId, anchor: Omit<ThreadAnchor, "projectId">, includeResolved: boolean) {
  const where = { ...anchorWhere(projectId, anchor), parentId: null };
  const [threads, resolvedCount] = await Promise.all([
    db.comment.findMany({
      where: { ...where, ...(includeResolved ? {} : { resolvedAt: null }) },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: THREAD_LIMIT,
      select: { ...commentFields, replies: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: THREAD_LIMIT, select: commentFields } },
    }),
    db.comment.count({ where: { ...where, resolvedAt: { not: null } } }),
  ]);
  return { threads: threads.reverse(), resolvedCount };
}

export type Thread = Awaited<ReturnType<typeof loadThreads>>["threads"][number];

/** Unresolved threads per section (items included) for the project navigation. One grouped query. */
export const countOpenThreadsBySection = cache(async function countOpenThreadsBySection(projectId: AuthorizedProjectId): Promise<Record<string, number>> {
  const groups = await db.comment.groupBy({ by: ["section"], where: { projectId, parentId: null, resolvedAt: null }, _count: { _all: true } });
  return Object.fromEntries(groups.map((g) => [g.section, g._count._all]));
});

/** Unresolved threads per item of one kind in a section (e.g. every risk), for badges on rows. One query. */
export async function countOpenThreadsByItem(projectId: AuthorizedProjectId, section: string, itemType: string): Promise<Record<string, number>> {
  const groups = await db.comment.groupBy({
    by: ["itemId"],
    where: { projectId, section, itemType, parentId: null, resolvedAt: null },
    _count: { _all: true },
  });
  return Object.fromEntries(groups.filter((g) => g.itemId !== null).map((g) => [g.itemId as string, g._count._all]));
}

/** Comments that mention the user in this project, newest first, with whether their thread is resolved. */
export async function listMentionsOf(projectId: AuthorizedProjectId, userId: string, take = 20) {
  const rows = await db.commentMention.findMany({
    where: { projectId, userId },
    orderBy: { createdAt: "desc" },
    take,
    select: {
      comment: {
        select: {
          id: true,
          body: true,
          section: true,
          itemType: true,
          itemId: true,
          createdAt: true,
          resolvedAt: true,
          author: { select: { name: true } },
          parent: { select: { id: true, resolvedAt: true } },
        },
      },
    },
  });
  return rows.map(({ comment: { parent, ...c } }) => ({
    ...c,
    threadId: parent?.id ?? c.id,
    resolved: (parent ? parent.resolvedAt : c.resolvedAt) !== null,
  }));
}

export type MentionEntry = Awaited<ReturnType<typeof listMentionsOf>>[number];

export function findComment(projectId: AuthorizedProjectId, commentId: string) {
  return db.comment.findFirst({ where: { id: commentId, projectId }, select: { id: true, authorId: true, parentId: true, section: true, itemType: true, itemId: true, body: true } });
}

/** Everyone who has written in a thread (its first comment and the replies), for reply notices. */
export async function threadAuthorIds(projectId: AuthorizedProjectId, threadId: string): Promise<(string | null)[]> {
  const rows = await db.comment.findMany({ where: { projectId, OR: [{ id: threadId }, { parentId: threadId }] }, select: { authorId: true } });
  return rows.map((r) => r.authorId);
}
