-- Mail is delivered by SMTP when configured and kept for retries; existing messages were never sent.
ALTER TABLE "OutboxMessage" ADD COLUMN "kind" TEXT NOT NULL DEFAULT 'invitation';
ALTER TABLE "OutboxMessage" ADD COLUMN "status" TEXT NOT NULL DEFAULT 'kept';
ALTER TABLE "OutboxMessage" ADD COLUMN "attempts" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "OutboxMessage" ADD COLUMN "lastError" TEXT;
ALTER TABLE "OutboxMessage" ADD COLUMN "sentAt" TIMESTAMP(3);
ALTER TABLE "OutboxMessage" ADD COLUMN "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
CREATE INDEX "OutboxMessage_status_updatedAt_idx" ON "OutboxMessage"("status", "updatedAt");
