-- Readiness snapshots get a per-project sequence number with a unique index: two concurrent
-- recalculations that read the same latest snapshot both try the same next number, and only one
-- insert succeeds (before, read-then-create stored two identical snapshots).
ALTER TABLE "ReadinessSnapshot" ADD COLUMN "sequence" INTEGER;

UPDATE "ReadinessSnapshot" AS s
SET "sequence" = r."rn"
FROM (SELECT "id", row_number() OVER (PARTITION BY "projectId" ORDER BY "createdAt", "id") AS "rn" FROM "ReadinessSnapshot") AS r
WHERE s."id" = r."id";

ALTER TABLE "ReadinessSnapshot" ALTER COLUMN "sequence" SET NOT NULL;

CREATE UNIQUE INDEX "ReadinessSnapshot_projectId_sequence_key" ON "ReadinessSnapshot"("projectId", "sequence");
