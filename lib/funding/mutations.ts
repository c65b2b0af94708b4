import "server-only";
import { db } from "@/lib/db/client";
import { fail, ok, type ActionResult } from "@/lib/actions/result";
import { changedFields } from "@/lib/activity/model";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import type { ChannelKind, UseCategory } from "./model";
import { channelSelect, planSelect, roundSelect, toChannel, toRound, type ChannelRecord, type FundingPlanRecord, type RoundRecord, type UseRecord, useSelect } from "./data";
import type { FundingPlanInput, RoundInput, UseInput } from "./schema";

/** A saved record's new version and the fields the save changed (for the activity log). */
export type Saved = ActionResult<{ version: number; changed: string[] }>;

/**
 * Optimistic concurrency: read the record (to name changed fields), update it only at `version`,
 * and on a miss report "notFound" or "conflict" with what is stored now.
 */
async function saveVersioned<T extends { version: number }>(
  version: number,
  fields: Record<string, unknown>,
  read: () => Promise<T | null>,
  update: () => Promise<{ count: number }>,
): Promise<Saved> {
  const before = await read();
  if (!before) return fail("notFound");
  const { count } = await update();
  if (count) return ok({ version: version + 1, changed: changedFields(before, fields) });
  const current = await read();
  return current ? fail("conflict", { current }) : fail("notFound");
}

const dbDate = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

export async function saveFundingPlan(projectId: AuthorizedProjectId, version: number, fields: FundingPlanInput): Promise<Saved> {
  // The plan row is created on first save; concurrent first saves still meet the version check.
  await db.fundingPlan.createMany({ data: [{ projectId }], skipDuplicates: true });
  return saveVersioned<FundingPlanRecord>(
    version,
    fields,
    () => db.fundingPlan.findUnique({ where: { projectId }, select: planSelect }),
    () => db.fundingPlan.updateMany({ where: { projectId, version }, data: { ...fields, version: { increment: 1 } } }),
  );
}

export async function addRound(projectId: AuthorizedProjectId) {
  return toRound(await db.fundingRound.create({ data: { projectId }, select: roundSelect }));
}

export function saveRound(projectId: AuthorizedProjectId, id: string, version: number, fields: RoundInput): Promise<Saved> {
  return saveVersioned<RoundRecord>(
    version,
    fields,
    async () => {
      const row = await db.fundingRound.findFirst({ where: { id, projectId }, select: roundSelect });
      return row ? toRound(row) : null;
    },
    () => db.fundingRound.updateMany({ where: { id, projectId, version }, data: { ...fields, targetDate: dbDate(fields.targetDate), version: { increment: 1 } } }),
  );
}

export async function deleteRound(projectId: AuthorizedProjectId, id: string): Promise<ActionResult<{ id: string }>> {
  const { count } = await db.fundingRound.deleteMany({ where: { id, projectId } });
  return count ? ok({ id }) : fail("notFound");
}

/** Marks a channel as considered or drops it with its note; returns whether anything changed. */
export async function setChannel(projectId: AuthorizedProjectId, kind: ChannelKind, considered: boolean): Promise<boolean> {
  const { count } = considered
    ? await db.fundingChannel.createMany({ data: [{ projectId, kind }], skipDuplicates: true })
    : await db.fundingChannel.deleteMany({ where: { projectId, kind } });
  return count > 0;
}

export function saveChannel(projectId: AuthorizedProjectId, id: string, version: number, note: string): Promise<Saved> {
  return saveVersioned<ChannelRecord>(
    version,
    { note },
    async () => {
      const row = await db.fundingChannel.findFirst({ where: { id, projectId }, select: channelSelect });
      return row ? toChannel(row) : null;
    },
    () => db.fundingChannel.updateMany({ where: { id, projectId, version }, data: { note, version: { increment: 1 } } }),
  );
}

export async function addUse(projectId: AuthorizedProjectId, category: UseCategory): Promise<UseRecord> {
  return db.fundsUse.create({ data: { projectId, category }, select: useSelect });
}

export function saveUse(projectId: AuthorizedProjectId, id: string, version: number, fields: UseInput): Promise<Saved> {
  return saveVersioned<UseRecord>(
    version,
    fields,
    () => db.fundsUse.findFirst({ where: { id, projectId }, select: useSelect }),
    () => db.fundsUse.updateMany({ where: { id, projectId, version }, data: { ...fields, version: { increment: 1 } } }),
  );
}

export async function deleteUse(projectId: AuthorizedProjectId, id: string): Promise<ActionResult<{ id: string }>> {
  const { count } = await db.fundsUse.deleteMany({ where: { id, projectId } });
  return count ? ok({ id }) : fail("notFound");
}
