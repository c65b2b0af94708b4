-- Each revenue model gets its own volumes (today, expected, months to get there), customer
-- parameters and inference costs (input, cached input and output tokens priced separately).
-- The project-wide unit economics used to hold one blended token price for the primary model
-- only: those values move onto that model's row, so nothing a founder entered is lost, and
-- the old columns are dropped.
ALTER TABLE "RevenueModelChoice"
  ADD COLUMN "currentVolume" DOUBLE PRECISION,
  ADD COLUMN "rampMonths" INTEGER,
  ADD COLUMN "unitsPerCustomer" DOUBLE PRECISION,
  ADD COLUMN "cac" DOUBLE PRECISION,
  ADD COLUMN "inferenceMode" TEXT NOT NULL DEFAULT 'tokens',
  ADD COLUMN "inputTokensPerUnit" DOUBLE PRECISION,
  ADD COLUMN "cachedInputTokensPerUnit" DOUBLE PRECISION,
  ADD COLUMN "outputTokensPerUnit" DOUBLE PRECISION,
  ADD COLUMN "inputPricePerMillion" DOUBLE PRECISION,
  ADD COLUMN "cachedInputPricePerMillion" DOUBLE PRECISION,
  ADD COLUMN "outputPricePerMillion" DOUBLE PRECISION,
  ADD COLUMN "gpuHoursPerUnit" DOUBLE PRECISION,
  ADD COLUMN "gpuHourRate" DOUBLE PRECISION,
  ADD COLUMN "hostingPerUnit" DOUBLE PRECISION;

-- The primary model is the one chosen in the unit economics if it is still chosen, else the
-- first model chosen (lib/business-model/model.ts resolvePrimaryModel). A blended price per 1M
-- tokens applied to all tokens: it becomes the input price of the same token count, which
-- gives the same cost per unit.
UPDATE "RevenueModelChoice" AS r
SET "unitsPerCustomer" = u."unitsPerCustomer",
    "cac" = u."cac",
    "inferenceMode" = u."inferenceMode",
    "inputTokensPerUnit" = u."tokensPerUnit",
    "inputPricePerMillion" = u."pricePerMillionTokens",
    "gpuHoursPerUnit" = u."gpuHoursPerUnit",
    "gpuHourRate" = u."gpuHourRate",
    "hostingPerUnit" = u."hostingPerUnit"
FROM "UnitEconomics" AS u
WHERE r."projectId" = u."projectId"
  AND r."id" = COALESCE(
    (SELECT c."id" FROM "RevenueModelChoice" AS c WHERE c."projectId" = u."projectId" AND c."model" = u."primaryModel"),
    (SELECT c."id" FROM "RevenueModelChoice" AS c WHERE c."projectId" = u."projectId" ORDER BY c."createdAt" ASC, c."id" ASC LIMIT 1)
  );

ALTER TABLE "UnitEconomics"
  DROP COLUMN "inferenceMode",
  DROP COLUMN "tokensPerUnit",
  DROP COLUMN "pricePerMillionTokens",
  DROP COLUMN "gpuHoursPerUnit",
  DROP COLUMN "gpuHourRate",
  DROP COLUMN "hostingPerUnit",
  DROP COLUMN "unitsPerCustomer",
  DROP COLUMN "cac";
