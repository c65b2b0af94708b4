// Notifications (pure): who is told about a new comment, and which stored paths are safe to follow.

export type NotificationKind = "mention" | "reply" | "linkViewed" | "viewerFirstView";

/**
 * Who hears about a new comment: everyone it mentions ("mention"), and for a reply everyone who
 * already wrote in the thread ("reply"). Never its author; a mention wins over a reply.
 */
export function commentRecipients(input: { authorId: string; mentioned: string[]; threadAuthors: (string | null)[] }): { userId: string; kind: "mention" | "reply" }[] {
  const out = new Map<string, "mention" | "reply">();
  for (const id of input.mentioned) if (id !== input.authorId) out.set(id, "mention");
  for (const id of input.threadAuthors) if (id && id !== input.authorId && !out.has(id)) out.set(id, "reply");
  return [...out].map(([userId, kind]) => ({ userId, kind }));
}

/** Only a path inside the app: "/…", not "//host" or "/\\host", which a browser would leave the site for. */
export function isLocalPath(path: string): boolean {
  return /^\/(?![/\\])/.test(path) && !/[\u0000-\u001f]/.test(path);
}
