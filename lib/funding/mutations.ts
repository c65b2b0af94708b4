import "server-only";
import { db } from "@/lib/db/client";
import { fail, ok, type ActionResult } from "@/lib/actions/result";
import { mapVersioned, versionedWrite } from "@/lib/db/versioned-write";
import { savedVersion } from "@/lib/actions/row-results";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import type { ChannelKind, UseCategory } from "./model";
import { channelSelect, planSelect, roundSelect, toChannel, toRound, type UseRecord, useSelect } from "./data";
import type { FundingPlanInput, RoundInput, UseInput } from "./schema";

/** A saved record's new version and the fields the save changed (for the activity log). */
export type Saved = ActionResult<{ version: number; changed: string[] }>;

/** The activity of a save of this section (written with it), or none without an actor. */
const log = (projectId: AuthorizedProjectId, actorId: string | undefined, itemType: string, itemId?: string) =>
  actorId ? { projectId, actorId, section: "funding" as const, itemType, itemId } : null;

const dbDate = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

export async function saveFundingPlan(projectId: AuthorizedProjectId, version: number, fields: FundingPlanInput, actorId?: string): Promise<Saved> {
  // The plan row is created on first save; concurrent first saves still meet the version check.
  await db.fundingPlan.createMany({ data: [{ projectId }], skipDuplicates: true });
  return savedVersion(await versionedWrite({ model: "fundingPlan", where: { projectId }, version, data: fields, select: planSelect, activity: log(projectId, actorId, "fundingPlan") }));
}

export async function addRound(projectId: AuthorizedProjectId) {
  return toRound(await db.fundingRound.create({ data: { projectId }, select: roundSelect }));
}

export async function saveRound(projectId: AuthorizedProjectId, id: string, version: number, fields: RoundInput, actorId?: string): Promise<Saved> {
  const result = await versionedWrite({
    model: "fundingRound",
    where: { id, projectId },
    version,
    data: { ...fields, targetDate: dbDate(fields.targetDate) },
    select: roundSelect,
    activity: log(projectId, actorId, "fundingRound", id),
  });
  return savedVersion(mapVersioned(result, toRound));
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

export async function saveChannel(projectId: AuthorizedProjectId, id: string, version: number, note: string, actorId?: string): Promise<Saved> {
  const result = await versionedWrite({ model: "fundingChannel", where: { id, projectId }, version, data: { note }, select: channelSelect, activity: log(projectId, actorId, "fundingChannel", id) });
  return savedVersion(mapVersioned(result, toChannel));
}

export async function addUse(projectId: AuthorizedProjectId, category: UseCategory): Promise<UseRecord> {
  return db.fundsUse.create({ data: { projectId, category }, select: useSelect });
}

export async function saveUse(projectId: AuthorizedProjectId, id: string, version: number, fields: UseInput, actorId?: string): Promise<Saved> {
  return savedVersion(await versionedWrite({ model: "fundsUse", where: { id, projectId }, version, data: fields, select: useSelect, activity: log(projectId, actorId, "fundsUse", id) }));
}

export async function deleteUse(projectId: AuthorizedProjectId, id: string): Promise<ActionResult<{ id: string }>> {
  const { count } = await db.fundsUse.deleteMany({ where: { id, projectId } });
  return count ? ok({ id }) : fail("notFound");
}
