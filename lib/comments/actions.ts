"use server";
import { revalidatePath } from "next/cache";
import { projectAction } from "@/lib/actions/define";
import { fail, ok } from "@/lib/actions/result";
import type { ProjectArea } from "@/lib/activity/schema";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import { can } from "@/lib/authz/permissions";
import { afterResponse } from "@/lib/email/later";
import { mentionEmail } from "@/lib/email/messages";
import { sendMail } from "@/lib/email/mutations";
import { appOrigin } from "@/lib/http/origin";
import { listTeamMembers, type TeamMember } from "@/lib/members/data";
import { getProject } from "@/lib/projects/data";
import { findComment, loadThreads, type Thread } from "./data";
import { excerpt, parseMentions, threadPath } from "./model";
import { createComment, deleteComment, setThreadResolved } from "./mutations";
import { createCommentSchema, deleteCommentSchema, loadThreadsSchema, resolveCommentSchema } from "./schema";

type CommentView = { id: string; body: string; createdAt: string; author: { id: string; name: string } | null; itemType: string | null; itemId: string | null };
export type ThreadView = CommentView & { resolvedAt: string | null; resolvedBy: string | null; replies: CommentView[] };

function commentView(c: Omit<Thread, "replies">): CommentView {
  return { id: c.id, body: c.body, createdAt: c.createdAt.toISOString(), author: c.author, itemType: c.itemType, itemId: c.itemId };
}

function threadView(t: Thread): ThreadView {
  return { ...commentView(t), resolvedAt: t.resolvedAt?.toISOString() ?? null, resolvedBy: t.resolvedBy?.name ?? null, replies: t.replies.map(commentView) };
}

/** Revalidates the whole project so navigation counts and the overview's mentions update. */
function refreshProject(projectId: string) {
  revalidatePath(`/projects/${projectId}`, "layout");
}

/** Each member named with @ gets an email with the comment and a link to its thread. */
async function mailMentions(projectId: AuthorizedProjectId, author: { id: string; name: string }, recipients: TeamMember[], body: string, link: string) {
  const project = await getProject(projectId);
  for (const recipient of recipients) {
    const mail = mentionEmail({ authorName: author.name, projectName: project.name, excerpt: excerpt(body, 1000), link });
    await sendMail({ senderId: author.id, to: recipient.email, kind: "mention", ...mail });
  }
}

/** A section's or item's threads, the members one may mention, and what the caller may do. */
export const loadThreadsAction = projectAction(loadThreadsSchema, "project.read", async ({ projectId: _projectId, includeResolved, ...anchor }, access) => {
  const [{ threads, resolvedCount }, members] = await Promise.all([loadThreads(access.projectId, anchor, includeResolved), listTeamMembers(access.teamId)]);
  return ok({
    threads: threads.map(threadView),
    resolvedCount,
    members: members.map((m) => ({ id: m.userId, name: m.name })),
    viewer: {
      id: access.user.id,
      canComment: can(access.role, "comment.create"),
      canResolve: can(access.role, "comment.resolve"),
      canModerate: can(access.role, "comment.moderate"),
    },
  });
});

export const createCommentAction = projectAction(
  createCommentSchema,
  "comment.create",
  async ({ projectId: _projectId, body, parentId, ...anchor }, access) => {
    const members = await listTeamMembers(access.teamId);
    const mentioned = parseMentions(body, members.map((m) => ({ id: m.userId, name: m.name })));
    const created = await createComment(access.projectId, access.user.id, anchor, body, parentId, mentioned);
    if (!created) return fail("notFound");
    refreshProject(access.projectId);
    const recipients = members.filter((m) => created.mentioned.includes(m.userId));
    if (recipients.length) {
      const link = `${await appOrigin()}${threadPath(access.projectId, created)}`;
      await afterResponse(() => mailMentions(access.projectId, access.user, recipients, body, link));
    }
    return ok(created);
  },
  {
    activity: {
      section: (_input, data) => data.section as ProjectArea,
      summarize: (input, data) => ({ verb: data.isReply ? "replied" : "commented", itemType: data.itemType ?? undefined, itemId: data.itemId ?? undefined, itemLabel: excerpt(input.body) }),
    },
  },
);

export const resolveCommentAction = projectAction(
  resolveCommentSchema,
  "comment.resolve",
  async ({ commentId, resolved }, access) => {
    const thread = await setThreadResolved(access.projectId, commentId, resolved, access.user.id);
    if (!thread) return fail("notFound");
    refreshProject(access.projectId);
    return ok({ ...thread, resolved });
  },
  {
    activity: {
      section: (_input, data) => data.section as ProjectArea,
      summarize: (_input, data) => ({ verb: data.resolved ? "resolved" : "reopened", itemType: data.itemType ?? undefined, itemId: data.itemId ?? undefined, itemLabel: excerpt(data.body) }),
    },
  },
);

/** Authors delete their own comments; owners may delete any (moderation). */
export const deleteCommentAction = projectAction(
  deleteCommentSchema,
  "comment.create",
  async ({ commentId }, access) => {
    const comment = await findComment(access.projectId, commentId);
    if (!comment) return fail("notFound");
    if (comment.authorId !== access.user.id && !can(access.role, "comment.moderate")) return fail("forbidden");
    if (!(await deleteComment(access.projectId, commentId))) return fail("notFound");
    refreshProject(access.projectId);
    return ok({ section: comment.section, itemType: comment.itemType, itemId: comment.itemId, body: comment.body });
  },
  {
    activity: {
      section: (_input, data) => data.section as ProjectArea,
      summarize: (_input, data) => ({ verb: "deletedComment", itemType: data.itemType ?? undefined, itemId: data.itemId ?? undefined, itemLabel: excerpt(data.body) }),
    },
  },
);
