import "server-only";
import { db } from "@/lib/db/client";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import { clampSummary, type ActivitySummary } from "./model";
import type { ProjectArea } from "./schema";

/** Records one change. Called by `projectAction` after a successful write (see lib/actions/define.ts). */
export function recordActivity(projectId: AuthorizedProjectId, actorId: string, section: ProjectArea, summary: ActivitySummary) {
  const clamped = clampSummary(summary);
  return db.activity.create({
    data: {
      projectId,
      actorId,
      section,
      verb: clamped.verb,
      itemType: clamped.itemType ?? null,
      itemId: clamped.itemId ?? null,
      itemLabel: clamped.itemLabel ?? null,
      fields: clamped.fields,
    },
    select: { id: true },
  });
}
