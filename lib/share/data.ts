import "server-only";
import { db } from "@/lib/db/client";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import { hashShareToken, isWellFormedToken } from "./model";

export function listShareLinks(projectId: AuthorizedProjectId) {
  return db.shareLink.findMany({
    where: { projectId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      label: true,
      mode: true,
      expiresAt: true,
      revokedAt: true,
      createdAt: true,
      viewCount: true,
      firstViewedAt: true,
      lastViewedAt: true,
      sectionOpens: true,
      passcodeHash: true,
      sealedToken: true,
      passcodeFailures: true,
      lastPasscodeFailureAt: true,
      requireEmail: true,
      // Verified viewers of an email-gated link, most recent first (a table, not an archive).
      viewers: {
        where: { views: { gt: 0 } },
        orderBy: { lastSeenAt: "desc" },
        take: 200,
        select: { id: true, email: true, firstSeenAt: true, lastSeenAt: true, views: true, sectionSeconds: true, pdfDownloads: true },
      },
      snapshot: { select: { createdAt: true } },
    },
  });
}

/** The link a token names, with what the share page needs; null for anything malformed or unknown. */
export async function findLinkByToken(token: string) {
  if (!isWellFormedToken(token)) return null;
  return db.shareLink.findUnique({
    where: { tokenHash: hashShareToken(token) },
    select: {
      id: true,
      projectId: true,
      mode: true,
      expiresAt: true,
      revokedAt: true,
      passcodeHash: true,
      requireEmail: true,
      snapshot: { select: { summary: true } },
    },
  });
}

/** Who to tell about a link's first view: its label and plan, and its creator's address and zone. */
export async function findLinkCreator(linkId: string) {
  const link = await db.shareLink.findUnique({ where: { id: linkId }, select: { label: true, projectId: true, createdById: true, project: { select: { name: true } } } });
  const creator = link?.createdById ? await db.user.findUnique({ where: { id: link.createdById }, select: { id: true, email: true, timeZone: true } }) : null;
  return link && creator ? { label: link.label, projectId: link.projectId, projectName: link.project.name, creator } : null;
}

/** A verified viewer and their link, for the first-view notice. */
export async function findViewerNotice(viewerId: string) {
  return db.shareViewer.findUnique({
    where: { id: viewerId },
    select: { email: true, link: { select: { id: true } } },
  });
}

/** The plan's name for the code mail (the reader has not seen the summary yet). */
export async function findLinkProjectName(linkId: string) {
  return (await db.shareLink.findUnique({ where: { id: linkId }, select: { project: { select: { name: true } } } }))?.project.name ?? null;
}
