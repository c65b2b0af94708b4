import "server-only";
import { db, Prisma } from "@/lib/db/client";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import { sealText } from "@/lib/email/seal";
import { addSectionSeconds, EMAIL_CODE_MAX_ATTEMPTS, hashShareToken, newShareToken, PASSCODE_FAILURE_WINDOW_MS, sameHash, SUMMARY_SECTIONS } from "./model";

export async function createShareLink(
  projectId: AuthorizedProjectId,
  input: { label: string; mode: "LIVE" | "SNAPSHOT"; expiresAt: Date | null; passcodeHash: string | null; requireEmail?: boolean; createdById: string; frozenSummary: unknown | null; frozenDocument?: unknown; snapshotName: string },
) {
  const token = newShareToken();
  await db.$transaction(async (tx) => {
    const snapshot =
      input.mode === "SNAPSHOT"
        ? await tx.planSnapshot.create({
            data: {
              projectId,
              name: input.snapshotName,
              kind: "SHARE_LINK",
              summary: input.frozenSummary as Prisma.InputJsonValue,
              // The whole plan too, so version history can compare and restore what the investor saw.
              document: (input.frozenDocument ?? undefined) as Prisma.InputJsonValue | undefined,
              createdById: input.createdById,
            },
            select: { id: true },
          })
        : null;
    await tx.shareLink.create({
      data: {
        projectId,
        label: input.label,
        tokenHash: hashShareToken(token),
        sealedToken: sealText(token, "share-token"),
        mode: input.mode,
        snapshotId: snapshot?.id ?? null,
        expiresAt: input.expiresAt,
        passcodeHash: input.passcodeHash,
        requireEmail: input.requireEmail ?? false,
        createdById: input.createdById,
      },
    });
  });
  return { token };
}

/** Renames a link or changes its expiry; only a link of this project that is not revoked. */
export async function updateShareLink(projectId: AuthorizedProjectId, linkId: string, changes: { label: string; expiresAt: Date | null; requireEmail?: boolean }) {
  const { count } = await db.shareLink.updateMany({ where: { id: linkId, projectId, revokedAt: null }, data: changes });
  return count === 1;
}

export async function revokeShareLink(projectId: AuthorizedProjectId, linkId: string) {
  const { count } = await db.shareLink.updateMany({ where: { id: linkId, projectId, revokedAt: null }, data: { revokedAt: new Date() } });
  return count === 1;
}

/**
 * Counts one view. A render within a few seconds of the previous one (the page re-rendering in the
 * reader's time zone right after it opened) is the same view, not another.
 */
const SAME_VISIT_MS = 5_000;

/** Counts one view in one statement; says whether it counted (a new visit) and whether it was the link's very first. */
export async function recordShareView(linkId: string, now: Date): Promise<{ counted: boolean; first: boolean }> {
  const sameVisitSince = new Date(now.getTime() - SAME_VISIT_MS);
  const rows = await db.$queryRaw<{ counted: boolean; first: boolean }[]>`
    WITH before AS (SELECT "id", "lastViewedAt" FROM "ShareLink" WHERE "id" = ${linkId} FOR UPDATE)
    UPDATE "ShareLink" AS link SET
      "viewCount" = link."viewCount" + CASE WHEN before."lastViewedAt" IS NOT NULL AND before."lastViewedAt" > ${sameVisitSince} THEN 0 ELSE 1 END,
      "lastViewedAt" = ${now},
      "firstViewedAt" = COALESCE(link."firstViewedAt", ${now})
    FROM before WHERE link."id" = before."id"
    RETURNING (before."lastViewedAt" IS NULL OR before."lastViewedAt" <= ${sameVisitSince}) AS "counted", link."firstViewedAt" = ${now} AS "first"`;
  return { counted: rows[0]?.counted === true, first: rows[0]?.first === true };
}

/** Counts one opening of a summary section; unknown section names are ignored. Atomic. */
export async function recordSectionOpen(linkId: string, section: string) {
  if (!(SUMMARY_SECTIONS as readonly string[]).includes(section)) return;
  await db.$executeRaw`
    UPDATE "ShareLink"
    SET "sectionOpens" = jsonb_set("sectionOpens", ARRAY[${section}]::text[], to_jsonb(COALESCE(("sectionOpens"->>${section})::int, 0) + 1))
    WHERE "id" = ${linkId}`;
}

/** Counts one wrong passcode for the owner's notice; the count restarts after a quiet week. Atomic. */
export async function recordPasscodeFailure(linkId: string, now: Date) {
  const weekAgo = new Date(now.getTime() - PASSCODE_FAILURE_WINDOW_MS);
  await db.$executeRaw`
    UPDATE "ShareLink" SET
      "passcodeFailures" = CASE WHEN "lastPasscodeFailureAt" IS NULL OR "lastPasscodeFailureAt" <= ${weekAgo} THEN 1 ELSE "passcodeFailures" + 1 END,
      "lastPasscodeFailureAt" = ${now}
    WHERE "id" = ${linkId}`;
}

/** Records a new one-time code for (link, email); earlier unused codes for that pair stop working. */
export async function createEmailCode(linkId: string, email: string, codeHash: string, expiresAt: Date, now: Date) {
  return db.$transaction(async (tx) => {
    await tx.shareEmailCode.updateMany({ where: { linkId, email, consumedAt: null }, data: { consumedAt: now } });
    return tx.shareEmailCode.create({ data: { linkId, email, codeHash, expiresAt }, select: { id: true } });
  });
}

export type CodeCheck = { status: "verified"; viewerId: string } | { status: "wrong" } | { status: "expired" };

/**
 * Checks a code against the one this browser asked for. A wrong entry is counted before the
 * comparison result is used, so parallel guesses cannot exceed the attempts; a right one is used
 * up at once (compare-and-set) and makes or finds the link's viewer for that address.
 */
export async function verifyEmailCode(codeId: string, linkId: string, hashOf: (email: string) => string, now: Date): Promise<CodeCheck> {
  return db.$transaction(async (tx): Promise<CodeCheck> => {
    const claimed = await tx.shareEmailCode.updateMany({
      where: { id: codeId, linkId, consumedAt: null, expiresAt: { gt: now }, attempts: { lt: EMAIL_CODE_MAX_ATTEMPTS } },
      data: { attempts: { increment: 1 } },
    });
    if (claimed.count === 0) return { status: "expired" };
    const code = await tx.shareEmailCode.findUniqueOrThrow({ where: { id: codeId }, select: { email: true, codeHash: true } });
    if (!sameHash(code.codeHash, hashOf(code.email))) return { status: "wrong" };
    const used = await tx.shareEmailCode.updateMany({ where: { id: codeId, consumedAt: null }, data: { consumedAt: now } });
    if (used.count === 0) return { status: "expired" };
    const viewer = await tx.shareViewer.upsert({ where: { linkId_email: { linkId, email: code.email } }, create: { linkId, email: code.email }, update: {}, select: { id: true } });
    return { status: "verified", viewerId: viewer.id };
  });
}

/** Counts a verified viewer's visit (same 5-second rule as the link); says whether it was their first. */
export async function recordViewerView(viewerId: string, now: Date): Promise<{ counted: boolean; first: boolean }> {
  const sameVisitSince = new Date(now.getTime() - SAME_VISIT_MS);
  const rows = await db.$queryRaw<{ counted: boolean; first: boolean }[]>`
    WITH before AS (SELECT "id", "lastSeenAt" FROM "ShareViewer" WHERE "id" = ${viewerId} FOR UPDATE)
    UPDATE "ShareViewer" AS viewer SET
      "views" = viewer."views" + CASE WHEN before."lastSeenAt" IS NOT NULL AND before."lastSeenAt" > ${sameVisitSince} THEN 0 ELSE 1 END,
      "lastSeenAt" = ${now},
      "firstSeenAt" = COALESCE(viewer."firstSeenAt", ${now})
    FROM before WHERE viewer."id" = before."id"
    RETURNING (before."lastSeenAt" IS NULL OR before."lastSeenAt" <= ${sameVisitSince}) AS "counted", viewer."firstSeenAt" = ${now} AS "first"`;
  return { counted: rows[0]?.counted === true, first: rows[0]?.first === true };
}

/** Adds a report of reading seconds per section to a viewer's totals (row-locked, so reports never overwrite each other). */
export async function recordViewerSeconds(viewerId: string, report: Record<string, unknown>) {
  await db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ sectionSeconds: Record<string, number> }[]>`SELECT "sectionSeconds" FROM "ShareViewer" WHERE "id" = ${viewerId} FOR UPDATE`;
    if (!rows[0]) return;
    const totals = addSectionSeconds(rows[0].sectionSeconds ?? {}, report);
    await tx.shareViewer.update({ where: { id: viewerId }, data: { sectionSeconds: totals } });
  });
}

export async function recordViewerPdfDownload(viewerId: string) {
  await db.shareViewer.updateMany({ where: { id: viewerId }, data: { pdfDownloads: { increment: 1 } } });
}
