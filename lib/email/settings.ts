// Where mail goes, read from the environment (pure). SMTP when SMTP_URL or SMTP_HOST is set; else
// the outbox: messages are kept and shown to their sender on /outbox (the zero-setup quick start).
//   SMTP_URL=smtp://user:pass@mail.example.com:587   (smtps:// for implicit TLS)
//   or SMTP_HOST, SMTP_PORT (587), SMTP_SECURE ("true" for 465), SMTP_USER, SMTP_PASSWORD
//   MAIL_FROM="Launchpad <noreply@example.com>"
export type MailSettings =
  | { delivery: "outbox" }
  | { delivery: "smtp"; transport: string | { host: string; port: number; secure: boolean; auth?: { user: string; pass: string } }; from: string };

export const DEFAULT_FROM = "Launchpad <noreply@launchpad.invalid>";

export function mailSettings(env: Record<string, string | undefined>): MailSettings {
  const from = env.MAIL_FROM?.trim() || DEFAULT_FROM;
  const url = env.SMTP_URL?.trim();
  if (url) return { delivery: "smtp", transport: url, from };
  const host = env.SMTP_HOST?.trim();
  if (!host) return { delivery: "outbox" };
  const port = Number(env.SMTP_PORT?.trim() || 587);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`SMTP_PORT must be a port number, not "${env.SMTP_PORT}"`);
  const user = env.SMTP_USER?.trim();
  return {
    delivery: "smtp",
    transport: { host, port, secure: env.SMTP_SECURE?.trim() === "true", ...(user ? { auth: { user, pass: env.SMTP_PASSWORD ?? "" } } : {}) },
    from,
  };
}

/** After a failed attempt, wait 1, 2, 4, 8 … minutes (at most an hour) before the next; give up after 8. */
export const MAX_ATTEMPTS = 8;
export function retryDelayMs(attempts: number): number {
  return Math.min(60, 2 ** Math.max(0, attempts - 1)) * 60_000;
}

/** A message left mid-send (the server stopped while sending) is tried again after this long. */
export const STUCK_MS = 10 * 60_000;

export function isDueForRetry(message: { status: string; attempts: number; updatedAt: Date }, now: Date): boolean {
  if (message.attempts >= MAX_ATTEMPTS) return false;
  const waited = now.getTime() - message.updatedAt.getTime();
  if (message.status === "failed") return waited >= retryDelayMs(message.attempts);
  if (message.status === "pending" || message.status === "sending") return waited >= STUCK_MS;
  return false;
}
