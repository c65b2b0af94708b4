// @mentions: a mention is "@" followed by a team member's name as shown in Launchpad (names may
// contain spaces or be Chinese). Pure: the same function finds mentions on the server (stored as
// rows) and highlights them in the browser.

export type Mentionable = { id: string; name: string };
export type TextSegment = { text: string; mentionOf?: string };

const WORD_CHAR = /[\p{L}\p{N}_]/u;
const HAN = /\p{Script=Han}$/u;

type Match = { start: number; end: number; userId: string };

function findMentions(text: string, members: readonly Mentionable[]): Match[] {
  // Longest names first, so "@Ann Lee" is not read as "@Ann" when both are members.
  const candidates = members.filter((m) => m.name.trim()).sort((a, b) => b.name.length - a.name.length);
  const lower = text.toLowerCase();
  const matches: Match[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== "@") continue;
    // "ada@example.com" is an address, not a mention.
    if (i > 0 && WORD_CHAR.test(text[i - 1])) continue;
    for (const member of candidates) {
      const name = member.name.trim();
      const end = i + 1 + name.length;
      if (lower.slice(i + 1, end) !== name.toLowerCase()) continue;
      // Latin names end at a word boundary; Chinese text runs on without spaces ("@张伟请看").
      if (end < text.length && WORD_CHAR.test(text[end]) && !HAN.test(name)) continue;
      matches.push({ start: i, end, userId: member.id });
      i = end - 1;
      break;
    }
  }
  return matches;
}

/** The distinct members mentioned in `text`, in order of first mention. */
export function parseMentions(text: string, members: readonly Mentionable[]): string[] {
  return [...new Set(findMentions(text, members).map((m) => m.userId))];
}

/** `text` cut into plain and mention segments, for rendering mentions highlighted (as text). */
export function splitMentions(text: string, members: readonly Mentionable[]): TextSegment[] {
  const segments: TextSegment[] = [];
  let at = 0;
  for (const match of findMentions(text, members)) {
    if (match.start > at) segments.push({ text: text.slice(at, match.start) });
    segments.push({ text: text.slice(match.start, match.end), mentionOf: match.userId });
    at = match.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}

/** While typing "@ad" the partial name after the last "@" (null when not typing a mention). */
export function mentionQuery(textBeforeCaret: string): { query: string; start: number } | null {
  const at = textBeforeCaret.lastIndexOf("@");
  if (at < 0 || (at > 0 && WORD_CHAR.test(textBeforeCaret[at - 1]))) return null;
  const query = textBeforeCaret.slice(at + 1);
  if (query.length > 40 || /\n/.test(query)) return null;
  return { query, start: at };
}

/** Members whose name contains the query (case-insensitive), best matches (prefix) first. */
export function suggestMembers<M extends Mentionable>(query: string, members: readonly M[], limit = 6): M[] {
  const q = query.trim().toLowerCase();
  return members
    .filter((m) => m.name.toLowerCase().includes(q))
    .sort((a, b) => Number(!a.name.toLowerCase().startsWith(q)) - Number(!b.name.toLowerCase().startsWith(q)) || a.name.localeCompare(b.name))
    .slice(0, limit);
}

/** A short quote of a comment for activity and mention lists. */
export function excerpt(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Where a comment is read: its section (the overview is the project page) with the thread open. */
export function threadPath(projectId: string, comment: { id: string; section: string }): string {
  const base = comment.section === "overview" ? `/projects/${projectId}` : `/projects/${projectId}/${comment.section}`;
  return `${base}?comments=open#comment-${comment.id}`;
}
