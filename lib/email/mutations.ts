// Sending mail: every message is recorded (sealed) first, then delivered by SMTP when configured,
// so a failed delivery is never lost: it is retried with backoff and shown to its sender on /outbox.
import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { db } from "@/lib/db/client";
import { openText, sealText } from "./seal";
import { isDueForRetry, mailSettings, MAX_ATTEMPTS, STUCK_MS, type MailSettings } from "./settings";

export type MailKind = "invitation" | "mention" | "linkViewed" | "account" | "viewerCode";
export type NewMail = { senderId: string | null; to: string; subject: string; body: string; kind: MailKind; invitationId?: string };
export type MailStatus = "kept" | "pending" | "sending" | "sent" | "failed";

let cached: { key: string; transporter: Transporter } | undefined;

function transporter(settings: Extract<MailSettings, { delivery: "smtp" }>): Transporter {
  const key = JSON.stringify(settings.transport);
  if (cached?.key !== key) {
    // Short timeouts: a dead mail server must not hold a save or a page for minutes.
    const timeouts = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 };
    const options = typeof settings.transport === "string" ? { url: settings.transport, ...timeouts } : { ...settings.transport, ...timeouts };
    cached = { key, transporter: nodemailer.createTransport(options) };
  }
  return cached.transporter;
}

/** Records a message and, with SMTP configured, delivers it now. Returns how it ended. */
export async function sendMail(mail: NewMail, settings = mailSettings(process.env)): Promise<{ id: string; status: MailStatus }> {
  const { body, invitationId, ...rest } = mail;
  const { id } = await db.outboxMessage.create({
    data: { ...rest, invitationId: invitationId ?? null, sealedBody: sealText(body), status: settings.delivery === "smtp" ? "pending" : "kept" },
    select: { id: true },
  });
  if (settings.delivery !== "smtp") return { id, status: "kept" };
  return { id, status: await deliver(id, settings) };
}

/**
 * One delivery attempt. The message is claimed first (pending/failed → sending in one statement),
 * so two servers retrying at once never send it twice.
 */
export async function deliver(id: string, settings = mailSettings(process.env)): Promise<MailStatus> {
  if (settings.delivery !== "smtp") return "kept";
  const stuckBefore = new Date(Date.now() - STUCK_MS);
  const claimed = await db.outboxMessage.updateMany({
    where: { id, attempts: { lt: MAX_ATTEMPTS }, OR: [{ status: { in: ["pending", "failed"] } }, { status: "sending", updatedAt: { lt: stuckBefore } }] },
    data: { status: "sending", attempts: { increment: 1 } },
  });
  const message = await db.outboxMessage.findUnique({ where: { id }, select: { to: true, subject: true, sealedBody: true, status: true } });
  if (!message) return "failed";
  if (claimed.count === 0) return message.status as MailStatus;
  const body = openText(message.sealedBody);
  if (body === null) return finish(id, "failed", "The message was sealed with another AUTH_SECRET and cannot be read.");
  try {
    await transporter(settings).sendMail({ from: settings.from, to: message.to, subject: message.subject, text: body });
    return finish(id, "sent", null);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`[mail] could not deliver ${id}: ${reason}`);
    return finish(id, "failed", reason.slice(0, 500));
  }
}

async function finish(id: string, status: "sent" | "failed", lastError: string | null): Promise<MailStatus> {
  await db.outboxMessage.update({ where: { id }, data: { status, lastError, sentAt: status === "sent" ? new Date() : null } });
  return status;
}

/** Tries again the messages whose backoff has passed (a few per call; called after each send). */
export async function retryDueMail(now = new Date(), settings = mailSettings(process.env), limit = 10): Promise<number> {
  if (settings.delivery !== "smtp") return 0;
  const candidates = await db.outboxMessage.findMany({
    where: { status: { in: ["failed", "pending", "sending"] }, attempts: { lt: MAX_ATTEMPTS }, updatedAt: { lt: new Date(now.getTime() - 60_000) } },
    orderBy: { updatedAt: "asc" },
    take: limit * 3,
    select: { id: true, status: true, attempts: true, updatedAt: true },
  });
  const due = candidates.filter((m) => isDueForRetry(m, now)).slice(0, limit);
  for (const { id } of due) await deliver(id, settings);
  return due.length;
}

/** "Retry now" on the outbox: the sender's own failed message, without waiting for its backoff. */
export async function retryMailNow(senderId: string, id: string, settings = mailSettings(process.env)): Promise<MailStatus | null> {
  const message = await db.outboxMessage.findFirst({ where: { id, senderId }, select: { status: true } });
  if (!message) return null;
  if (message.status !== "failed" || settings.delivery !== "smtp") return message.status as MailStatus;
  // A manual retry gets its attempts back: the sender asked for it.
  await db.outboxMessage.updateMany({ where: { id, senderId, status: "failed" }, data: { attempts: 0 } });
  return deliver(id, settings);
}
