-- Share passcodes: per (link, client) exponential backoff instead of a per-link lock, and a count
-- of recent wrong passcodes the owner sees on the sharing page.
ALTER TABLE "RateLimitBucket" ADD COLUMN "blockedUntil" TIMESTAMP(3);
ALTER TABLE "ShareLink" ADD COLUMN "passcodeFailures" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "ShareLink" ADD COLUMN "lastPasscodeFailureAt" TIMESTAMP(3);
