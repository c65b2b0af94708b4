import "server-only";
import { db, Prisma } from "@/lib/db/client";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import { readPlanDocument } from "@/lib/plan-document/data";
import { planDocumentSchema, type PlanDocument } from "@/lib/plan-document/schema";
import { CURRENT } from "./schema";

/** The history page shows this many snapshots, newest first. */
export const SNAPSHOT_PAGE = 200;

export type SnapshotListItem = {
  id: string;
  name: string;
  kind: "MANUAL" | "BEFORE_RESTORE" | "SHARE_LINK";
  createdAt: Date;
  /** null when the author has left or was deleted. */
  author: string | null;
  /** Share-link snapshots made before version history have only the investor summary. */
  hasDocument: boolean;
};

/** A project's snapshots without their (large) documents, in two queries whatever their number. */
export async function listSnapshots(projectId: AuthorizedProjectId): Promise<SnapshotListItem[]> {
  const [rows, withDocument] = await Promise.all([
    db.planSnapshot.findMany({
      where: { projectId },
      select: { id: true, name: true, kind: true, createdAt: true, createdById: true },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: SNAPSHOT_PAGE,
    }),
    db.planSnapshot.findMany({ where: { projectId, document: { not: Prisma.DbNull } }, select: { id: true }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: SNAPSHOT_PAGE }),
  ]);
  // Only members' names are shown: an author who left the team reads as "a former member".
  const authorIds = [...new Set(rows.flatMap((r) => (r.createdById ? [r.createdById] : [])))];
  const authors = authorIds.length
    ? await db.user.findMany({ where: { id: { in: authorIds }, memberships: { some: { team: { projects: { some: { id: projectId } } } } } }, select: { id: true, name: true } })
    : [];
  const names = new Map(authors.map((a) => [a.id, a.name]));
  const documented = new Set(withDocument.map((r) => r.id));
  return rows.map(({ createdById, ...row }) => ({ ...row, author: (createdById && names.get(createdById)) || null, hasDocument: documented.has(row.id) }));
}

/** A stored document read back through today's schema; null when it is missing or no longer valid. */
export function parseStoredDocument(stored: unknown): PlanDocument | null {
  if (stored === null || stored === undefined) return null;
  const parsed = planDocumentSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

export type PlanVersion = { ref: string; name: string | null; kind: SnapshotListItem["kind"] | null; createdAt: Date | null; document: PlanDocument | null };

/** One version of the plan: the current one, or a snapshot of this project (null if there is none). */
export async function loadPlanVersion(projectId: AuthorizedProjectId, ref: string): Promise<PlanVersion | null> {
  if (ref === CURRENT) return { ref, name: null, kind: null, createdAt: null, document: await readPlanDocument(projectId) };
  const snapshot = await db.planSnapshot.findFirst({ where: { id: ref, projectId }, select: { id: true, name: true, kind: true, createdAt: true, document: true } });
  if (!snapshot) return null;
  return { ref, name: snapshot.name, kind: snapshot.kind, createdAt: snapshot.createdAt, document: parseStoredDocument(snapshot.document) };
}
