-- One-time codes for email-gated share links are mailed on nobody's behalf: no outbox shows them.
-- AlterTable
ALTER TABLE "OutboxMessage" ALTER COLUMN "senderId" DROP NOT NULL;

