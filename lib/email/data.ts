import "server-only";
import { db } from "@/lib/db/client";
import type { MailStatus } from "./mutations";
import { openText } from "./seal";

/** The mail a user caused (sent, waiting or kept), newest first, with bodies opened for them. */
export async function listOutbox(senderId: string) {
  const messages = await db.outboxMessage.findMany({
    where: { senderId },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: {
      id: true,
      to: true,
      subject: true,
      sealedBody: true,
      kind: true,
      status: true,
      attempts: true,
      lastError: true,
      sentAt: true,
      createdAt: true,
      invitation: { select: { revokedAt: true, expiresAt: true, uses: true, maxUses: true } },
    },
  });
  return messages.map(({ sealedBody, ...message }) => ({ ...message, status: message.status as MailStatus, body: openText(sealedBody) }));
}
