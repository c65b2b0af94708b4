-- A feature's routing mix serves one revenue model: its cost per request times the requests per
-- unit sold becomes that model's serving cost in the forecast. Existing features stay unlinked.
ALTER TABLE "AiFeature" ADD COLUMN "revenueModel" TEXT;
ALTER TABLE "AiFeature" ADD COLUMN "requestsPerUnit" DOUBLE PRECISION;
