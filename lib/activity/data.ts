import "server-only";
import { db } from "@/lib/db/client";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import { parseChanges } from "./model";
import type { ActivityFilter } from "./schema";

export const ACTIVITY_PAGE_SIZE = 50;

/**
 * One page of a project's activity, newest first, filtered by person and section. `before` is the
 * id of the last row of the previous page. Returns one row more than a page to tell whether older
 * rows exist. Two queries whatever the page holds.
 */
export async function listActivity(projectId: AuthorizedProjectId, filter: ActivityFilter, pageSize = ACTIVITY_PAGE_SIZE) {
  const cursorRow = filter.before
    ? await db.activity.findFirst({ where: { id: filter.before, projectId }, select: { id: true } })
    : null;
  const rows = await db.activity.findMany({
    where: { projectId, ...(filter.person ? { actorId: filter.person } : {}), ...(filter.section ? { section: filter.section } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: pageSize + 1,
    ...(cursorRow ? { cursor: { id: cursorRow.id }, skip: 1 } : {}),
    select: {
      id: true,
      actorId: true,
      section: true,
      verb: true,
      itemType: true,
      itemId: true,
      itemLabel: true,
      fields: true,
      changes: true,
      createdAt: true,
      actor: { select: { name: true } },
    },
  });
  const hasOlder = rows.length > pageSize;
  const page = (hasOlder ? rows.slice(0, pageSize) : rows).map((row) => ({ ...row, changes: parseChanges(row.changes) }));
  return { entries: page, olderCursor: hasOlder ? page.at(-1)!.id : null };
}

export type ActivityPage = Awaited<ReturnType<typeof listActivity>>;
