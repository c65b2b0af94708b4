// Writes of the market section. Rows are always addressed by (id AND projectId); updates are
// versioned so a stale save becomes a conflict instead of overwriting someone else's work.
import "server-only";
import { db } from "@/lib/db/client";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import { recordLog, rowLog, versionedWrite } from "@/lib/db/versioned-write";
import { LIMITS } from "@/lib/validation/fields";
import { competitorSelect, researchSelect, segmentSelect, sizeSelect, trendSelect } from "./data";
import type { ApplicationDomain, TrendKey } from "./model";
import type { CompetitorFields, ResearchFields, SegmentFields, SizeFields, TrendFields } from "./schema";

type Where = { id: string; projectId: AuthorizedProjectId };


// ---- one-per-project records. Version 0 means "never saved": the first save creates the record,
// and if someone else created it in the meantime that is a conflict like any other.

export function saveResearch(projectId: AuthorizedProjectId, version: number, fields: ResearchFields, actorId?: string) {
  return versionedWrite({
    model: "marketResearch",
    where: { projectId },
    version,
    data: fields,
    select: researchSelect,
    create: { projectId, ...fields },
    activity: recordLog("market", projectId, actorId, "research"),
  });
}

export function saveSize(projectId: AuthorizedProjectId, version: number, fields: SizeFields, actorId?: string) {
  return versionedWrite({
    model: "marketSize",
    where: { projectId },
    version,
    data: fields,
    select: sizeSelect,
    create: { projectId, ...fields },
    activity: recordLog("market", projectId, actorId, "marketSize"),
  });
}

// ---- segments

export async function addSegment(projectId: AuthorizedProjectId, name: string, domain: ApplicationDomain) {
  if ((await db.marketSegment.count({ where: { projectId } })) >= LIMITS.list) return null;
  return db.marketSegment.create({ data: { projectId, name, domain }, select: segmentSelect });
}

export function updateSegment(where: Where, version: number, fields: SegmentFields, actorId?: string) {
  return versionedWrite({ model: "marketSegment", where, version, data: fields, select: segmentSelect, activity: rowLog("market", where, actorId, "segment", "name") });
}

export async function deleteSegment(where: Where) {
  return (await db.marketSegment.deleteMany({ where })).count === 1;
}

// ---- competitors

export async function addCompetitor(projectId: AuthorizedProjectId, name: string) {
  if ((await db.marketCompetitor.count({ where: { projectId } })) >= LIMITS.list) return null;
  return db.marketCompetitor.create({ data: { projectId, name }, select: competitorSelect });
}

export function updateCompetitor(where: Where, version: number, fields: CompetitorFields, actorId?: string) {
  return versionedWrite({ model: "marketCompetitor", where, version, data: fields, select: competitorSelect, activity: rowLog("market", where, actorId, "competitor", "name") });
}

export async function deleteCompetitor(where: Where) {
  return (await db.marketCompetitor.deleteMany({ where })).count === 1;
}

// ---- trend notes

export async function addTrend(projectId: AuthorizedProjectId, title: string, trendKey: TrendKey | null) {
  if ((await db.marketTrend.count({ where: { projectId } })) >= LIMITS.list) return null;
  return db.marketTrend.create({ data: { projectId, title, trendKey }, select: trendSelect });
}

export function updateTrend(where: Where, version: number, fields: TrendFields, actorId?: string) {
  return versionedWrite({ model: "marketTrend", where, version, data: fields, select: trendSelect, activity: rowLog("market", where, actorId, "trend", "title") });
}

export async function deleteTrend(where: Where) {
  return (await db.marketTrend.deleteMany({ where })).count === 1;
}
